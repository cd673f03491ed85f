// Centrality per actor: degree weighted by evidence, PageRank and betweenness (graphology-metrics), as a ranking.
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { cjsDefault } from './cjs-default.ts';
import { dyadGraph, type EvidenceGraph } from './evidence-graph.ts';

const pagerank = cjsDefault(pagerankModule);
const betweenness = cjsDefault(betweennessModule);

export interface CentralityRow {
  rank: number;
  id: string;
  name: string;
  type: string;
  /** Statements the actor is party to (either side). */
  degree: number;
  /** Distinct counterparts. */
  partners: number;
  pagerank: number;
  /** Normalised; over the pairs, each step costing 1 / its statements (more evidence, closer). */
  betweenness: number;
}

/** Actor → PageRank, following the statements' direction, weighted by their count. */
export function pagerankOf(graph: EvidenceGraph): Record<string, number> {
  const ranks: Record<string, number> =
    graph.size > 0 ? pagerank(graph, { getEdgeWeight: 'count' }) : {};
  graph.forEachNode((id) => (ranks[id] ??= 1 / graph.order));
  return ranks;
}

/** Every actor ranked by PageRank (ties: by degree, then id). PageRank follows the statements' direction,
 *  weighted by their count: an actor is central when central actors act on it. */
export function centrality(graph: EvidenceGraph): CentralityRow[] {
  if (graph.order === 0) return [];
  const ranks = pagerankOf(graph);
  const dyads = dyadGraph(graph);
  const between = betweenness(dyads, {
    getEdgeWeight: (_edge, attributes) => 1 / attributes.count,
    normalized: true,
  });
  const rows = graph.mapNodes((id, attributes) => {
    let degree = 0;
    graph.forEachEdge(id, (_edge, e) => (degree += e.count));
    return {
      rank: 0,
      id,
      name: attributes.name,
      type: attributes.type,
      degree,
      partners: dyads.degree(id),
      pagerank: ranks[id],
      betweenness: between[id] ?? 0,
    };
  });
  rows.sort((a, b) => b.pagerank - a.pagerank || b.degree - a.degree || a.id.localeCompare(b.id));
  rows.forEach((row, i) => (row.rank = i + 1));
  return rows;
}
