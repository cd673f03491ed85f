// The article reader: a dialog with an article's whole text (text nodes only), its actors' names, the sentences
// its statements came from and their trigger words marked, and the list of those statements.
import { api } from '../api/client.ts';
import type { ArticleResponse } from '../api/types.ts';
import { el, replaceChildren } from '../dom/el.ts';
import { quadClassColor, relationTypeLabel } from '../explorer/palette.ts';
import { namePattern } from '../panels/evidence-list.ts';
import { articleParts, type ArticlePart } from './article-segments.ts';
import { OPEN_ARTICLE, type OpenArticleDetail } from './open-article.ts';

export interface ReaderActions {
  openActor(id: string): void;
  openRelation(id: string): void;
}

/** A safe link: only http(s) URLs become links, opened without referrer or opener. */
const originalLink = (url: string | null) =>
  url && /^https?:\/\//i.test(url)
    ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, 'original')
    : null;

function partNode(part: ArticlePart, names: Map<string, string>): Node {
  const children = part.segments.map((s) =>
    s.kind === 'name'
      ? el('mark', { class: 'name', title: names.get(s.text.toLowerCase()) ?? null }, s.text)
      : s.kind === 'trigger'
        ? el('mark', { class: 'trigger', title: 'the words that made the relation' }, s.text)
        : document.createTextNode(s.text),
  );
  if (!part.statementIds.length) {
    const fragment = document.createDocumentFragment();
    fragment.append(...children);
    return fragment;
  }
  return el(
    'span',
    {
      class: 'statement-sentence',
      'data-statements': part.statementIds.join(' '),
      'data-start': part.start,
    },
    children,
  );
}

function readerBody(data: ArticleResponse, actions: ReaderActions, close: () => void) {
  const { article, actors, statements } = data;
  const pattern = namePattern(actors);
  const names = new Map(
    actors.flatMap((a) => [a.name, ...a.aliases].map((n) => [n.toLowerCase(), a.name] as const)),
  );
  const parts = articleParts(article.text, statements, pattern);
  const text = el(
    'div',
    { class: 'article-text', tabindex: 0, 'aria-label': 'Article text' },
    parts.map((p) => partNode(p, names)),
  );
  const sentenceOf = (statementId: string) =>
    [...text.querySelectorAll<HTMLElement>('.statement-sentence')].find((s) =>
      s.dataset.statements!.split(' ').includes(statementId),
    ) ?? null;
  const show = (statementId: string) => {
    text
      .querySelectorAll('.statement-sentence.current')
      .forEach((s) => s.classList.remove('current'));
    const sentence = sentenceOf(statementId);
    sentence?.classList.add('current');
    sentence?.scrollIntoView({ block: 'center' });
  };
  const meta = [article.source, article.publishedAt ?? 'undated'].filter(Boolean).join(' · ');
  const body = el('div', { class: 'reader-body' }, [
    el('header', { class: 'reader-header' }, [
      el('div', {}, [
        el('h2', { id: 'reader-title' }, article.title || 'Untitled article'),
        el('p', { class: 'muted' }, [
          meta,
          originalLink(article.url) ? ' · ' : null,
          originalLink(article.url),
        ]),
      ]),
      el('button', { type: 'button', class: 'button small', onclick: close }, 'Close'),
    ]),
    el('div', { class: 'reader-columns' }, [
      text,
      el('aside', { class: 'reader-side', 'aria-label': 'What was extracted' }, [
        el('h3', {}, `Actors (${actors.length})`),
        el(
          'div',
          { class: 'reader-actors' },
          actors.map((a) =>
            el(
              'button',
              {
                type: 'button',
                class: 'chip',
                'data-actor': a.id,
                title: `${a.type}; ${a.mentions} mention${a.mentions === 1 ? '' : 's'}`,
                onclick: () => actions.openActor(a.id),
              },
              a.name,
            ),
          ),
        ),
        el('h3', {}, `Statements (${statements.length})`),
        statements.length
          ? el(
              'ol',
              { class: 'reader-statements' },
              statements.map((s) =>
                el('li', { 'data-statement': s.statementId }, [
                  el(
                    'button',
                    {
                      type: 'button',
                      class: 'link-button',
                      title: 'Show its sentence in the text',
                      onclick: () => show(s.statementId),
                    },
                    [
                      el('span', {
                        class: 'dot',
                        style: `background:${quadClassColor(s.quadClass)}`,
                      }),
                      `${s.source.name} ${relationTypeLabel(s.type)} ${s.target.name}`,
                    ],
                  ),
                  el('span', { class: 'muted' }, ` · ${s.date ?? 'undated'} · `),
                  el('code', {}, s.rule),
                  ' ',
                  el(
                    'button',
                    {
                      type: 'button',
                      class: 'link-button open-relation',
                      onclick: () => actions.openRelation(s.relationId),
                    },
                    'open relation',
                  ),
                ]),
              ),
            )
          : el('p', { class: 'muted' }, 'Nothing was extracted from this article.'),
      ]),
    ]),
  ]);
  return { body, show };
}

/** Mounts the reader's dialog in `host`; any evidence inside the document opens it through OPEN_ARTICLE. */
export function mountArticleReader(host: HTMLElement, actions: ReaderActions): () => void {
  const dialog = el('dialog', { class: 'reader', 'aria-labelledby': 'reader-title' });
  host.appendChild(dialog);
  let token = 0;
  const close = () => dialog.close();
  const closing = (act: (id: string) => void) => (id: string) => {
    close();
    act(id);
  };
  const wrapped: ReaderActions = {
    openActor: closing(actions.openActor),
    openRelation: closing(actions.openRelation),
  };
  const open = async ({ articleId, statementId }: OpenArticleDetail) => {
    const mine = ++token;
    replaceChildren(dialog, el('p', { class: 'muted loading' }, 'Loading the article…'));
    if (!dialog.open) dialog.showModal();
    try {
      const data = await api.article(articleId);
      if (mine !== token) return;
      const { body, show } = readerBody(data, wrapped, close);
      replaceChildren(dialog, body);
      if (statementId) show(statementId);
    } catch (error) {
      if (mine !== token) return;
      replaceChildren(dialog, [
        el('p', { class: 'error', role: 'alert' }, (error as Error).message),
        el('button', { type: 'button', class: 'button small', onclick: close }, 'Close'),
      ]);
    }
  };
  const onOpen = (e: Event) => void open((e as CustomEvent<OpenArticleDetail>).detail);
  document.addEventListener(OPEN_ARTICLE, onOpen);
  return () => {
    document.removeEventListener(OPEN_ARTICLE, onOpen);
    dialog.remove();
  };
}
