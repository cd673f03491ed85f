// PageRank of each actor over the evidence-weighted simple graph (graphology-metrics' own algorithm).
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { cjsDefault } from '../cjs-default.ts';
import type { SimpleGraph } from './simple-projection.ts';

const pagerank = cjsDefault(pagerankModule);

/** Actor → PageRank; without edges every actor gets an equal share. */
export function pagerankOf(simple: SimpleGraph): Map<string, number> {
  const ranks: Record<string, number> =
    simple.size > 0 ? pagerank(simple, { getEdgeWeight: 'weight' }) : {};
  const out = new Map<string, number>();
  simple.forEachNode((n) => out.set(n, ranks[n] ?? 1 / simple.order));
  return out;
}
