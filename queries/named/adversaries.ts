// adversaries: an actor's adversaries ranked by conflict (statements × |mean score|), material conflict weighing most.
import { actorParam, limitParam } from '../common-params.ts';
import { plainRows } from '../plain-rows.ts';
import { defineQuery } from '../types.ts';

export default defineQuery({
  name: 'adversaries',
  description:
    "An actor's adversaries, ranked by conflict (Σ count × |mean score| over conflict relations, either direction)",
  params: [actorParam('id', 'actor id, e.g. RUS'), limitParam(10)],
  routing: 'read',
  query: `
MATCH (a:Actor {id: $id})-[r]-(p:Actor)
WHERE r.quadClass IN ['VERBAL_CONFLICT', 'MATERIAL_CONFLICT'] AND p <> a
WITH a, p, collect(r) AS rels
WITH a, p, rels, reduce(s = 0.0, r IN rels | s + r.count * abs(r.meanScore)) AS conflict
RETURN p {.id, .name, .type, .countryCode} AS adversary,
       round(conflict, 2) AS conflict,
       reduce(n = 0, r IN rels | n + CASE WHEN r.quadClass = 'MATERIAL_CONFLICT' THEN r.count ELSE 0 END) AS materialConflict,
       reduce(n = 0, r IN rels | n + CASE WHEN r.quadClass = 'VERBAL_CONFLICT' THEN r.count ELSE 0 END) AS verbalConflict,
       [r IN rels | {type: type(r), direction: CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END,
                     count: r.count, lastSeen: r.lastSeen}] AS relations
ORDER BY conflict DESC, p.name
LIMIT $limit`,
  transform: (records) => plainRows(records),
});
