// cooperation-triangles: three actors that all cooperate pairwise (e.g. Russia, Iran and Syria).
import { actorTypesParam, limitParam } from '../common-params.ts';
import { plainRows } from '../plain-rows.ts';
import { defineQuery } from '../types.ts';

export default defineQuery({
  name: 'cooperation-triangles',
  description:
    'Triangles of mutual cooperation: three actors with cooperative relations (either direction) between each pair',
  params: [
    {
      name: 'actor',
      type: 'string',
      default: null,
      description: 'only triangles that include this actor id',
    },
    {
      name: 'minCount',
      type: 'int',
      default: 1,
      min: 1,
      description: 'least cooperative statements per pair',
    },
    { ...actorTypesParam, description: 'actor types allowed in a triangle (empty: all)' },
    limitParam(20),
  ],
  routing: 'read',
  query: `
MATCH (a:Actor)-[r1]-(b:Actor)-[r2]-(c:Actor)-[r3]-(a)
WHERE a.id < b.id < c.id
  AND r1.quadClass IN ['VERBAL_COOPERATION', 'MATERIAL_COOPERATION']
  AND r2.quadClass IN ['VERBAL_COOPERATION', 'MATERIAL_COOPERATION']
  AND r3.quadClass IN ['VERBAL_COOPERATION', 'MATERIAL_COOPERATION']
  AND ($actor IS NULL OR $actor IN [a.id, b.id, c.id])
  AND (size($types) = 0 OR (a.type IN $types AND b.type IN $types AND c.type IN $types))
WITH a, b, c, collect(DISTINCT r1) AS ab, collect(DISTINCT r2) AS bc, collect(DISTINCT r3) AS ca
WITH a, b, c, ab, bc, ca,
     reduce(n = 0, r IN ab | n + r.count) AS abCount,
     reduce(n = 0, r IN bc | n + r.count) AS bcCount,
     reduce(n = 0, r IN ca | n + r.count) AS caCount
WHERE abCount >= $minCount AND bcCount >= $minCount AND caCount >= $minCount
RETURN [a {.id, .name, .type}, b {.id, .name, .type}, c {.id, .name, .type}] AS actors,
       [{pair: [a.id, b.id], count: abCount, types: [r IN ab | type(r)]},
        {pair: [b.id, c.id], count: bcCount, types: [r IN bc | type(r)]},
        {pair: [c.id, a.id], count: caCount, types: [r IN ca | type(r)]}] AS pairs,
       abCount + bcCount + caCount AS statements,
       CASE WHEN abCount <= bcCount AND abCount <= caCount THEN abCount
            WHEN bcCount <= caCount THEN bcCount ELSE caCount END AS weakestPair
ORDER BY weakestPair DESC, statements DESC, a.id, b.id, c.id
LIMIT $limit`,
  transform: (records) => plainRows(records),
});
