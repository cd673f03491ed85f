// conflict-hotspots: the pairs of actors with the most conflict statements in a period, material conflict first.
import { dateParam, limitParam } from '../common-params.ts';
import { plainRows } from '../plain-rows.ts';
import { defineQuery } from '../types.ts';

export default defineQuery({
  name: 'conflict-hotspots',
  description:
    'Pairs with the most conflict statements dated within a range (material conflict ranks first)',
  params: [
    dateParam('from', 'first date included'),
    dateParam('to', 'last date included'),
    limitParam(20),
  ],
  routing: 'read',
  query: `
MATCH (s:Statement)
WHERE s.quadClass IN ['VERBAL_CONFLICT', 'MATERIAL_CONFLICT'] AND s.source <> s.target
  AND ($from IS NULL OR s.date >= $from) AND ($to IS NULL OR s.date <= $to)
WITH CASE WHEN s.source < s.target THEN [s.source, s.target] ELSE [s.target, s.source] END AS pair, s
WITH pair, count(s) AS statements,
     sum(CASE WHEN s.quadClass = 'MATERIAL_CONFLICT' THEN 1 ELSE 0 END) AS materialConflict,
     collect(DISTINCT s.type) AS types, min(s.date) AS firstSeen, max(s.date) AS lastSeen
MATCH (a:Actor {id: pair[0]}), (b:Actor {id: pair[1]})
RETURN a {.id, .name, .type} AS a, b {.id, .name, .type} AS b, statements, materialConflict, types, firstSeen, lastSeen
ORDER BY materialConflict DESC, statements DESC, lastSeen DESC
LIMIT $limit`,
  transform: (records) => plainRows(records),
});
