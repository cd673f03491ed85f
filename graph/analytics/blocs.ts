// Blocs: Louvain communities over the cooperation graph, each named by its most central member, with modularity;
// and signed blocs, where conflict between two actors pushes them apart.
//
// Conflict edges are left out of the Louvain graph rather than weighted negatively: modularity (and Louvain) needs
// non-negative weights, and counted as ties, two states that fight each other often would look like one bloc.
// Conflict is used where it means something, in the signed blocs below.
import louvainModule from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import { pagerankOf } from './centrality.ts';
import { cjsDefault } from './cjs-default.ts';
import { dyadGraph, type EvidenceGraph } from './evidence-graph.ts';
import { seededRandom } from './seeded-random.ts';

const louvain = cjsDefault(louvainModule);

export interface Bloc {
  /** 1 for the bloc of the most central actor, and so on. */
  bloc: number;
  /** The name of its most central member (by PageRank over the whole evidence graph). */
  name: string;
  leader: string;
  members: { id: string; name: string; pagerank: number }[];
}

export interface BlocsResult {
  /** Louvain over cooperative statements; actors without any cooperation are blocs of one. */
  cooperation: { modularity: number; blocs: Bloc[] };
  /** Signed: each actor joins the bloc it has the highest net score with (never a net-negative one). */
  signed: { frustration: number; blocs: Bloc[] };
}

type Partition = Map<string, number>;

/** Blocs from a partition, numbered from 1. */
function namedBlocs(
  partition: Partition,
  ranks: Map<string, { name: string; pagerank: number }>,
): Bloc[] {
  const groups = new Map<number, string[]>();
  for (const [id, community] of partition) {
    const group = groups.get(community) ?? [];
    group.push(id);
    groups.set(community, group);
  }
  const blocs = [...groups.values()].map((ids) => {
    const members = ids
      .map((id) => ({ id, name: ranks.get(id)!.name, pagerank: ranks.get(id)!.pagerank }))
      .sort((a, b) => b.pagerank - a.pagerank || a.id.localeCompare(b.id));
    return { bloc: 0, name: members[0].name, leader: members[0].id, members };
  });
  // Blocs of several actors first, each group by its leader's PageRank.
  blocs.sort(
    (a, b) =>
      Number(b.members.length > 1) - Number(a.members.length > 1) ||
      b.members[0].pagerank - a.members[0].pagerank ||
      b.members.length - a.members.length ||
      a.leader.localeCompare(b.leader),
  );
  blocs.forEach((b, i) => (b.bloc = i + 1));
  return blocs;
}

function cooperationPartition(graph: EvidenceGraph): { partition: Partition; modularity: number } {
  const dyads = dyadGraph(graph);
  const cooperation = new UndirectedGraph<object, { weight: number }>();
  dyads.forEachNode((id) => cooperation.addNode(id));
  dyads.forEachEdge((_edge, e, a, b) => {
    if (e.cooperation > 0) cooperation.addUndirectedEdge(a, b, { weight: e.cooperation });
  });
  const partition: Partition = new Map();
  if (cooperation.size === 0) {
    cooperation.forEachNode((id, _a) => partition.set(id, partition.size));
    return { partition, modularity: 0 };
  }
  // A fixed seed: the same graph always gives the same blocs.
  const result = louvain.detailed(cooperation, { getEdgeWeight: 'weight', rng: seededRandom(1) });
  cooperation.forEachNode((id) => partition.set(id, result.communities[id]));
  return { partition, modularity: result.modularity };
}

/** Net score between each pair (both directions), the signed weight: cooperation pulls, conflict pushes. */
function signedWeights(graph: EvidenceGraph): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  dyadGraph(graph).forEachEdge((_edge, e, a, b) => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      const row = out.get(x) ?? new Map<string, number>();
      row.set(y, e.scoreSum);
      out.set(x, row);
    }
  });
  return out;
}

/** Frustration of a signed partition: |negative weight| inside blocs plus positive weight between them. */
function frustration(weights: Map<string, Map<string, number>>, partition: Partition): number {
  let total = 0;
  for (const [a, row] of weights)
    for (const [b, w] of row) {
      if (a >= b) continue;
      const together = partition.get(a) === partition.get(b);
      if (together && w < 0) total -= w;
      if (!together && w > 0) total += w;
    }
  return Math.round(total * 100) / 100;
}

/** Local moves from the cooperation blocs: an actor moves to the bloc it has the highest net score with, or
 *  leaves for a bloc of its own when its net score with every bloc, its own included, is negative. Each move
 *  lowers the frustration, so the loop ends. */
function signedPartition(graph: EvidenceGraph, start: Partition): Partition {
  const weights = signedWeights(graph);
  const partition = new Map(start);
  let next = Math.max(-1, ...partition.values()) + 1;
  const ids = [...partition.keys()].sort();
  for (let pass = 0; pass < 50; pass++) {
    let moved = false;
    for (const id of ids) {
      const pull = new Map<number, number>();
      for (const [other, w] of weights.get(id) ?? [])
        pull.set(partition.get(other)!, (pull.get(partition.get(other)!) ?? 0) + w);
      const own = partition.get(id)!;
      const stay = pull.get(own) ?? 0;
      let best = own;
      let bestPull = stay;
      for (const [community, w] of [...pull].sort((x, y) => x[0] - y[0]))
        if (w > bestPull + 1e-9) [best, bestPull] = [community, w];
      // Negative with every bloc (its own included; alone, its pull is 0): a bloc of its own.
      if (bestPull < -1e-9) best = next++;
      if (best !== own) {
        partition.set(id, best);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return partition;
}

export function blocs(graph: EvidenceGraph): BlocsResult {
  const pagerank = pagerankOf(graph);
  const ranks = new Map(
    graph.mapNodes((id, a) => [id, { name: a.name, pagerank: pagerank[id] }] as const),
  );
  const { partition, modularity } = cooperationPartition(graph);
  const signed = signedPartition(graph, partition);
  return {
    cooperation: {
      modularity: Math.round(modularity * 1e4) / 1e4,
      blocs: namedBlocs(partition, ranks),
    },
    signed: {
      frustration: frustration(signedWeights(graph), signed),
      blocs: namedBlocs(signed, ranks),
    },
  };
}

/** Actor id → bloc number in a list of blocs. */
export function blocOf(list: Bloc[]): Map<string, number> {
  return new Map(list.flatMap((b) => b.members.map((m) => [m.id, b.bloc] as const)));
}
