// actor-neighborhood: the actors within 1 to 3 hops of an actor and the relations among them, as graphology JSON.
import type { Neo4jRecord } from '../../graph/database.ts';
import {
  actorGraph,
  type ActorGraphJson,
  type ActorNodeRow,
  type RelationEdgeRow,
} from '../actor-graph.ts';
import { actorParam, allRelationTypesWhenEmpty, relationTypesParam } from '../common-params.ts';
import { toPlain } from '../plain-value.ts';
import { defineQuery } from '../types.ts';

export default defineQuery({
  name: 'actor-neighborhood',
  description:
    'The actors within `depth` hops of an actor (any direction) and the relations among them',
  params: [
    actorParam('id', 'actor id at the centre, e.g. IRN'),
    { name: 'depth', type: 'int', default: 1, min: 1, max: 3, description: 'hops (1-3)' },
    {
      name: 'limit',
      type: 'int',
      default: 200,
      min: 1,
      max: 5000,
      description: 'most nodes kept (nearest, then most important)',
    },
    relationTypesParam,
  ],
  routing: 'read',
  prepare: allRelationTypesWhenEmpty,
  // Breadth-first, one level per step of reduce, so the depth stays a parameter.
  query: `
MATCH (start:Actor {id: $id})
WITH start, reduce(reached = [{node: start, distance: 0}], depth IN range(1, $depth) |
  reached + reduce(level = [], y IN reduce(found = [], x IN [e IN reached WHERE e.distance = depth - 1 | e.node] |
                     found + [(x)-[r]-(n:Actor) WHERE type(r) IN $relationTypes | n]) |
    CASE WHEN y IN [e IN reached | e.node] OR y IN [e IN level | e.node] THEN level
         ELSE level + {node: y, distance: depth} END)) AS reached
UNWIND reached AS e
WITH e.node AS n, e.distance AS distance
WITH collect(n) AS members,
     collect(n {.id, .name, .type, .countryCode, distance: distance,
                mentions: COUNT { (n)-[:MENTIONED_IN]->() }}) AS nodes
RETURN nodes,
       COLLECT {
         UNWIND members AS a
         MATCH (a)-[r]->(b:Actor)
         WHERE type(r) IN $relationTypes AND b IN members AND a <> b
         RETURN {id: r.id, source: a.id, target: b.id, type: type(r), quadClass: r.quadClass, count: r.count,
                 firstSeen: r.firstSeen, lastSeen: r.lastSeen, meanScore: r.meanScore} AS edge
       } AS edges`,
  transform: (records: Neo4jRecord[], params): ActorGraphJson | null => {
    const nodes = (records.length ? toPlain(records[0].get('nodes')) : []) as ActorNodeRow[];
    if (nodes.length === 0) return null; // no such actor
    const edges = toPlain(records[0].get('edges')) as RelationEdgeRow[];
    return actorGraph(nodes, edges, { limit: params.limit as number, keep: [params.id as string] });
  },
});
