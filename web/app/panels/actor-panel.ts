// The selected actor: profile, actions (centre, expand, hide, pin), corrections, relations grouped by type then partner.
import type { ActorDetail, ActorRef, ActorRelation } from '../api/types.ts';
import { el } from '../dom/el.ts';
import {
  actorTypeColor,
  RELATION_TYPES,
  relationTypeLabel,
  quadClassColor,
} from '../explorer/palette.ts';
import { expandControl } from './expand-control.ts';
import { relationDisclosure } from './relation-group.ts';

export interface ActorPanelActions {
  select(id: string): void;
  centre(id: string): void;
  /** Brings in the actor's neighbours, through the given relation types only (null: all). */
  expand(id: string, relationTypes: string[] | null): Promise<void>;
  hide(id: string): void;
  togglePin(id: string): void;
  isPinned(id: string): boolean;
}

const refList = (title: string, refs: ActorRef[] | undefined, select: (id: string) => void) =>
  refs?.length
    ? el('div', { class: 'ref-list' }, [
        el('h4', {}, title),
        el(
          'ul',
          {},
          refs.map((r) =>
            el(
              'li',
              {},
              el(
                'button',
                { type: 'button', class: 'link-button', onclick: () => select(r.id) },
                r.name,
              ),
            ),
          ),
        ),
      ])
    : null;

const typeOrder = new Map(RELATION_TYPES.map((t, i) => [t.id, i]));

/** `curation`: a merge's notice under the header, the correction controls under the actions, then the notes. */
export function actorPanel(
  detail: ActorDetail,
  actions: ActorPanelActions,
  curation: { notice?: HTMLElement | null; controls?: HTMLElement; notes?: HTMLElement } = {},
): HTMLElement {
  const { actor } = detail;
  const byType = new Map<string, ActorRelation[]>();
  for (const r of detail.relations) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  const groups = [...byType].sort(
    (a, b) => (typeOrder.get(a[0]) ?? 99) - (typeOrder.get(b[0]) ?? 99),
  );
  let first = true;

  const pinButton = el(
    'button',
    { type: 'button', class: 'button', 'aria-pressed': String(actions.isPinned(actor.id)) },
    actions.isPinned(actor.id) ? 'Unpin' : 'Pin',
  );
  pinButton.addEventListener('click', () => {
    actions.togglePin(actor.id);
    const pinned = actions.isPinned(actor.id);
    pinButton.textContent = pinned ? 'Unpin' : 'Pin';
    pinButton.setAttribute('aria-pressed', String(pinned));
  });

  const profile: [string, string | null | undefined][] = [
    ['Country', actor.countryCode],
    ['Role', actor.role ? `${actor.role}${actor.years ? ` (${actor.years})` : ''}` : null],
    ['Also known as', actor.aliases?.length ? actor.aliases.join(', ') : null],
    ['Id', actor.id],
  ];

  return el('article', { class: 'actor-panel', 'aria-label': `Actor ${actor.name}` }, [
    el('header', { class: 'panel-header' }, [
      el('span', { class: 'type-badge' }, [
        el('span', { class: 'dot', style: `background:${actorTypeColor(actor.type)}` }),
        actor.type,
      ]),
      el('h2', { class: 'actor-name' }, actor.name),
    ]),
    curation.notice ?? null,
    el(
      'dl',
      { class: 'profile' },
      profile.filter(([, v]) => v).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]),
    ),
    el('div', { class: 'actions' }, [
      // Always offered: the actor may still be on its way into the graph when the panel opens.
      el(
        'button',
        {
          type: 'button',
          class: 'button',
          title: 'Bring the actor into view, in the middle of the graph',
          onclick: () => actions.centre(actor.id),
        },
        'Centre',
      ),
      expandControl(actor.id, detail.relations, actions.expand),
      pinButton,
      el(
        'button',
        { type: 'button', class: 'button', onclick: () => actions.hide(actor.id) },
        'Hide',
      ),
    ]),
    curation.controls ?? null,
    refList('Member of', detail.memberOf, actions.select),
    refList('Led by', detail.leaders, actions.select),
    refList('Parts', detail.parts, actions.select),
    curation.notes ?? null,
    el('h3', {}, `Relations (${detail.relations.length})`),
    groups.length
      ? el(
          'div',
          { class: 'relation-groups' },
          groups.map(([type, relations]) =>
            el('section', { class: 'relation-group' }, [
              el('h4', {}, [
                el('span', {
                  class: 'swatch',
                  style: `background:${quadClassColor(relations[0].quadClass)}`,
                }),
                `${relationTypeLabel(type)} `,
                el('span', { class: 'muted' }, `(${relations.length})`),
              ]),
              ...relations
                .sort((a, b) => b.count - a.count)
                .map((r) => {
                  const open = first;
                  first = false;
                  return relationDisclosure(r, actor, actions.select, open);
                }),
            ]),
          ),
        )
      : el('p', { class: 'muted' }, 'No relations recorded.'),
  ]);
}
