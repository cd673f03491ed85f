// relation-by-id: one aggregated relation, by its id "SOURCE|TYPE|TARGET", and the sentences behind it.
import { parseRelationId } from '../../graph/relation-id.ts';
import { limitParam } from '../common-params.ts';
import { plainRows } from '../plain-rows.ts';
import { QueryParamsError } from '../query-params.ts';
import {
  RELATION_WITH_EVIDENCE,
  withTriggerWords,
  type RelationWithEvidence,
} from '../relation-with-evidence.ts';
import { defineQuery } from '../types.ts';

export default defineQuery({
  name: 'relation-by-id',
  description:
    'One relation by its id (SOURCE|TYPE|TARGET) with its evidence sentences and articles',
  params: [
    {
      name: 'id',
      type: 'string',
      required: true,
      description: 'relation id, e.g. IRN|PROVIDE_ARMS|RUS',
    },
    { ...limitParam(50), description: 'maximum evidence sentences' },
  ],
  routing: 'read',
  // The actors' ids come from the relation id so the match starts at two indexed nodes.
  prepare: (params) => {
    const key = parseRelationId(params.id as string);
    if (!key) {
      throw new QueryParamsError(
        `id: a relation id looks like "SOURCE|TYPE|TARGET", got "${params.id as string}"`,
      );
    }
    return { ...params, source: key.source, target: key.target };
  },
  query: `
MATCH (src:Actor {id: $source})-[r]->(tgt:Actor {id: $target})
WHERE r.id = $id
${RELATION_WITH_EVIDENCE}`,
  transform: async (records): Promise<RelationWithEvidence | null> =>
    (await withTriggerWords(plainRows<RelationWithEvidence>(records)))[0] ?? null,
});
