// newest-relations: relations first seen most recently, with the sentence that first reported each.
import { dateParam, limitParam, relationTypesParam } from '../common-params.ts';
import { plainRows } from '../plain-rows.ts';
import { defineQuery } from '../types.ts';

export default defineQuery({
  name: 'newest-relations',
  description:
    'Relations first seen most recently (optionally since a date, of some types), with their first evidence sentence',
  params: [
    limitParam(20),
    relationTypesParam,
    dateParam('since', 'only relations first seen on or after this date'),
  ],
  routing: 'read',
  query: `
MATCH (a:Actor)-[r]->(b:Actor)
WHERE r.firstSeen IS NOT NULL AND r.id IS NOT NULL
  AND (size($relationTypes) = 0 OR type(r) IN $relationTypes)
  AND ($since IS NULL OR r.firstSeen >= $since)
RETURN r {.id, type: type(r), .quadClass, .count, .firstSeen, .lastSeen, .meanScore} AS relation,
       a {.id, .name, .type} AS source, b {.id, .name, .type} AS target,
       COLLECT { MATCH (s:Statement {relationId: r.id}) RETURN s.sentence AS sentence ORDER BY s.date, s.id LIMIT 1 }[0] AS firstSentence
ORDER BY r.firstSeen DESC, r.count DESC, r.id
LIMIT $limit`,
  transform: (records) => plainRows(records),
});
