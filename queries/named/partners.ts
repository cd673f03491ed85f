// partners: an actor's partners ranked by cooperation (statements × mean positive score), both directions.
import { actorParam, limitParam } from '../common-params.ts';
import { plainRows } from '../plain-rows.ts';
import { defineQuery } from '../types.ts';

export default defineQuery({
  name: 'partners',
  description:
    "An actor's partners, ranked by cooperation (Σ count × mean score over cooperative relations, either direction)",
  params: [actorParam('id', 'actor id, e.g. RUS'), limitParam(10)],
  routing: 'read',
  query: `
MATCH (a:Actor {id: $id})-[r]-(p:Actor)
WHERE r.quadClass IN ['VERBAL_COOPERATION', 'MATERIAL_COOPERATION'] AND p <> a
WITH a, p, collect(r) AS rels
WITH a, p, rels,
     reduce(s = 0.0, r IN rels | s + r.count * CASE WHEN r.meanScore > 0 THEN r.meanScore ELSE 0 END) AS cooperation
WHERE cooperation > 0
RETURN p {.id, .name, .type, .countryCode} AS partner,
       round(cooperation, 2) AS cooperation,
       reduce(n = 0, r IN rels | n + r.count) AS statements,
       [r IN rels | {type: type(r), direction: CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END,
                     count: r.count, lastSeen: r.lastSeen}] AS relations,
       reduce(m = null, r IN rels | CASE WHEN m IS NULL OR r.lastSeen > m THEN r.lastSeen ELSE m END) AS lastSeen
ORDER BY cooperation DESC, p.name
LIMIT $limit`,
  transform: (records) => plainRows(records),
});
