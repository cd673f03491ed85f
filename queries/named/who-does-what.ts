// who-does-what: who meets, arms, supports, attacks... whom, for one relation type, within a date range.
import { RELATION_TYPE_IDS } from '../../ingest/ontology/vocabulary.ts';
import { dateParam, limitParam } from '../common-params.ts';
import { plainRows } from '../plain-rows.ts';
import { defineQuery } from '../types.ts';

export default defineQuery({
  name: 'who-does-what',
  description:
    'Who does what to whom: pairs for one relation type (e.g. PROVIDE_ARMS), counting statements dated within the range',
  params: [
    {
      name: 'type',
      type: 'string',
      required: true,
      enum: RELATION_TYPE_IDS,
      description: 'relation type, e.g. CONSULT, PROVIDE_ARMS, SUPPORT',
    },
    dateParam('from', 'first date included (YYYY-MM-DD)'),
    dateParam('to', 'last date included (YYYY-MM-DD)'),
    {
      name: 'actor',
      type: 'string',
      default: null,
      description: 'only pairs involving this actor id',
    },
    limitParam(50),
  ],
  routing: 'read',
  query: `
MATCH (s:Statement {type: $type})
WHERE ($from IS NULL OR s.date >= $from) AND ($to IS NULL OR s.date <= $to)
  AND ($actor IS NULL OR s.source = $actor OR s.target = $actor)
WITH s.relationId AS relationId, s.source AS sourceId, s.target AS targetId,
     count(s) AS statements, count(DISTINCT s.articleId) AS articles,
     min(s.date) AS firstSeen, max(s.date) AS lastSeen
MATCH (src:Actor {id: sourceId}), (tgt:Actor {id: targetId})
RETURN relationId, src {.id, .name, .type} AS source, tgt {.id, .name, .type} AS target,
       statements, articles, firstSeen, lastSeen
ORDER BY statements DESC, lastSeen DESC, relationId
LIMIT $limit`,
  transform: (records) => plainRows(records),
});
