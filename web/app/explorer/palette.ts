// Colour registries: actor types, quad classes (Okabe–Ito, colour-blind safe) and communities, as data.
import {
  ACTOR_TYPES,
  COOPERATION_CLASSES,
  QUAD_CLASSES,
  RELATION_TYPES,
  type ActorType,
  type QuadClass,
} from '../../../ingest/ontology/vocabulary.ts';

export { RELATION_TYPES };

export interface ActorTypeStyle {
  id: ActorType;
  label: string;
  color: string;
}

/** Paul Tol's "muted" scheme, distinct from the edge colours; a record, so every actor type has a look. */
const ACTOR_TYPE_LOOK: Record<ActorType, Omit<ActorTypeStyle, 'id'>> = {
  State: { label: 'State', color: '#332288' },
  Person: { label: 'Person', color: '#CC6677' },
  Organization: { label: 'Organisation', color: '#AA4499' },
  Alliance: { label: 'Alliance', color: '#117733' },
  ArmedGroup: { label: 'Armed group', color: '#882255' },
  GovernmentBody: { label: 'Government body', color: '#44AA99' },
  Place: { label: 'Place', color: '#999933' },
};
export const ACTOR_TYPE_STYLES: readonly ActorTypeStyle[] = ACTOR_TYPES.map((id) => ({
  id,
  ...ACTOR_TYPE_LOOK[id],
}));
export const UNKNOWN_ACTOR_COLOR = '#8a8f98';

export interface QuadClassStyle {
  id: QuadClass | 'STRUCTURAL';
  label: string;
  color: string;
  cooperative: boolean | null;
}

/** Okabe–Ito: cooperation in blues and greens, conflict in orange and vermillion; material stronger than verbal. */
const QUAD_CLASS_LOOK: Record<QuadClass | 'STRUCTURAL', Pick<QuadClassStyle, 'label' | 'color'>> = {
  VERBAL_COOPERATION: { label: 'Verbal cooperation', color: '#56B4E9' },
  MATERIAL_COOPERATION: { label: 'Material cooperation', color: '#009E73' },
  VERBAL_CONFLICT: { label: 'Verbal conflict', color: '#E69F00' },
  MATERIAL_CONFLICT: { label: 'Material conflict', color: '#D55E00' },
  STRUCTURAL: { label: 'Structural', color: '#A0A4AB' },
};
export const QUAD_CLASS_STYLES: readonly QuadClassStyle[] = [
  ...QUAD_CLASSES,
  'STRUCTURAL' as const,
].map((id) => ({
  id,
  ...QUAD_CLASS_LOOK[id],
  cooperative: id === 'STRUCTURAL' ? null : COOPERATION_CLASSES.includes(id),
}));

/**
 * Louvain communities get a palette of their own (Tol's "bright" and "vibrant" schemes, then a few light
 * tints), sharing no colour with the actor types, so a community colour is never read as a type.
 */
export const COMMUNITY_COLORS: readonly string[] = [
  '#4477AA',
  '#EE6677',
  '#228833',
  '#CCBB44',
  '#66CCEE',
  '#AA3377',
  '#0077BB',
  '#EE7733',
  '#009988',
  '#CC3311',
  '#33BBEE',
  '#EE3377',
  '#BBBBBB',
  '#77AADD',
  '#FFAABB',
  '#DDAA33',
];

export const DIMMED_NODE_COLOR = '#d9dce1';
export const DIMMED_EDGE_COLOR = '#eceef1';
export const HIGHLIGHT_EDGE_COLOR = '#1f2430';

const actorColors = new Map<string, string>(ACTOR_TYPE_STYLES.map((s) => [s.id, s.color]));
const quadColors = new Map<string, string>(QUAD_CLASS_STYLES.map((s) => [s.id, s.color]));

export const actorTypeColor = (type: string): string =>
  actorColors.get(type) ?? UNKNOWN_ACTOR_COLOR;
export const quadClassColor = (quadClass: string | null): string =>
  quadColors.get(quadClass ?? 'STRUCTURAL') ?? '#A0A4AB';
export const communityColor = (community: number): string =>
  COMMUNITY_COLORS[Math.abs(community) % COMMUNITY_COLORS.length];
/** Cooperation blocs (numbered from 1) share the community palette; an actor in no bloc is grey. */
export const NO_BLOC_COLOR = '#9aa0a6';
export const blocColor = (bloc: number | undefined): string =>
  bloc === undefined ? NO_BLOC_COLOR : communityColor(bloc - 1);

export const relationTypeLabel = (type: string): string =>
  RELATION_TYPES.find((t) => t.id === type)?.label ?? type;
