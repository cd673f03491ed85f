// The curation trail in the Review tab: the latest actions (who, what, on what, when, the note), read when the
// section is opened and again on "Refresh"; `entente audit --format csv` exports the whole trail.
import { api, ApiError } from '../api/client.ts';
import type { AuditEntry } from '../api/types.ts';
import { el, replaceChildren } from '../dom/el.ts';

const SHOWN = 50;

const line = (e: AuditEntry) =>
  el('li', { class: 'audit-entry' }, [
    el('span', { class: 'muted small' }, `${e.at.slice(0, 16).replace('T', ' ')} · ${e.user} · `),
    el('strong', {}, e.action),
    ` ${e.subjectId}`,
    e.note ? el('span', { class: 'muted' }, ` — ${e.note}`) : null,
  ]);

export function auditSection(): HTMLElement {
  const list = el('ul', { class: 'audit-list', id: 'audit-list' });
  const load = () =>
    api.audit(SHOWN).then(
      (entries) =>
        replaceChildren(
          list,
          entries.length ? entries.map(line) : el('li', { class: 'muted' }, 'Nothing yet.'),
        ),
      (error: unknown) =>
        replaceChildren(
          list,
          el('li', { class: 'error' }, error instanceof ApiError ? error.message : String(error)),
        ),
    );
  const section = el('details', { class: 'audit-section', id: 'audit-section' }, [
    el('summary', {}, `History: the latest ${SHOWN} curation actions`),
    el('button', { type: 'button', class: 'link-button small', onclick: () => void load() }, [
      'Refresh',
    ]),
    list,
  ]);
  section.addEventListener('toggle', () => {
    if ((section as HTMLDetailsElement).open) void load();
  });
  return section;
}
