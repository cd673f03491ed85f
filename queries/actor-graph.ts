// Actor rows and relation rows to graphology's serialised graph, keeping the most important nodes past a limit.
import type { QuadClass } from '../ingest/types.ts';

export interface ActorNodeRow {
  id: string;
  name: string;
  type: string;
  countryCode: string | null;
  mentions: number;
  /** Hops from the actor a neighbourhood grew from; nearer nodes are kept first. */
  distance?: number | null;
}

export interface RelationEdgeRow {
  id: string;
  source: string;
  target: string;
  type: string;
  quadClass: QuadClass | null;
  count: number;
  firstSeen: string | null;
  lastSeen: string | null;
  meanScore: number | null;
}

export interface ActorNodeAttributes {
  label: string;
  type: string;
  countryCode: string | null;
  /** Relations in this graph and mentions in articles: set by /api/graph and neighbourhoods, not the console. */
  degree?: number;
  mentions?: number;
  distance?: number;
}

export type RelationEdgeAttributes = Omit<RelationEdgeRow, 'id' | 'source' | 'target'>;

/** An actor graph as graphology serialises it: what the explorer merges, from the API or the console. */
export interface GraphJson {
  attributes?: { truncated: boolean; totalNodes: number; totalEdges: number; limit: number };
  options?: { type: 'directed'; multi: true; allowSelfLoops: false };
  nodes: { key: string; attributes: ActorNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: RelationEdgeAttributes }[];
}

/** What actorGraph() builds: the graph's attributes and options always set. */
export type ActorGraphJson = GraphJson & Required<Pick<GraphJson, 'attributes' | 'options'>>;

export interface ActorGraphOptions {
  limit: number;
  /** Node ids kept whatever the limit (a neighbourhood's centre, a path's actors). */
  keep?: readonly string[];
}

export function actorGraph(
  nodeRows: readonly ActorNodeRow[],
  edgeRows: readonly RelationEdgeRow[],
  options: ActorGraphOptions,
): ActorGraphJson {
  const nodes = new Map(nodeRows.map((n) => [n.id, n]));
  const edges = edgeRows.filter(
    (e) => e.source !== e.target && nodes.has(e.source) && nodes.has(e.target),
  );
  const degree = new Map<string, number>();
  const weight = new Map<string, number>();
  for (const e of edges) {
    for (const id of [e.source, e.target]) {
      degree.set(id, (degree.get(id) ?? 0) + 1);
      weight.set(id, (weight.get(id) ?? 0) + e.count);
    }
  }
  const keep = new Set(options.keep ?? []);
  const importance = (n: ActorNodeRow) => (weight.get(n.id) ?? 0) + (n.mentions ?? 0);
  const ranked = [...nodes.values()].sort(
    (a, b) =>
      Number(keep.has(b.id)) - Number(keep.has(a.id)) ||
      (a.distance ?? 0) - (b.distance ?? 0) ||
      importance(b) - importance(a) ||
      byId(a, b),
  );
  const kept = ranked.slice(0, Math.max(options.limit, keep.size));
  const keptIds = new Set(kept.map((n) => n.id));
  return {
    attributes: {
      truncated: kept.length < ranked.length,
      totalNodes: ranked.length,
      totalEdges: edges.length,
      limit: options.limit,
    },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: kept.map((n) => nodeEntry(n, degree.get(n.id) ?? 0)),
    // In id order: the same relations give the same JSON whatever order the database returned them in (the
    // explorer's layout iterates over them in this order, and a settled layout should not depend on it).
    edges: edges
      .filter((e) => keptIds.has(e.source) && keptIds.has(e.target))
      .sort(byId)
      .map(edgeEntry),
  };
}

/** Ties in importance go by id in code-unit order: the order Cypher's ORDER BY gives, so a ranking done in the
 * database (graph-overview) keeps the same actors as one done here. */
export const byId = (a: { id: string }, b: { id: string }) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** One actor as a graphology node entry; `degree` counts its relations in the graph it belongs to. */
export function nodeEntry(n: ActorNodeRow, degree: number): GraphJson['nodes'][number] {
  return {
    key: n.id,
    attributes: {
      label: n.name,
      type: n.type,
      countryCode: n.countryCode ?? null,
      degree,
      mentions: n.mentions ?? 0,
      ...(n.distance === undefined || n.distance === null ? {} : { distance: n.distance }),
    },
  };
}

/** One relation as a graphology edge entry. */
export function edgeEntry({
  id,
  source,
  target,
  ...attributes
}: RelationEdgeRow): GraphJson['edges'][number] {
  return { key: id, source, target, attributes };
}
