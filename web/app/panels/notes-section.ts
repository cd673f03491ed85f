// Analysts' notes on the actor or relation a panel shows: listed oldest first (as text, never HTML), added, edited
// and deleted.
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

  /** The note's text in a box to change it; Save sends it, Cancel (or Escape) puts the note back. */
  const editor = (n: Note, item: HTMLElement) => {
    const box = el('textarea', {
      class: 'textarea note-text',
      rows: 3,
      'aria-label': 'Edit note',
    });
    box.value = n.text;
    const save = el('button', { type: 'submit', class: 'button small' }, 'Save');
    const cancel = el('button', { type: 'button', class: 'link-button small', onclick: render }, [
      'Cancel',
    ]);
    const form = el('form', { class: 'note-form' }, [box, save, cancel]);
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') render();
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!box.value.trim()) return;
      save.disabled = true;
      api
        .editNote(n.id, { text: box.value })
        .then((edited) => {
          notes = notes.map((x) => (x.id === edited.id ? edited : x));
          status.textContent = '';
          render();
        })
        .catch((error: unknown) => (status.textContent = errorText(error)))
        .finally(() => (save.disabled = false));
    });
    replaceChildren(item, form);
    box.focus();
  };

  const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');
  function render(): void {
    replaceChildren(
      list,
      notes.length
        ? notes.map((n) => {
            const item = el('li', { class: 'note' });
            replaceChildren(item, [
              el('p', { class: 'note-body' }, n.text),
              el(
                'span',
                { class: 'muted small' },
                `${n.author} · ${when(n.at)}` +
                  (n.editedAt ? ` · edited by ${n.editedBy} ${when(n.editedAt)}` : '') +
                  ' · ',
              ),
              el(
                'button',
                { type: 'button', class: 'link-button small', onclick: () => editor(n, item) },
                'Edit',
              ),
              ' ',
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
            ]);
            return item;
          })
        : el('li', { class: 'muted' }, 'No notes yet.'),
    );
  }

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
