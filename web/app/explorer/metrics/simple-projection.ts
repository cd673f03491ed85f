// The explored multigraph as a simple weighted graph: one undirected edge per pair, weighted by evidence count.
import { UndirectedGraph } from 'graphology';
import type { EntenteGraph } from '../graph-data.ts';

export type SimpleGraph = UndirectedGraph<Record<string, never>, { weight?: number }>;

/** Louvain and PageRank want a simple graph; self-loops are dropped. */
export function simpleProjection(graph: EntenteGraph): SimpleGraph {
  const simple: SimpleGraph = new UndirectedGraph();
  graph.forEachNode((n) => simple.addNode(n));
  graph.forEachEdge((_e, attrs, source, target) => {
    if (source === target) return;
    simple.updateEdge(source, target, (a) => ({ weight: (a.weight ?? 0) + (attrs.count ?? 1) }));
  });
  return simple;
}
