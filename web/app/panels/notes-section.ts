// Analysts' notes on the actor or relation a panel shows: listed oldest first (as text, never HTML), added and deleted.
import { api, ApiError } from '../api/client.ts';
import type { Note } from '../api/types.ts';
import { el, replaceChildren } from '../dom/el.ts';

const errorText = (error: unknown) => (error instanceof ApiError ? error.message : String(error));

export function notesSection(subjectType: Note['subjectType'], subjectId: string): HTMLElement {
  const list = el('ul', { class: 'notes' }, el('li', { class: 'muted' }, 'Loading notes…'));
  const status = el('p', { class: 'muted', role: 'status' });
  const text = el('textarea', {
    class: 'textarea note-text',
    rows: 2,
    'aria-label': 'New note',
    placeholder: 'A note for the team: what to check, what is known',
  });
  const add = el('button', { type: 'submit', class: 'button small' }, 'Add note');
  let notes: Note[] = [];

  const render = () =>
    replaceChildren(
      list,
      notes.length
        ? notes.map((n) =>
            el('li', { class: 'note' }, [
              el('p', { class: 'note-body' }, n.text),
              el(
                'span',
                { class: 'muted small' },
                `${n.author} · ${n.at.slice(0, 16).replace('T', ' ')} · `,
              ),
              el(
                'button',
                {
                  type: 'button',
                  class: 'link-button small',
                  onclick: () =>
                    void api.deleteNote(n.id).then(
                      () => {
                        notes = notes.filter((x) => x.id !== n.id);
                        render();
                      },
                      (error: unknown) => (status.textContent = errorText(error)),
                    ),
                },
                'Delete',
              ),
            ]),
          )
        : el('li', { class: 'muted' }, 'No notes yet.'),
    );

  api.notes(subjectType, subjectId).then(
    (found) => {
      notes = found;
      render();
    },
    (error: unknown) => replaceChildren(list, el('li', { class: 'error' }, errorText(error))),
  );

  const form = el('form', { class: 'note-form' }, [text, add]);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!text.value.trim()) return;
    add.disabled = true;
    api
      .addNote({ subjectType, subjectId, text: text.value })
      .then((note) => {
        notes = [...notes, note];
        text.value = '';
        status.textContent = '';
        render();
      })
      .catch((error: unknown) => (status.textContent = errorText(error)))
      .finally(() => (add.disabled = false));
  });

  return el('section', { class: 'notes-section', 'aria-label': 'Notes' }, [
    el('h3', {}, 'Notes'),
    list,
    form,
    status,
  ]);
}
