// "Expand" in the actor panel: all neighbours, or only those reached through cooperation, conflict or one relation
// type; each choice names how many partners it brings, from the actor's relations.
import type { ActorRelation } from '../api/types.ts';
import { el } from '../dom/el.ts';
import { RELATION_TYPES, relationTypeLabel } from '../explorer/palette.ts';
import {
  CONFLICT_CLASSES,
  COOPERATION_CLASSES,
  type QuadClass,
} from '../../../ingest/ontology/vocabulary.ts';

export interface ExpandChoice {
  id: string;
  label: string;
  /** The relation types to follow; null for all of them. */
  relationTypes: string[] | null;
  partners: number;
}

const typesOf = (classes: readonly QuadClass[]) =>
  RELATION_TYPES.filter((t) => t.quadClass !== null && classes.includes(t.quadClass)).map(
    (t) => t.id,
  );

/** All, cooperation only, conflict only, then each relation type the actor has, in the ontology's order. */
export function expandChoices(relations: readonly ActorRelation[]): ExpandChoice[] {
  const partners = (types: string[] | null) =>
    new Set(relations.filter((r) => !types || types.includes(r.type)).map((r) => r.partner.id))
      .size;
  const choice = (id: string, label: string, relationTypes: string[] | null): ExpandChoice => ({
    id,
    label,
    relationTypes,
    partners: partners(relationTypes),
  });
  const present = new Set(relations.map((r) => r.type));
  return [
    choice('all', 'all neighbours', null),
    choice('cooperation', 'cooperation only', typesOf(COOPERATION_CLASSES)),
    choice('conflict', 'conflict only', typesOf(CONFLICT_CLASSES)),
    ...RELATION_TYPES.filter((t) => present.has(t.id)).map((t) =>
      choice(`type:${t.id}`, `by type: ${relationTypeLabel(t.id)}`, [t.id]),
    ),
  ];
}

/** A choice of neighbours and the button that expands them. */
export function expandControl(
  actorId: string,
  relations: readonly ActorRelation[],
  expand: (id: string, relationTypes: string[] | null) => Promise<void>,
): HTMLElement {
  const choices = expandChoices(relations);
  const select = el(
    'select',
    { class: 'expand-choice', 'aria-label': 'Which neighbours to expand' },
    choices.map((c) =>
      el(
        'option',
        { value: c.id, disabled: c.partners === 0 && c.id !== 'all' },
        `${c.label} (${c.partners})`,
      ),
    ),
  );
  const button = el('button', { type: 'button', class: 'button expand' }, 'Expand');
  button.addEventListener('click', () => {
    const chosen = choices.find((c) => c.id === select.value) ?? choices[0];
    button.disabled = true;
    button.textContent = 'Expanding…';
    void expand(actorId, chosen.relationTypes).finally(() => {
      button.disabled = false;
      button.textContent = 'Expand';
    });
  });
  return el('span', { class: 'expand-control' }, [button, select]);
}
