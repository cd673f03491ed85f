// Louvain communities over the evidence-weighted simple graph, numbered 0, 1, 2... in node order.
import louvainModule from 'graphology-communities-louvain';
import { cjsDefault } from '../cjs-default.ts';
import type { SimpleGraph } from './simple-projection.ts';

const louvain = cjsDefault(louvainModule);

/** Actor → community; an actor without edges is a community of its own. */
export function communitiesOf(simple: SimpleGraph): Map<string, number> {
  const found: Record<string, number> =
    simple.size > 0 ? louvain(simple, { getEdgeWeight: 'weight' }) : {};
  const out = new Map<string, number>();
  const renumber = new Map<number, number>();
  let next = 0;
  simple.forEachNode((n) => {
    const c = found[n];
    if (c === undefined) {
      out.set(n, next++);
      return;
    }
    if (!renumber.has(c)) renumber.set(c, next++);
    out.set(n, renumber.get(c)!);
  });
  return out;
}

export interface CommunitySummary {
  id: number;
  /** Named after its most central member (by PageRank): "Russia" for Russia's community. */
  name: string;
  size: number;
}

/** Communities, largest first, each named after its member with the highest PageRank. */
export function summariseCommunities(
  community: Map<string, number>,
  pagerank: Map<string, number>,
  labelOf: (node: string) => string,
): CommunitySummary[] {
  const best = new Map<number, { node: string; rank: number; size: number }>();
  for (const [node, c] of community) {
    const rank = pagerank.get(node) ?? 0;
    const b = best.get(c);
    if (!b) best.set(c, { node, rank, size: 1 });
    else {
      b.size++;
      if (rank > b.rank) Object.assign(b, { node, rank });
    }
  }
  return [...best]
    .map(([id, b]) => ({ id, name: labelOf(b.node), size: b.size }))
    .sort((x, y) => y.size - x.size || x.id - y.id);
}
