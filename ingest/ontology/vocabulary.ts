// The shared vocabulary: actor types, quad classes and relation types. Pure data (and the ontology's JSON),
// so the CLI, the server and the browser all import it from here.
import ontology from './relation-types.json' with { type: 'json' };

export const ACTOR_TYPES = [
  'State',
  'Person',
  'Organization',
  'Alliance',
  'ArmedGroup',
  'GovernmentBody',
  'Place',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const QUAD_CLASSES = [
  'VERBAL_COOPERATION',
  'MATERIAL_COOPERATION',
  'VERBAL_CONFLICT',
  'MATERIAL_CONFLICT',
] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

/** The quad classes of cooperation and of conflict (CAMEO's split), for filters, colours and stances. */
export const COOPERATION_CLASSES: readonly QuadClass[] = [
  'VERBAL_COOPERATION',
  'MATERIAL_COOPERATION',
];
export const CONFLICT_CLASSES: readonly QuadClass[] = ['VERBAL_CONFLICT', 'MATERIAL_CONFLICT'];

export interface RelationTypeInfo {
  id: string;
  label: string;
  /** Null for the structural types (LEADS, MEMBER_OF, PART_OF). */
  quadClass: QuadClass | null;
  score: number;
  directed: boolean;
}

export const RELATION_TYPES: readonly RelationTypeInfo[] = ontology.types.map((t) => ({
  id: t.id,
  label: t.label,
  quadClass: t.quadClass as QuadClass | null,
  score: t.score,
  directed: t.directed,
}));

export const RELATION_TYPE_IDS: readonly string[] = RELATION_TYPES.map((t) => t.id);
export const STRUCTURAL_TYPE_IDS: readonly string[] = RELATION_TYPES.filter(
  (t) => t.quadClass === null,
).map((t) => t.id);
