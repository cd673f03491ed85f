// Derived measures of the loaded graph (PageRank, Louvain communities, parallel-edge curvature), kept apart from its data.
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { cjsDefault } from './cjs-default.ts';
import type { EntenteGraph } from './graph-data.ts';

const louvain = cjsDefault(louvainModule);
const pagerank = cjsDefault(pagerankModule);

export interface GraphMetrics {
  pagerank: Map<string, number>;
  maxPagerank: number;
  degree: Map<string, number>;
  maxDegree: number;
  community: Map<string, number>;
  communityCount: number;
  /** Curvature of edges that share their pair of actors with others; absent means straight. */
  curvature: Map<string, number>;
  maxCount: number;
}

/** Louvain and PageRank want a simple graph: one undirected edge per pair, weighted by evidence count. */
function simpleProjection(graph: EntenteGraph): UndirectedGraph<{ weight?: number }> {
  const simple = new UndirectedGraph<Record<string, never>, { weight?: number }>();
  graph.forEachNode((n) => simple.addNode(n));
  graph.forEachEdge((_e, attrs, source, target) => {
    if (source === target) return;
    simple.updateEdge(source, target, (a) => ({ weight: (a.weight ?? 0) + (attrs.count ?? 1) }));
  });
  return simple;
}

export function computeMetrics(graph: EntenteGraph): GraphMetrics {
  const simple = simpleProjection(graph);
  const pr = new Map<string, number>();
  const community = new Map<string, number>();
  if (simple.order > 0) {
    const ranks = simple.size > 0 ? pagerank(simple, { getEdgeWeight: 'weight' }) : {};
    simple.forEachNode((n) => pr.set(n, ranks[n] ?? 1 / simple.order));
    const communities = simple.size > 0 ? louvain(simple, { getEdgeWeight: 'weight' }) : {};
    let next = 0;
    const renumber = new Map<number, number>();
    simple.forEachNode((n) => {
      const c = communities[n];
      if (c === undefined) community.set(n, next++);
      else {
        if (!renumber.has(c)) renumber.set(c, next++);
        community.set(n, renumber.get(c)!);
      }
    });
  }
  const degree = new Map<string, number>();
  graph.forEachNode((n, a) =>
    degree.set(n, typeof a.degree === 'number' ? a.degree : graph.degree(n)),
  );

  const pairs = new Map<string, string[]>();
  let maxCount = 1;
  graph.forEachEdge((e, a, s, t) => {
    maxCount = Math.max(maxCount, a.count ?? 1);
    const key = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    const edges = pairs.get(key);
    if (edges) edges.push(e);
    else pairs.set(key, [e]);
  });
  const curvature = new Map<string, number>();
  for (const edges of pairs.values()) {
    if (edges.length < 2) continue;
    edges.forEach((e, i) => curvature.set(e, 0.15 + 0.2 * i));
  }
  return {
    pagerank: pr,
    maxPagerank: Math.max(0, ...pr.values()),
    degree,
    maxDegree: Math.max(0, ...degree.values()),
    community,
    communityCount: new Set(community.values()).size,
    curvature,
    maxCount,
  };
}
