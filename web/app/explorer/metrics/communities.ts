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
