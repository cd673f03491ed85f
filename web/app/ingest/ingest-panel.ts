// The ingest tab: paste text or HTML or give a URL; Preview (dry run) lists what was found, Ingest writes it.
import { accessToken, api, ApiError } from '../api/client.ts';
import type { IngestRequest, IngestResult } from '../api/types.ts';
import { el, replaceChildren } from '../dom/el.ts';
import { actorTypeColor, quadClassColor } from '../explorer/palette.ts';

type Mode = 'text' | 'html' | 'url';

export function mountIngestPanel(
  container: HTMLElement,
  onIngested: (result: IngestResult) => void,
): void {
  let mode: Mode = 'text';
  const body = el('textarea', {
    id: 'ingest-body',
    rows: 10,
    class: 'textarea',
    placeholder: 'Paste an article’s text…',
  });
  const url = el('input', {
    id: 'ingest-url',
    type: 'url',
    class: 'text-input',
    placeholder: 'https://…',
  });
  const title = el('input', { id: 'ingest-title', type: 'text', class: 'text-input' });
  const source = el('input', {
    id: 'ingest-source',
    type: 'text',
    class: 'text-input',
    placeholder: 'e.g. Reuters',
  });
  const date = el('input', { id: 'ingest-date', type: 'date', class: 'text-input' });
  const output = el('div', { class: 'ingest-output', 'aria-live': 'polite' });
  const bodyRow = el('div', { class: 'field' }, [
    el('label', { for: 'ingest-body' }, 'Text'),
    body,
  ]);
  const urlLabel = el('label', { for: 'ingest-url' }, 'Article URL (optional, kept as its link)');
  const urlRow = el('div', { class: 'field' }, [urlLabel, url]);

  const modeInputs = (['text', 'html', 'url'] as const).map((m) => {
    const input = el('input', {
      type: 'radio',
      name: 'ingest-mode',
      id: `ingest-mode-${m}`,
      value: m,
      checked: m === mode,
    });
    input.addEventListener('change', () => {
      mode = m;
      urlLabel.textContent =
        m === 'url'
          ? 'Article URL (fetched by the server)'
          : 'Article URL (optional, kept as its link)';
      bodyRow.hidden = m === 'url';
      bodyRow.querySelector('label')!.textContent = m === 'html' ? 'HTML' : 'Text';
      body.placeholder = m === 'html' ? 'Paste the page’s HTML…' : 'Paste an article’s text…';
    });
    return el('label', { class: 'segment', for: `ingest-mode-${m}` }, [
      input,
      el('span', {}, { text: 'Text', html: 'HTML', url: 'URL' }[m]),
    ]);
  });

  const request = (dryRun: boolean): IngestRequest | null => {
    const common = {
      title: title.value.trim() || undefined,
      source: source.value.trim() || undefined,
      publishedAt: date.value || undefined,
      dryRun,
    };
    if (mode === 'url') return url.value.trim() ? { url: url.value.trim(), ...common } : null;
    const content = body.value.trim();
    if (!content) return null;
    const articleUrl = url.value.trim() || undefined;
    return mode === 'html'
      ? { html: content, articleUrl, ...common }
      : { text: content, articleUrl, ...common };
  };

  // The server wants a bearer token for writes when it is shared; ask for it only then.
  const tokenForm = () => {
    const input = el('input', {
      id: 'ingest-token',
      type: 'password',
      class: 'text-input',
      autocomplete: 'off',
    });
    const form = el('form', { class: 'field' }, [
      el('label', { for: 'ingest-token' }, 'Access token (ENTENTE_TOKEN), kept for this session'),
      input,
      el(
        'div',
        { class: 'actions' },
        el('button', { type: 'submit', class: 'button' }, 'Use token'),
      ),
    ]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      accessToken.set(input.value);
      replaceChildren(output, el('p', { class: 'muted' }, 'Token set. Try again.'));
    });
    return form;
  };

  const preview = el(
    'button',
    { type: 'button', class: 'button', id: 'ingest-preview' },
    'Preview',
  );
  const ingest = el(
    'button',
    { type: 'button', class: 'button primary', id: 'ingest-submit' },
    'Ingest',
  );

  const show = (result: IngestResult, dryRun: boolean) => {
    const names = new Map(result.actors.map((a) => [a.id, a.name]));
    const name = (id: string) => names.get(id) ?? id;
    replaceChildren(output, [
      el('h3', {}, dryRun ? 'Preview (nothing written)' : `Ingested: ${result.status}`),
      el('p', { class: 'muted' }, result.article.title),
      el('h4', {}, `Actors (${result.actors.length})`),
      el(
        'ul',
        { class: 'ingest-actors' },
        result.actors.map((a) =>
          el('li', {}, [
            el('span', { class: 'dot', style: `background:${actorTypeColor(a.type)}` }),
            a.name,
            el('span', { class: 'muted' }, ` ${a.type}`),
          ]),
        ),
      ),
      el('h4', {}, `Relations (${result.relations.length})`),
      el(
        'ul',
        { class: 'ingest-relations' },
        result.relations.map((r) =>
          el('li', {}, [
            el('span', { class: 'swatch', style: `background:${quadClassColor(r.quadClass)}` }),
            el('strong', {}, `${name(r.source)} ${r.type} ${name(r.target)}`),
            el('div', { class: 'muted small' }, r.sentence),
          ]),
        ),
      ),
    ]);
  };

  const submit = async (dryRun: boolean) => {
    const req = request(dryRun);
    if (!req) {
      replaceChildren(
        output,
        el(
          'p',
          { class: 'error', role: 'alert' },
          mode === 'url' ? 'Enter a URL.' : 'Paste some text first.',
        ),
      );
      return;
    }
    preview.disabled = ingest.disabled = true;
    replaceChildren(output, el('p', { class: 'muted' }, dryRun ? 'Extracting…' : 'Ingesting…'));
    try {
      const result = await api.ingest(req);
      show(result, dryRun);
      if (!dryRun) onIngested(result);
    } catch (error) {
      replaceChildren(output, [
        el('p', { class: 'error', role: 'alert' }, (error as Error).message),
        error instanceof ApiError && error.status === 401 ? tokenForm() : null,
      ]);
    } finally {
      preview.disabled = ingest.disabled = false;
    }
  };
  preview.addEventListener('click', () => void submit(true));
  ingest.addEventListener('click', () => void submit(false));

  replaceChildren(container, [
    el('section', { class: 'panel-section' }, [
      el('h2', {}, 'Ingest an article'),
      el('div', { class: 'segmented', role: 'radiogroup', 'aria-label': 'Input kind' }, modeInputs),
      bodyRow,
      urlRow,
      el('div', { class: 'field' }, [el('label', { for: 'ingest-title' }, 'Title'), title]),
      el('div', { class: 'field-row' }, [
        el('div', { class: 'field' }, [el('label', { for: 'ingest-source' }, 'Source'), source]),
        el('div', { class: 'field' }, [el('label', { for: 'ingest-date' }, 'Date'), date]),
      ]),
      el('div', { class: 'actions' }, [preview, ingest]),
    ]),
    output,
  ]);
}
