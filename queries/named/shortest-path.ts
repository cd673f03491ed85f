// shortest-path: the shortest chain of relations between two actors, optionally through cooperation only.
import type { Neo4jRecord } from '../../graph/database.ts';
import {
  actorGraph,
  type ActorGraphJson,
  type ActorNodeRow,
  type RelationEdgeRow,
} from '../actor-graph.ts';
import { actorParam, allRelationTypesWhenEmpty, relationTypesParam } from '../common-params.ts';
import { toPlain } from '../plain-value.ts';
import { QueryParamsError } from '../query-params.ts';
import { defineQuery } from '../types.ts';

export type PathGraph = ActorGraphJson & { path: string[] };

export default defineQuery({
  name: 'shortest-path',
  description:
    'Shortest chain of relations between two actors (any direction); cooperativeOnly keeps *_COOPERATION relations only',
  params: [
    actorParam('from', 'actor id the path starts from, e.g. FIN'),
    actorParam('to', 'actor id the path ends at, e.g. IRN'),
    {
      name: 'cooperativeOnly',
      type: 'boolean',
      default: false,
      description: 'only cooperative relations',
    },
    {
      name: 'maxLength',
      type: 'int',
      default: 6,
      min: 1,
      max: 10,
      description: 'longest path accepted (1-10)',
    },
    relationTypesParam,
  ],
  routing: 'read',
  prepare: (params) => {
    if (params.from === params.to)
      throw new QueryParamsError('shortest-path: "from" and "to" must be different actors');
    return allRelationTypesWhenEmpty(params);
  },
  query: `
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = shortestPath((a)-[*..10]-(b))
WHERE length(p) <= $maxLength
  AND all(r IN relationships(p) WHERE type(r) IN $relationTypes
          AND (NOT $cooperativeOnly OR r.quadClass IN ['VERBAL_COOPERATION', 'MATERIAL_COOPERATION']))
RETURN p,
  [n IN nodes(p) | n {.id, .name, .type, .countryCode, mentions: COUNT { (n)-[:MENTIONED_IN]->() }}] AS nodes,
  [r IN relationships(p) | r {.id, type: type(r), .quadClass, .count, .firstSeen, .lastSeen, .meanScore,
                              source: startNode(r).id, target: endNode(r).id}] AS edges`,
  transform: (records: Neo4jRecord[]): PathGraph | null => {
    if (records.length === 0) return null;
    const nodes = toPlain(records[0].get('nodes')) as ActorNodeRow[];
    const edges = toPlain(records[0].get('edges')) as RelationEdgeRow[];
    const path = nodes.map((n) => n.id);
    return { ...actorGraph(nodes, edges, { limit: nodes.length, keep: path }), path };
  },
});
