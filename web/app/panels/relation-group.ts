// One relation as a disclosure: partner, count and dates; opening it loads the relation's evidence.
import { api } from '../api/client.ts';
import type { ActorRef, ActorRelation } from '../api/types.ts';
import { el, replaceChildren } from '../dom/el.ts';
import { quadClassColor } from '../explorer/palette.ts';
import { evidenceList } from './evidence-list.ts';

export const yearsText = (first: string | null, last: string | null): string => {
  const a = first?.slice(0, 10);
  const b = last?.slice(0, 10);
  if (!a && !b) return 'undated';
  return a === b || !b ? (a ?? '') : !a ? b : `${a} – ${b}`;
};

export function relationDisclosure(
  relation: ActorRelation,
  self: ActorRef,
  onPartner: (id: string) => void,
  open = false,
): HTMLDetailsElement {
  const body = el(
    'div',
    { class: 'relation-body' },
    el('p', { class: 'muted' }, 'Loading evidence…'),
  );
  const arrow = relation.direction === 'out' ? '→' : '←';
  const details = el('details', { class: 'relation', 'data-relation-id': relation.id }, [
    el('summary', {}, [
      el('span', { class: 'swatch', style: `background:${quadClassColor(relation.quadClass)}` }),
      el('span', { class: 'relation-partner' }, `${arrow} ${relation.partner.name}`),
      el(
        'span',
        { class: 'relation-meta' },
        `${relation.count}× · ${yearsText(relation.firstSeen, relation.lastSeen)}`,
      ),
    ]),
    el('div', { class: 'relation-actions' }, [
      el(
        'button',
        { type: 'button', class: 'link-button', onclick: () => onPartner(relation.partner.id) },
        `Open ${relation.partner.name}`,
      ),
    ]),
    body,
  ]);
  let loaded = false;
  details.addEventListener('toggle', () => {
    if (!details.open || loaded) return;
    loaded = true;
    api
      .evidence(relation.id)
      .then((r) =>
        replaceChildren(
          body,
          evidenceList(r.evidence, [r.relation.source, r.relation.target, self]),
        ),
      )
      .catch((error: Error) => {
        loaded = false;
        replaceChildren(body, el('p', { class: 'error', role: 'alert' }, error.message));
      });
  });
  if (open) details.open = true;
  return details;
}
