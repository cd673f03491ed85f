// relation-evidence: the relations between two actors and the sentences (with their articles) behind each.
import { RELATION_TYPE_IDS } from '../../ingest/ontology/vocabulary.ts';
import { actorParam, limitParam } from '../common-params.ts';
import { plainRows } from '../plain-rows.ts';
import {
  RELATION_WITH_EVIDENCE,
  withTriggerWords,
  type RelationWithEvidence,
} from '../relation-with-evidence.ts';
import { defineQuery } from '../types.ts';

export default defineQuery({
  name: 'relation-evidence',
  description:
    'Relations between two actors (either direction unless directed, optionally one type) with their evidence sentences and articles',
  params: [
    actorParam('a', 'first actor id, e.g. IRN'),
    actorParam('b', 'second actor id, e.g. RUS'),
    {
      name: 'type',
      type: 'string',
      enum: RELATION_TYPE_IDS,
      default: null,
      description: 'one relation type',
    },
    {
      name: 'directed',
      type: 'boolean',
      default: false,
      description: 'only relations from a to b',
    },
    { ...limitParam(50), description: 'maximum evidence sentences per relation' },
  ],
  routing: 'read',
  query: `
MATCH (x:Actor {id: $a})-[r]-(y:Actor {id: $b})
WHERE r.id IS NOT NULL AND ($type IS NULL OR type(r) = $type) AND (NOT $directed OR startNode(r) = x)
WITH r, startNode(r) AS src, endNode(r) AS tgt
${RELATION_WITH_EVIDENCE}
ORDER BY r.count DESC, r.id`,
  transform: (records) => withTriggerWords(plainRows<RelationWithEvidence>(records)),
});
