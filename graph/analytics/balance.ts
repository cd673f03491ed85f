// Structural balance: an actor's partners and adversaries by net score, and the triangles of the signed graph
// (a pair is positive when its statements' scores sum above zero). A triangle is balanced when the product of its
// signs is positive ("the enemy of my enemy is my friend"); unbalanced otherwise ("the friend of my enemy").
import { dyadGraph, type EvidenceGraph } from './evidence-graph.ts';

export interface Counterpart {
  id: string;
  name: string;
  type: string;
  netScore: number;
  statements: number;
  cooperation: number;
  conflict: number;
}

export interface Triangle {
  actors: [string, string, string];
  names: [string, string, string];
  /** Net scores of the pairs (0,1), (1,2), (0,2). */
  netScores: [number, number, number];
  balanced: boolean;
  /** Positive pairs: 3 or 1 balanced, 2 or 0 unbalanced. */
  positive: number;
}

export interface BalanceResult {
  actor: string | null;
  partners: Counterpart[];
  adversaries: Counterpart[];
  triangles: { balanced: number; unbalanced: number; list: Triangle[]; truncated: boolean };
}

export interface BalanceOptions {
  /** Counterparts and triangles of this actor; null: triangles over the whole graph, no counterparts. */
  actor: string | null;
  /** Only unbalanced triangles listed (all are counted). */
  unbalancedOnly: boolean;
  limit: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function balance(graph: EvidenceGraph, options: BalanceOptions): BalanceResult {
  const dyads = dyadGraph(graph);
  const net = (x: string, y: string) => dyads.getEdgeAttribute(dyads.edge(x, y)!, 'scoreSum');
  const counterparts: Counterpart[] = [];
  if (options.actor && dyads.hasNode(options.actor)) {
    dyads.forEachEdge(options.actor, (_edge, e, s, t) => {
      const id = s === options.actor ? t : s;
      const other = dyads.getNodeAttributes(id);
      counterparts.push({
        id,
        name: other.name,
        type: other.type,
        netScore: round(e.scoreSum),
        statements: e.count,
        cooperation: e.cooperation,
        conflict: e.conflict,
      });
    });
  }
  const partners = counterparts
    .filter((c) => c.netScore > 0)
    .sort((x, y) => y.netScore - x.netScore || x.id.localeCompare(y.id));
  const adversaries = counterparts
    .filter((c) => c.netScore < 0)
    .sort((x, y) => x.netScore - y.netScore || x.id.localeCompare(y.id));

  // Each triangle once: its corners in id order, over signed pairs only (a net score of 0 has no sign).
  const signed = (x: string, y: string) => dyads.hasEdge(x, y) && net(x, y) !== 0;
  const list: Triangle[] = [];
  let balanced = 0;
  let unbalanced = 0;
  const corners = options.actor
    ? dyads.hasNode(options.actor)
      ? [options.actor]
      : []
    : dyads.nodes();
  const seen = new Set<string>();
  for (const a of corners) {
    const around = dyads
      .neighbors(a)
      .filter((n) => signed(a, n))
      .sort();
    for (let i = 0; i < around.length; i++)
      for (let j = i + 1; j < around.length; j++) {
        const [b, c] = [around[i], around[j]];
        if (!signed(b, c)) continue;
        const ids = [a, b, c].sort() as [string, string, string];
        const key = ids.join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        const scores: [number, number, number] = [
          net(ids[0], ids[1]),
          net(ids[1], ids[2]),
          net(ids[0], ids[2]),
        ];
        const positive = scores.filter((s) => s > 0).length;
        const isBalanced = positive % 2 === 1;
        if (isBalanced) balanced++;
        else unbalanced++;
        if (!isBalanced || !options.unbalancedOnly)
          list.push({
            actors: ids,
            names: ids.map((id) => dyads.getNodeAttribute(id, 'name')) as [string, string, string],
            netScores: scores.map(round) as [number, number, number],
            balanced: isBalanced,
            positive,
          });
      }
  }
  // The most evidenced tension first: by the smallest absolute net score among the three pairs.
  const strength = (t: Triangle) => Math.min(...t.netScores.map(Math.abs));
  list.sort(
    (x, y) => strength(y) - strength(x) || x.actors.join('|').localeCompare(y.actors.join('|')),
  );
  return {
    actor: options.actor,
    partners,
    adversaries,
    triangles: {
      balanced,
      unbalanced,
      list: list.slice(0, options.limit),
      truncated: list.length > options.limit,
    },
  };
}
