// The graph model's closed lists: node labels and relationship types that Cypher may name.
import { ACTOR_TYPES, RELATION_TYPE_IDS, type ActorType } from '../ingest/ontology/vocabulary.ts';

/** Only names on these lists are ever interpolated into Cypher; everything else is a parameter. */
export function relationshipType(type: string): string {
  if (!RELATION_TYPE_IDS.includes(type))
    throw new Error(`entente/graph/model: unknown relation type "${type}"`);
  return type;
}

export function actorLabel(type: string): ActorType {
  if (!(ACTOR_TYPES as readonly string[]).includes(type)) {
    throw new Error(`entente/graph/model: unknown actor type "${type}"`);
  }
  return type as ActorType;
}
