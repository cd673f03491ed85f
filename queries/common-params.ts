// Parameter declarations that many queries share: actor ids, limits, date ranges and the closed lists.
import { ACTOR_TYPES, QUAD_CLASSES, RELATION_TYPE_IDS } from '../ingest/ontology/vocabulary.ts';
import type { QueryParam } from './types.ts';

export const actorParam = (name: string, description: string): QueryParam => ({
  name,
  type: 'string',
  required: true,
  description,
  actor: true,
});

export const limitParam = (fallback: number, max = 1000): QueryParam => ({
  name: 'limit',
  type: 'int',
  default: fallback,
  min: 1,
  max,
  description: `maximum rows returned (1-${max})`,
});

export const dateParam = (name: 'from' | 'to' | 'since', description: string): QueryParam => ({
  name,
  type: 'date',
  default: null,
  description,
});

export const actorTypesParam: QueryParam = {
  name: 'types',
  type: 'string[]',
  default: [],
  enum: ACTOR_TYPES,
  description: 'actor types to keep (empty: all)',
};

export const relationTypesParam: QueryParam = {
  name: 'relationTypes',
  type: 'string[]',
  default: [],
  enum: RELATION_TYPE_IDS,
  description: 'relation types to keep (empty: all)',
};

export const quadClassesParam: QueryParam = {
  name: 'quadClasses',
  type: 'string[]',
  default: [],
  enum: QUAD_CLASSES,
  description: 'CAMEO quad classes to keep (empty: all)',
};

/** An empty relation-type list means every type on the closed list. */
export function allRelationTypesWhenEmpty(
  params: Record<string, unknown>,
): Record<string, unknown> {
  const chosen = params.relationTypes as string[];
  return { ...params, relationTypes: chosen.length > 0 ? chosen : [...RELATION_TYPE_IDS] };
}
