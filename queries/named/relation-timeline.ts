// relation-timeline: year by year, how two actors treated each other (mean score and counts per quad class).
import { actorParam } from '../common-params.ts';
import { plainRows } from '../plain-rows.ts';
import { defineQuery } from '../types.ts';

export default defineQuery({
  name: 'relation-timeline',
  description:
    'Year-by-year relations between two actors (both directions): statements, mean score, counts per quad class',
  params: [
    actorParam('a', 'first actor id, e.g. RUS'),
    actorParam('b', 'second actor id, e.g. TUR'),
  ],
  routing: 'read',
  query: `
MATCH (:Actor {id: $a})<-[:SOURCE|TARGET]-(s:Statement)-[:SOURCE|TARGET]->(:Actor {id: $b})
WHERE s.quadClass IS NOT NULL AND s.date IS NOT NULL
WITH toInteger(left(s.date, 4)) AS year, s
RETURN year,
       count(s) AS statements,
       round(avg(s.score), 2) AS meanScore,
       sum(CASE WHEN s.source = $a THEN 1 ELSE 0 END) AS fromA,
       sum(CASE WHEN s.source = $b THEN 1 ELSE 0 END) AS fromB,
       sum(CASE s.quadClass WHEN 'VERBAL_COOPERATION' THEN 1 ELSE 0 END) AS verbalCooperation,
       sum(CASE s.quadClass WHEN 'MATERIAL_COOPERATION' THEN 1 ELSE 0 END) AS materialCooperation,
       sum(CASE s.quadClass WHEN 'VERBAL_CONFLICT' THEN 1 ELSE 0 END) AS verbalConflict,
       sum(CASE s.quadClass WHEN 'MATERIAL_CONFLICT' THEN 1 ELSE 0 END) AS materialConflict,
       collect(DISTINCT s.type) AS types
ORDER BY year`,
  transform: (records) => plainRows(records),
});
