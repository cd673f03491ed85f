// Filter state: which actor types, relation types and quad classes are shown, the years, the minimum count.
import { ACTOR_TYPES, QUAD_CLASSES } from '../../../ingest/ontology/vocabulary.ts';
import { RELATION_TYPES } from '../explorer/palette.ts';
import { createStore } from './store.ts';

export interface FiltersState {
  actorTypes: string[];
  relationTypes: string[];
  quadClasses: string[];
  /** Structural relations (LEADS, MEMBER_OF, PART_OF) have no quad class; shown when true. */
  structural: boolean;
  /** Inclusive months ('YYYY-MM'); null means unbounded on that side. */
  from: string | null;
  to: string | null;
  minCount: number;
  /** How many actors (the most connected) the server sends for the base graph. */
  maxActors: number;
}

export const DEFAULT_FILTERS: FiltersState = {
  actorTypes: [...ACTOR_TYPES],
  relationTypes: RELATION_TYPES.map((t) => t.id),
  quadClasses: [...QUAD_CLASSES],
  structural: true,
  from: null,
  to: null,
  minCount: 1,
  maxActors: 500,
};

export const MAX_ACTORS_RANGE = { min: 10, max: 5000 } as const;
export const clampMaxActors = (n: number): number =>
  Math.min(
    MAX_ACTORS_RANGE.max,
    Math.max(MAX_ACTORS_RANGE.min, Math.floor(n) || DEFAULT_FILTERS.maxActors),
  );

export type FiltersAction =
  | { type: 'toggleActorType'; actorType: string }
  | { type: 'toggleRelationType'; relationType: string }
  | { type: 'toggleQuadClass'; quadClass: string }
  | { type: 'setQuadClasses'; quadClasses: string[]; structural: boolean }
  | { type: 'setPeriod'; from: string | null; to: string | null }
  | { type: 'setMinCount'; minCount: number }
  | { type: 'setMaxActors'; maxActors: number }
  | { type: 'replace'; filters: FiltersState }
  | { type: 'reset' };

const toggle = (list: string[], item: string) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export function reduceFilters(state: FiltersState, action: FiltersAction): FiltersState {
  switch (action.type) {
    case 'toggleActorType':
      return { ...state, actorTypes: toggle(state.actorTypes, action.actorType) };
    case 'toggleRelationType':
      return { ...state, relationTypes: toggle(state.relationTypes, action.relationType) };
    case 'toggleQuadClass':
      return { ...state, quadClasses: toggle(state.quadClasses, action.quadClass) };
    case 'setQuadClasses':
      return { ...state, quadClasses: action.quadClasses, structural: action.structural };
    case 'setPeriod':
      return state.from === action.from && state.to === action.to
        ? state
        : { ...state, from: action.from, to: action.to };
    case 'setMinCount':
      return { ...state, minCount: Math.max(1, Math.floor(action.minCount) || 1) };
    case 'setMaxActors':
      return { ...state, maxActors: clampMaxActors(action.maxActors) };
    case 'replace':
      return action.filters;
    case 'reset':
      return DEFAULT_FILTERS;
  }
}

/** True when the filters hide some relations, so actors left without any are hidden too. */
export function filtersNarrowEdges(f: FiltersState): boolean {
  return (
    f.relationTypes.length < DEFAULT_FILTERS.relationTypes.length ||
    f.quadClasses.length < DEFAULT_FILTERS.quadClasses.length ||
    !f.structural ||
    f.from !== null ||
    f.to !== null ||
    f.minCount > 1
  );
}

export const createFiltersStore = (initial: FiltersState = DEFAULT_FILTERS) =>
  createStore(initial, reduceFilters);
export type FiltersStore = ReturnType<typeof createFiltersStore>;
