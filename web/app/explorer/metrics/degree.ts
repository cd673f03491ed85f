// Each actor's degree: the server's count over the whole graph when it sent one, else the edges loaded here.
import type { EntenteGraph } from '../graph-data.ts';

export function degreeOf(graph: EntenteGraph): Map<string, number> {
  const out = new Map<string, number>();
  graph.forEachNode((n, a) =>
    out.set(n, typeof a.degree === 'number' ? a.degree : graph.degree(n)),
  );
  return out;
}
