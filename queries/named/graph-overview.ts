// graph-overview: the actor graph as it stood in a period, filtered by actor and relation type, as graphology JSON.
import type { Neo4jRecord } from '../../graph/database.ts';
import {
  actorGraph,
  type ActorGraphJson,
  type ActorNodeRow,
  type RelationEdgeRow,
} from '../actor-graph.ts';
import {
  actorTypesParam,
  allRelationTypesWhenEmpty,
  dateParam,
  quadClassesParam,
  relationTypesParam,
} from '../common-params.ts';
import { toPlain } from '../plain-value.ts';
import { defineQuery } from '../types.ts';

// Node data once per actor (its mentions counted once), not on both ends of each of up to 20,000 edge rows: the
// matched relations are returned as edge rows, then their distinct actors as node rows. One aggregated row would
// hold the whole graph in one transaction's memory, and Neo4j's per-transaction limit refuses that at 5,000 actors.
function graphOf(records: Neo4jRecord[], limit: number): ActorGraphJson {
  const nodes: ActorNodeRow[] = [];
  const edges: RelationEdgeRow[] = [];
  for (const record of records) {
    const row = toPlain(record.toObject()) as {
      node: ActorNodeRow | null;
      edge: RelationEdgeRow | null;
    };
    if (row.node) nodes.push(row.node);
    if (row.edge) edges.push(row.edge);
  }
  return actorGraph(nodes, edges, { limit });
}

// The relations kept (with their statement counts, in the range when there is one), as a, r, b and stats.
const MATCHED = `
MATCH (a:Actor)-[r]->(b:Actor)
WHERE type(r) IN $relationTypes AND a <> b
  AND (size($types) = 0 OR (a.type IN $types AND b.type IN $types))
  AND (size($quadClasses) = 0 OR r.quadClass IN $quadClasses)
  AND ($from IS NULL OR r.lastSeen >= $from) AND ($to IS NULL OR r.firstSeen <= $to)
WITH a, r, b,
     CASE WHEN $from IS NULL AND $to IS NULL
       THEN r {.count, .firstSeen, .lastSeen, .meanScore}
       ELSE COLLECT {
         MATCH (s:Statement {relationId: r.id})
         WHERE ($from IS NULL OR s.date >= $from) AND ($to IS NULL OR s.date <= $to)
         RETURN {count: count(s), firstSeen: min(s.date), lastSeen: max(s.date), meanScore: avg(s.score)} AS stats
       }[0]
     END AS stats
WHERE stats.count >= $minCount`;

export default defineQuery({
  name: 'graph-overview',
  description:
    'The actor graph, filtered by actor types, relation types, quad classes and a statement date range (counts then cover the range only)',
  params: [
    actorTypesParam,
    relationTypesParam,
    quadClassesParam,
    dateParam('from', 'first statement date included'),
    dateParam('to', 'last statement date included'),
    {
      name: 'minCount',
      type: 'int',
      default: 1,
      min: 1,
      description: 'least statements per relation',
    },
    {
      name: 'limit',
      type: 'int',
      default: 500,
      min: 1,
      max: 5000,
      description: 'most nodes kept (the most important)',
    },
  ],
  routing: 'read',
  prepare: allRelationTypesWhenEmpty,
  query: `${MATCHED}
RETURN null AS node,
       {id: r.id, source: a.id, target: b.id, type: type(r), quadClass: r.quadClass, count: stats.count,
        firstSeen: stats.firstSeen, lastSeen: stats.lastSeen, meanScore: round(stats.meanScore, 2)} AS edge
UNION ALL${MATCHED}
UNWIND [a, b] AS n
WITH DISTINCT n
RETURN n {.id, .name, .type, .countryCode, mentions: COUNT { (n)-[:MENTIONED_IN]->() }} AS node, null AS edge`,
  transform: (records, params) => graphOf(records, params.limit as number),
});
