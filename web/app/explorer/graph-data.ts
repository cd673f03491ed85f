// The explored graph's data: a graphology multigraph filled from the API's graph JSON and query results.
import { MultiDirectedGraph } from 'graphology';
import { savedPosition } from './positions.ts';
import type { GraphEdgeAttributes, GraphJson, GraphNodeAttributes } from '../api/types.ts';

export type NodeAttributes = GraphNodeAttributes & { x: number; y: number; fixed?: boolean };
export type EdgeAttributes = GraphEdgeAttributes;
export interface GraphAttributes {
  truncated?: boolean;
  totalNodes?: number;
  limit?: number;
  [key: string]: unknown;
}
export type EntenteGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const createGraph = (): EntenteGraph =>
  new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();

/** A generator of numbers in [0, 1) seeded by an actor's id (FNV-1a, then mulberry32): the same actor starts in
 * the same place on every load, so the layout does not differ from one visit to the next. */
export function seededRandom(key: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Where a new node starts: its saved place, else beside a placed neighbour, else on a wide circle (seeded). */
function initialPosition(
  graph: EntenteGraph,
  key: string,
  neighbours: string[],
): { x: number; y: number; saved: boolean } {
  const saved = savedPosition(key);
  if (saved) return { ...saved, saved: true };
  const random = seededRandom(key);
  const jitter = () => (random() - 0.5) * 20;
  for (const n of neighbours) {
    if (graph.hasNode(n)) {
      const a = graph.getNodeAttributes(n);
      return { x: a.x + jitter(), y: a.y + jitter(), saved: false };
    }
  }
  const r = 50 + 10 * Math.sqrt(graph.order + 1);
  const angle = random() * Math.PI * 2;
  const distance = r * random();
  return {
    x: Math.cos(angle) * distance,
    y: Math.sin(angle) * distance,
    saved: false,
  };
}

export interface MergeResult {
  nodesAdded: string[];
  /** Added actors that had no saved position: the layout should run for them. */
  nodesPlaced: string[];
  edgesAdded: number;
}

/** Merges graph JSON from the API: new actors get a position, known ones keep theirs. */
export function mergeGraphJson(graph: EntenteGraph, json: GraphJson): MergeResult {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const e of json.edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const nodesAdded: string[] = [];
  const nodesPlaced: string[] = [];
  for (const n of json.nodes) {
    if (graph.hasNode(n.key)) {
      graph.mergeNodeAttributes(n.key, n.attributes);
    } else {
      const { x, y, saved } = initialPosition(graph, n.key, neighbours.get(n.key) ?? []);
      graph.addNode(n.key, { ...n.attributes, label: n.attributes.label ?? n.key, x, y });
      nodesAdded.push(n.key);
      if (!saved) nodesPlaced.push(n.key);
    }
  }
  let edgesAdded = 0;
  for (const e of json.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if (!graph.hasEdge(e.key)) edgesAdded++;
    graph.mergeEdgeWithKey(e.key, e.source, e.target, e.attributes);
  }
  if (json.attributes) graph.mergeAttributes(json.attributes);
  return { nodesAdded, nodesPlaced, edgesAdded };
}

/** Replaces the graph's content with graph JSON (keeping the instance sigma and the layout hold). */
export function replaceGraphJson(graph: EntenteGraph, json: GraphJson): MergeResult {
  const keep = new Set(json.nodes.map((n) => n.key));
  graph.forEachNode((n) => {
    if (!keep.has(n)) graph.dropNode(n);
  });
  graph.clearEdges();
  graph.replaceAttributes({});
  return mergeGraphJson(graph, json);
}
