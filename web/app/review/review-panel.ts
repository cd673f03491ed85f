// The review tab: the queue of unreviewed statements, newest and least confident first (or only the flagged ones),
// one at a time, with the sentence with its two actors and its trigger marked, why it may be wrong, and keys to go
// fast: a accept, r reject, j next, k previous, e edit.
import { api, ApiError } from '../api/client.ts';
import type { ReviewItem } from '../api/types.ts';
import { el, replaceChildren, type Child } from '../dom/el.ts';
import { RELATION_TYPE_IDS } from '../../../ingest/ontology/vocabulary.ts';
import { markedSentence, namePattern } from '../panels/evidence-list.ts';
import { triggerPattern } from '../panels/evidence-marks.ts';
import { auditSection } from './audit-list.ts';

/** The sentence as text nodes, the two actors' names and the rule's trigger words in <mark>s. */
function sentenceOf(item: ReviewItem): HTMLElement {
  const names = namePattern([item.source, item.target]);
  return el('p', { class: 'review-sentence', id: 'review-sentence' }, [
    markedSentence(item.sentence, names, triggerPattern(item.triggerWords)),
  ]);
}

/** Why the statement may be wrong: another of the same pair on the other side, a negation, a second state. */
function flagOf(f: ReviewItem['flags'][number]): Child[] {
  switch (f.kind) {
    case 'opposite':
      return [
        el(
          'strong',
          {},
          f.statement.reviewState === 'accepted'
            ? 'Contradicts an accepted statement: '
            : 'Contradicted by ',
        ),
        `${f.statement.relationId.split('|').join(' ')} on ${f.statement.date}: `,
        el('q', {}, f.statement.sentence),
      ];
    case 'negation':
      return [
        el('strong', {}, 'May be negated: '),
        `"${f.word}" stands just before the words that made the relation.`,
      ];
    case 'two-states':
      return [
        el('strong', {}, 'Tied to two states: '),
        `the source is also tied to ${f.states.map((s) => `${s.name} (${s.id})`).join(', ')}.`,
      ];
  }
}

function flagsOf(item: ReviewItem): HTMLElement | null {
  if (!item.flags.length) return null;
  return el(
    'ul',
    { class: 'review-flags', id: 'review-flags', 'aria-label': 'Possible contradictions' },
    item.flags.map((f) => el('li', {}, flagOf(f))),
  );
}

export function mountReviewPanel(container: HTMLElement, onReviewed: () => void): () => void {
  let items: ReviewItem[] = [];
  let total = 0;
  let index = 0;
  let busy = false;

  const actor = el('input', { id: 'review-actor', class: 'text-input', placeholder: 'actor id' });
  const article = el('input', {
    id: 'review-article',
    class: 'text-input',
    placeholder: 'article id',
  });
  const type = el('select', { id: 'review-type', class: 'text-input' }, [
    el('option', { value: '' }, 'any type'),
    ...RELATION_TYPE_IDS.map((t) => el('option', { value: t }, t)),
  ]);
  const confidenceBox = (bound: 'min' | 'max') =>
    el('input', {
      id: `review-${bound}-confidence`,
      class: 'text-input',
      type: 'number',
      min: 0,
      max: 1,
      step: 0.05,
      placeholder: `${bound} confidence`,
      'aria-label': bound === 'min' ? 'Lowest confidence' : 'Highest confidence',
    });
  const minConfidence = confidenceBox('min');
  const maxConfidence = confidenceBox('max');
  const onlyFlagged = el('input', { id: 'review-flagged', type: 'checkbox' });
  const left = el('p', { id: 'review-left', class: 'muted', 'aria-live': 'polite' });
  const current = el('div', { id: 'review-current', class: 'review-current' });
  const message = el('p', { class: 'muted', role: 'status' });

  const filters = () => ({
    actor: actor.value.trim(),
    article: article.value.trim(),
    type: type.value,
    minConfidence: minConfidence.value,
    maxConfidence: maxConfidence.value,
    flagged: onlyFlagged.checked ? 'true' : '',
    limit: 100,
  });

  const render = () => {
    left.textContent = `${total} left to review`;
    const item = items[index];
    if (!item) {
      replaceChildren(current, el('p', { class: 'muted' }, 'Nothing left to review here.'));
      return;
    }
    replaceChildren(current, [
      el('p', { class: 'review-position muted' }, `${index + 1} of ${items.length} shown`),
      el('p', { class: 'review-relation', id: 'review-relation' }, [
        el('strong', {}, item.source.name),
        ` ${item.type} `,
        el('strong', {}, item.target.name),
      ]),
      sentenceOf(item),
      flagsOf(item),
      el(
        'p',
        { class: 'muted' },
        `${item.date ?? 'undated'} · confidence ${item.confidence.toFixed(2)} · ${item.article.title ?? item.article.id}`,
      ),
      el('div', { class: 'review-actions' }, [
        el(
          'button',
          { type: 'button', class: 'button', onclick: () => void decide('accept') },
          'Accept (a)',
        ),
        el(
          'button',
          { type: 'button', class: 'button', onclick: () => void decide('reject') },
          'Reject (r)',
        ),
        el('button', { type: 'button', class: 'button', onclick: () => move(-1) }, 'Previous (k)'),
        el('button', { type: 'button', class: 'button', onclick: () => move(1) }, 'Next (j)'),
        el('button', { type: 'button', class: 'button', onclick: () => edit() }, 'Edit (e)'),
      ]),
    ]);
  };

  // The latest filters win: an earlier, slower answer never replaces a later one.
  let loads = 0;
  const load = async () => {
    const mine = ++loads;
    try {
      const queue = await api.reviewQueue(filters());
      if (mine !== loads) return;
      items = queue.statements;
      total = queue.total;
      index = Math.min(index, Math.max(items.length - 1, 0));
      message.textContent = '';
    } catch (error) {
      if (mine !== loads) return;
      message.textContent = error instanceof ApiError ? error.message : String(error);
    }
    render();
  };

  const move = (step: number) => {
    if (items.length === 0) return;
    index = Math.max(0, Math.min(items.length - 1, index + step));
    render();
  };

  /** Sends one review; the reviewed statement leaves the queue, the next one takes its place. */
  const send = async (body: Parameters<typeof api.review>[1]) => {
    const item = items[index];
    if (!item || busy) return;
    busy = true;
    try {
      await api.review(item.id, body);
      items.splice(index, 1);
      total -= 1;
      index = Math.min(index, Math.max(items.length - 1, 0));
      message.textContent = `${body.action === 'correct' ? 'corrected' : `${body.action}ed`}: ${item.relationId}`;
      render();
      onReviewed();
      if (items.length === 0 && total > 0) await load();
    } catch (error) {
      message.textContent = error instanceof ApiError ? error.message : String(error);
    } finally {
      busy = false;
    }
  };
  const decide = (action: 'accept' | 'reject') => send({ action });

  const edit = () => {
    const item = items[index];
    if (!item) return;
    const newType = el(
      'select',
      { id: 'review-edit-type', class: 'text-input' },
      RELATION_TYPE_IDS.map((t) => el('option', { value: t, selected: t === item.type }, t)),
    );
    newType.value = item.type;
    const reverse = el('input', { id: 'review-edit-reverse', type: 'checkbox' });
    const date = el('input', {
      id: 'review-edit-date',
      class: 'text-input',
      value: item.date ?? '',
      placeholder: 'YYYY-MM-DD',
    });
    const form = el('form', { class: 'review-edit', id: 'review-edit' }, [
      el('label', { for: 'review-edit-type' }, 'Type'),
      newType,
      el('label', { for: 'review-edit-reverse' }, [reverse, ' swap source and target']),
      el('label', { for: 'review-edit-date' }, 'Date'),
      date,
      el('button', { type: 'submit', class: 'button' }, 'Save correction'),
    ]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const correction: Record<string, unknown> = {};
      if (newType.value !== item.type) correction.type = newType.value;
      if (reverse.checked) correction.reverse = true;
      if (date.value.trim() && date.value.trim() !== item.date) correction.date = date.value.trim();
      void send({ action: 'correct', correction });
    });
    current.append(form);
    newType.focus();
  };

  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (target.closest('input, select, textarea, form') || e.ctrlKey || e.metaKey || e.altKey)
      return;
    const actions: Record<string, () => void> = {
      a: () => void decide('accept'),
      r: () => void decide('reject'),
      j: () => move(1),
      k: () => move(-1),
      e: () => edit(),
    };
    const action = actions[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };
  container.addEventListener('keydown', onKey);
  container.tabIndex = -1;

  for (const input of [actor, article, minConfidence, maxConfidence])
    input.addEventListener('change', () => void load());
  type.addEventListener('change', () => void load());
  onlyFlagged.addEventListener('change', () => void load());

  replaceChildren(container, [
    el('div', { class: 'review-filters' }, [
      actor,
      type,
      article,
      minConfidence,
      maxConfidence,
      el('label', { for: 'review-flagged' }, [onlyFlagged, ' only flagged']),
    ]),
    left,
    current,
    message,
    auditSection(),
  ]);
  void load();
  return () => container.removeEventListener('keydown', onKey);
}
