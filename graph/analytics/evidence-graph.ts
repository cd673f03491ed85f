// The evidenced graph the measures run on, built from the rows of the `analytics-graph` named query (pure):
// one directed edge per ordered pair of actors, carrying its statement counts per quad class and per month.
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { QUAD_CLASSES, type QuadClass } from '../../ingest/ontology/vocabulary.ts';
import { rollUpMap, type ActorRow } from './roll-up.ts';

export type { ActorRow } from './roll-up.ts';

/** Statements from `source` to `target` of one quad class in one month (`period` null: undated). */
export interface EvidenceRow {
  source: string;
  target: string;
  quadClass: QuadClass;
  period: string | null;
  count: number;
  scoreSum: number;
}

export type QuadCounts = Record<QuadClass, number>;

export interface PeriodEvidence {
  quad: QuadCounts;
  count: number;
  scoreSum: number;
}

export interface ActorAttributes {
  name: string;
  type: string;
  countryCode: string | null;
  /** The actors whose statements count for this one (itself first) when persons and bodies are rolled up. */
  members: string[];
}

export interface EvidenceAttributes {
  count: number;
  /** Sum of the statements' scores (Goldstein-style): the net score of the pair in this direction. */
  scoreSum: number;
  quad: QuadCounts;
  cooperation: number;
  conflict: number;
  /** Month (YYYY-MM) → evidence; undated statements under ''. */
  periods: Record<string, PeriodEvidence>;
}

export type EvidenceGraph = DirectedGraph<ActorAttributes, EvidenceAttributes>;
export type DyadGraph = UndirectedGraph<ActorAttributes, EvidenceAttributes>;

export const COOPERATIVE: readonly QuadClass[] = ['VERBAL_COOPERATION', 'MATERIAL_COOPERATION'];

export const emptyQuad = (): QuadCounts =>
  Object.fromEntries(QUAD_CLASSES.map((q) => [q, 0])) as QuadCounts;

const emptyEvidence = (): EvidenceAttributes => ({
  count: 0,
  scoreSum: 0,
  quad: emptyQuad(),
  cooperation: 0,
  conflict: 0,
  periods: {},
});

function period(into: EvidenceAttributes, key: string): PeriodEvidence {
  return (into.periods[key] ??= { quad: emptyQuad(), count: 0, scoreSum: 0 });
}

function addCounts(
  into: EvidenceAttributes,
  quadClass: QuadClass,
  key: string,
  count: number,
): void {
  into.count += count;
  into.quad[quadClass] += count;
  if (COOPERATIVE.includes(quadClass)) into.cooperation += count;
  else into.conflict += count;
  const p = period(into, key);
  p.quad[quadClass] += count;
  p.count += count;
}

function addScore(into: EvidenceAttributes, key: string, scoreSum: number): void {
  into.scoreSum += scoreSum;
  period(into, key).scoreSum += scoreSum;
}

function mergeEvidence(into: EvidenceAttributes, from: EvidenceAttributes): void {
  for (const [key, p] of Object.entries(from.periods)) {
    for (const q of QUAD_CLASSES) if (p.quad[q] > 0) addCounts(into, q, key, p.quad[q]);
    addScore(into, key, p.scoreSum);
  }
}

export interface BuildOptions {
  /** Persons and government bodies count for the state or body they lead or belong to. */
  rollUp: boolean;
}

/** The evidence graph: actors with at least one statement, one edge per ordered pair; self-pairs dropped. */
export function buildEvidenceGraph(
  actors: ActorRow[],
  evidence: EvidenceRow[],
  options: BuildOptions,
): EvidenceGraph {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const representative = options.rollUp ? rollUpMap(actors) : new Map<string, string>();
  const rep = (id: string) => representative.get(id) ?? id;
  const graph: EvidenceGraph = new DirectedGraph();
  const ensureNode = (id: string) => {
    if (graph.hasNode(id)) return;
    const a = byId.get(id);
    graph.addNode(id, {
      name: a?.name ?? id,
      type: a?.type ?? 'Unknown',
      countryCode: a?.countryCode ?? null,
      members: [id],
    });
  };
  for (const row of evidence) {
    const source = rep(row.source);
    const target = rep(row.target);
    if (source === target) continue;
    ensureNode(source);
    ensureNode(target);
    for (const [original, kept] of [
      [row.source, source],
      [row.target, target],
    ]) {
      const members = graph.getNodeAttribute(kept, 'members');
      if (!members.includes(original)) members.push(original);
    }
    const key = `${source}->${target}`;
    if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, source, target, emptyEvidence());
    const edge = graph.getEdgeAttributes(key);
    addCounts(edge, row.quadClass, row.period ?? '', row.count);
    addScore(edge, row.period ?? '', row.scoreSum);
  }
  return graph;
}

/** Both directions of each pair merged: what blocs, paths and balance read. */
export function dyadGraph(graph: EvidenceGraph): DyadGraph {
  const dyads: DyadGraph = new UndirectedGraph();
  graph.forEachNode((node, attributes) => dyads.addNode(node, { ...attributes }));
  graph.forEachEdge((_edge, attributes, source, target) => {
    const [a, b] = source < target ? [source, target] : [target, source];
    const key = `${a}--${b}`;
    if (!dyads.hasEdge(key)) dyads.addUndirectedEdgeWithKey(key, a, b, emptyEvidence());
    mergeEvidence(dyads.getEdgeAttributes(key), attributes);
  });
  return dyads;
}
