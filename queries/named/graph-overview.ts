// graph-overview: the actor graph as it stood in a period, filtered by actor and relation type, as graphology JSON.
import type { Neo4jRecord } from '../../graph/database.ts';
import { relationshipType } from '../../graph/model.ts';
import { RELATION_TYPE_IDS } from '../../ingest/ontology/vocabulary.ts';
import {
  byId,
  edgeEntry,
  nodeEntry,
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

// The actors are ranked in the database and only the kept ones come back, each with the relations among them:
// about 5,500 rows at the default limit where every matched relation and actor (25,000 rows at 10,000 articles)
// came back to be ranked here. The ranking is actorGraph's (queries/actor-graph.ts): a node's statement count over
// its matched relations plus its mentions, highest first, ties by id; tests/queries/graph-overview.test.ts holds
// the two equal.
interface OverviewRow {
  node: ActorNodeRow & { degree: number };
  edges: RelationEdgeRow[];
  totalNodes: number;
  totalEdges: number;
}

function graphOf(records: Neo4jRecord[], limit: number): ActorGraphJson {
  const rows = records.map((record) => toPlain(record.toObject()) as OverviewRow);
  const totalNodes = rows[0]?.totalNodes ?? 0;
  return {
    attributes: {
      truncated: rows.length < totalNodes,
      totalNodes,
      totalEdges: rows[0]?.totalEdges ?? 0,
      limit,
    },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: rows.map(({ node }) => nodeEntry(node, node.degree)),
    // In id order, as actorGraph gives them: the explorer's layout iterates over them in this order.
    edges: rows
      .flatMap(({ edges }) => edges)
      .sort(byId)
      .map(edgeEntry),
  };
}

// Only the aggregated types are expanded (an actor's MENTIONED_IN links outnumber its relations); the type names
// come from the closed list.
const AGGREGATED = RELATION_TYPE_IDS.map(relationshipType).join('|');

/** Which relations (a)-[r]->(b) the filters keep, before the statement counts in the range are known. */
const FILTERED = `type(r) IN $relationTypes AND a <> b
    AND (size($quadClasses) = 0 OR r.quadClass IN $quadClasses)
    AND ($from IS NULL OR r.lastSeen >= $from) AND ($to IS NULL OR r.firstSeen <= $to)`;

const IN_RANGE = `($from IS NULL OR s.date >= $from) AND ($to IS NULL OR s.date <= $to)`;

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
  // First every matched relation is read once, for its statement count only, and summed per actor; the actors
  // are ranked and cut at the limit; then only the kept actors' relations are expanded, each kept if its other
  // end is kept too.
  query: `
CALL () {
  MATCH (a:Actor)-[r:${AGGREGATED}]->(b:Actor)
  WHERE ${FILTERED}
    AND (size($types) = 0 OR (a.type IN $types AND b.type IN $types))
  WITH a, b, CASE WHEN $from IS NULL AND $to IS NULL THEN r.count
                  ELSE COUNT { MATCH (s:Statement {relationId: r.id}) WHERE ${IN_RANGE} } END AS count
  WHERE count >= $minCount
  UNWIND [a, b] AS n
  RETURN n, count(*) AS degree, sum(count) AS weight
}
WITH n, degree, weight + COUNT { (n)-[:MENTIONED_IN]->() } AS importance
ORDER BY importance DESC, n.id
WITH collect({n: n, degree: degree}) AS ranked
WITH size(ranked) AS totalNodes, reduce(s = 0, x IN ranked | s + x.degree) / 2 AS totalEdges,
     ranked[0..$limit] AS kept
WITH totalNodes, totalEdges, kept, [k IN kept | k.n] AS keptNodes
UNWIND range(0, size(kept) - 1) AS rank
WITH totalNodes, totalEdges, keptNodes, rank, kept[rank].n AS a, kept[rank].degree AS degree
CALL (a, keptNodes) {
  MATCH (a)-[r:${AGGREGATED}]->(b:Actor)
  WHERE b IN keptNodes AND ${FILTERED}
  WITH a, r, b,
       CASE WHEN $from IS NULL AND $to IS NULL
         THEN r {.count, .firstSeen, .lastSeen, .meanScore}
         ELSE COLLECT {
           MATCH (s:Statement {relationId: r.id}) WHERE ${IN_RANGE}
           RETURN {count: count(s), firstSeen: min(s.date), lastSeen: max(s.date), meanScore: avg(s.score)} AS stats
         }[0]
       END AS stats
  WHERE stats.count >= $minCount
  RETURN collect({id: r.id, source: a.id, target: b.id, type: type(r), quadClass: r.quadClass, count: stats.count,
                  firstSeen: stats.firstSeen, lastSeen: stats.lastSeen, meanScore: round(stats.meanScore, 2)}) AS edges
}
RETURN a {.id, .name, .type, .countryCode, mentions: COUNT { (a)-[:MENTIONED_IN]->() }, degree: degree} AS node,
       edges, totalNodes, totalEdges
ORDER BY rank`,
  transform: (records, params) => graphOf(records, params.limit as number),
});
