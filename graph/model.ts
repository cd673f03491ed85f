// The graph model's closed lists: node labels and relationship types that Cypher may name.
import ontology from '../ingest/ontology/relation-types.json' with { type: 'json' };
import { ACTOR_TYPES, type ActorType, type QuadClass } from '../ingest/types.ts';

export interface RelationTypeInfo {
  id: string;
  label: string;
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

/** Only names on these lists are ever interpolated into Cypher; everything else is a parameter. */
export function relationshipType(type: string): string {
  if (!RELATION_TYPE_IDS.includes(type))
    throw new Error(`graph/model: unknown relation type "${type}"`);
  return type;
}

export function actorLabel(type: string): ActorType {
  if (!(ACTOR_TYPES as readonly string[]).includes(type)) {
    throw new Error(`graph/model: unknown actor type "${type}"`);
  }
  return type as ActorType;
}
