// Paths between two actors: the shortest (graphology-shortest-path) and every simple path at most `slack` steps
// longer (graphology-simple-path), over all pairs or cooperative pairs only; the period is the loaded graph's.
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { allSimplePaths } from 'graphology-simple-path';
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
  const found = allSimplePaths(dyads, options.from, options.to, { maxDepth: depth }).map((nodes) =>
    pathOf(dyads, nodes),
  );
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
    truncated: found.length > options.limit,
  };
}
