// turned-hostile: pairs whose yearly mean score went from cooperative (> 0) to hostile (< 0) later on.
import { limitParam } from '../common-params.ts';
import { plainRows } from '../plain-rows.ts';
import { defineQuery } from '../types.ts';

export default defineQuery({
  name: 'turned-hostile',
  description:
    'Pairs whose relations moved from cooperation to conflict: a year with a positive mean score followed by a later negative one',
  params: [
    {
      name: 'actor',
      type: 'string',
      default: null,
      description: 'only pairs involving this actor id',
    },
    limitParam(20),
  ],
  routing: 'read',
  query: `
MATCH (s:Statement)
WHERE s.quadClass IS NOT NULL AND s.date IS NOT NULL AND s.source <> s.target
  AND ($actor IS NULL OR s.source = $actor OR s.target = $actor)
WITH CASE WHEN s.source < s.target THEN [s.source, s.target] ELSE [s.target, s.source] END AS pair,
     toInteger(left(s.date, 4)) AS year, s
WITH pair, year, avg(s.score) AS meanScore, count(s) AS statements
ORDER BY year
WITH pair, collect({year: year, meanScore: round(meanScore, 2), statements: statements}) AS years
WITH pair, years, [i IN range(0, size(years) - 1) WHERE years[i].meanScore > 0][0] AS friendly
WITH pair, years, friendly,
     [i IN range(0, size(years) - 1) WHERE friendly IS NOT NULL AND i > friendly AND years[i].meanScore < 0][0] AS hostile
WHERE hostile IS NOT NULL
MATCH (a:Actor {id: pair[0]}), (b:Actor {id: pair[1]})
RETURN a {.id, .name, .type} AS a, b {.id, .name, .type} AS b,
       years[friendly].year AS cooperativeFrom,
       [i IN range(0, hostile - 1) WHERE years[i].meanScore > 0 | years[i].year][-1] AS lastCooperativeYear,
       years[hostile].year AS turnedHostileIn,
       years[-1].meanScore AS latestMeanScore,
       years
ORDER BY turnedHostileIn DESC, latestMeanScore ASC, a.id, b.id
LIMIT $limit`,
  transform: (records) => plainRows(records),
});
