// Searching every note by its text (the Saved tab): each hit names its actor or relation and opens it.
import { api, ApiError } from '../api/client.ts';
import type { Note } from '../api/types.ts';
import { el, replaceChildren } from '../dom/el.ts';

export interface NoteSearchActions {
  openActor(id: string): void;
  openRelation(id: string): void;
}

export function noteSearch(actions: NoteSearchActions): HTMLElement {
  const input = el('input', {
    id: 'note-search',
    class: 'text-input',
    type: 'search',
    autocomplete: 'off',
    placeholder: 'Words in a note',
  });
  const results = el('ul', { id: 'note-search-results', class: 'notes', 'aria-live': 'polite' });
  let token = 0;

  const hit = (n: Note) =>
    el('li', { class: 'note' }, [
      el('p', { class: 'note-body' }, n.text),
      el('span', { class: 'muted small' }, `${n.author} · ${n.at.slice(0, 10)} · on `),
      el(
        'button',
        {
          type: 'button',
          class: 'link-button small',
          onclick: () =>
            n.subjectType === 'actor'
              ? actions.openActor(n.subjectId)
              : actions.openRelation(n.subjectId),
        },
        n.subjectId,
      ),
    ]);

  const form = el('form', { class: 'note-form', role: 'search' }, [
    el(
      'label',
      { for: 'note-search', class: 'muted small' },
      'Search the notes on actors and relations',
    ),
    input,
    el('button', { type: 'submit', class: 'button small' }, 'Search notes'),
  ]);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim();
    const mine = ++token;
    if (!q) return replaceChildren(results, []);
    api.searchNotes(q).then(
      (notes) =>
        mine === token &&
        replaceChildren(
          results,
          notes.length ? notes.map(hit) : el('li', { class: 'muted' }, 'No note says that.'),
        ),
      (error: unknown) =>
        mine === token &&
        replaceChildren(
          results,
          el('li', { class: 'error' }, error instanceof ApiError ? error.message : String(error)),
        ),
    );
  });
  return el('section', { class: 'note-search', 'aria-label': 'Search notes' }, [
    el('h3', {}, 'Notes'),
    form,
    results,
  ]);
}
