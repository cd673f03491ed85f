// Paths between two actors: the shortest (graphology-shortest-path) and the simple paths at most `slack` steps
// longer, over all pairs or cooperative pairs only; the period is the loaded graph's. graphology-simple-path lists
// every simple path with no bound on their number, which explodes around hubs on a large graph; the search here goes
// length by length, visits only actors that can still reach the target in time (distances from
// graphology-shortest-path) and stops after MAX_ENUMERATED paths.
import { UndirectedGraph } from 'graphology';
import {
  bidirectional,
  undirectedSingleSourceLength,
} from 'graphology-shortest-path/unweighted.js';
import {
  dyadGraph,
  type ActorAttributes,
  type EvidenceAttributes,
  type EvidenceGraph,
} from './evidence-graph.ts';

export interface PathOptions {
  from: string;
  to: string;
  /** Only pairs with at least one cooperative statement. */
  cooperativeOnly: boolean;
  /** Extra steps beyond the shortest for the other short paths (0: only the shortest ones). */
  slack: number;
  /** Longest path considered. */
  maxLength: number;
  /** Most paths listed. */
  limit: number;
}

export interface PathStep {
  from: string;
  to: string;
  statements: number;
  cooperation: number;
  conflict: number;
  netScore: number;
}

export interface ActorPath {
  length: number;
  actors: { id: string; name: string; type: string }[];
  steps: PathStep[];
  /** Least statements behind any step: how well evidenced the chain is at its weakest. */
  weakest: number;
}

export interface PathsResult {
  from: string;
  to: string;
  cooperativeOnly: boolean;
  /** Length of the shortest path, null when there is none within maxLength. */
  shortest: number | null;
  paths: ActorPath[];
  /** More paths matched than `limit`. */
  truncated: boolean;
}

type Dyads = UndirectedGraph<ActorAttributes, EvidenceAttributes>;

function pathOf(dyads: Dyads, nodes: string[]): ActorPath {
  const steps = nodes.slice(1).map((to, i) => {
    const from = nodes[i];
    const e = dyads.getEdgeAttributes(dyads.edge(from, to)!);
    return {
      from,
      to,
      statements: e.count,
      cooperation: e.cooperation,
      conflict: e.conflict,
      netScore: Math.round(e.scoreSum * 100) / 100,
    };
  });
  return {
    length: steps.length,
    actors: nodes.map((id) => {
      const a = dyads.getNodeAttributes(id);
      return { id, name: a.name, type: a.type };
    }),
    steps,
    weakest: Math.min(...steps.map((s) => s.statements)),
  };
}

/** Most simple paths enumerated before the search stops (the answer then says truncated). */
export const MAX_ENUMERATED = 10_000;

/** Simple paths from `from` to `to` of at most `depth` steps, shortest first: one depth-first search per length,
 *  pruned by the distance to `to`, so every path of a length is found before any longer one. */
function boundedSimplePaths(
  dyads: Dyads,
  from: string,
  to: string,
  depth: number,
): { paths: string[][]; complete: boolean } {
  const toTarget = undirectedSingleSourceLength(dyads, to);
  const out: string[][] = [];
  const path = [from];
  const onPath = new Set(path);
  let complete = true;
  const walk = (node: string, length: number): void => {
    if (!complete) return;
    if (node === to) {
      if (path.length - 1 < length) return;
      if (out.length >= MAX_ENUMERATED) complete = false;
      else out.push([...path]);
      return;
    }
    const left = length - (path.length - 1);
    for (const next of dyads.neighbors(node)) {
      if (onPath.has(next) || (toTarget[next] ?? Infinity) > left - 1) continue;
      path.push(next);
      onPath.add(next);
      walk(next, length);
      onPath.delete(next);
      path.pop();
    }
  };
  for (let length = toTarget[from] ?? Infinity; length <= depth && complete; length++)
    walk(from, length);
  return { paths: out, complete };
}

export function paths(graph: EvidenceGraph, options: PathOptions): PathsResult {
  const all = dyadGraph(graph);
  const dyads: Dyads = options.cooperativeOnly ? all.copy() : all;
  if (options.cooperativeOnly)
    dyads.filterEdges((_e, a) => a.cooperation === 0).forEach((e) => dyads.dropEdge(e));
  const empty: PathsResult = {
    from: options.from,
    to: options.to,
    cooperativeOnly: options.cooperativeOnly,
    shortest: null,
    paths: [],
    truncated: false,
  };
  if (!dyads.hasNode(options.from) || !dyads.hasNode(options.to) || options.from === options.to)
    return empty;
  const shortest = bidirectional(dyads, options.from, options.to);
  if (!shortest || shortest.length - 1 > options.maxLength) return empty;
  const depth = Math.min(options.maxLength, shortest.length - 1 + options.slack);
  const { paths: nodePaths, complete } = boundedSimplePaths(dyads, options.from, options.to, depth);
  const found = nodePaths.map((nodes) => pathOf(dyads, nodes));
  // Shortest first, then the best evidenced.
  found.sort(
    (a, b) =>
      a.length - b.length ||
      b.weakest - a.weakest ||
      a.actors
        .map((x) => x.id)
        .join('|')
        .localeCompare(b.actors.map((x) => x.id).join('|')),
  );
  return {
    ...empty,
    shortest: shortest.length - 1,
    paths: found.slice(0, options.limit),
    truncated: !complete || found.length > options.limit,
  };
}
