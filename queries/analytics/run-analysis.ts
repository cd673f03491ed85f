// The one runner for the analytics: validate a measure's parameters, load the evidence graph for the period,
// run the measure. The CLI (`entente analyze`) and the API (`GET /api/analytics/:measure`) both call it.
import { blocs } from '../../graph/analytics/blocs.ts';
import { pagerankOf } from '../../graph/analytics/centrality.ts';
import { writeBackMeasures, type WriteBackResult } from '../../graph/analytics/write-back.ts';
import type { Database } from '../../graph/database.ts';
import { validateParams } from '../query-params.ts';
import type { RunQueryOptions } from '../run-query.ts';
import type { QueryParams } from '../types.ts';
import { loadEvidenceGraph, resolveActor, type GraphScope } from './load-evidence-graph.ts';
import { MEASURES, type Measure, type Table } from './measures.ts';

export interface Analysis {
  measure: string;
  params: QueryParams;
  /** The graph analysed: actors and pairs with at least one statement in the period. */
  graph: { actors: number; pairs: number };
  data: unknown;
  elapsedMs: number;
  /** Set when PageRank and blocs were stored on the actors. */
  writeBack?: WriteBackResult;
}

export interface AnalysisOptions extends RunQueryOptions {
  /** Also store PageRank and cooperation bloc of the analysed graph as actor properties. */
  writeBack?: boolean;
}

export class UnknownMeasureError extends Error {
  constructor(readonly measure: string) {
    super(`unknown measure "${measure}" (known: ${MEASURES.map((m) => m.name).join(', ')})`);
    this.name = 'UnknownMeasureError';
  }
}

export function findMeasure(name: string): Measure {
  const measure = MEASURES.find((m) => m.name === name);
  if (!measure) throw new UnknownMeasureError(name);
  return measure;
}

export async function runAnalysis(
  db: Database,
  name: string,
  rawParams: unknown = {},
  options: AnalysisOptions = {},
): Promise<Analysis> {
  const measure = findMeasure(name);
  const params = validateParams(measure, rawParams);
  const started = performance.now();
  const scope: GraphScope = {
    from: params.from as string | null,
    to: params.to as string | null,
    rollUp: params.rollUp as boolean,
  };
  const graph = await loadEvidenceGraph(db, scope, options);
  const data = measure.run(graph, params, (id) => resolveActor(graph, id, scope));
  const writeBack = options.writeBack
    ? await writeBackMeasures(db, graph, pagerankOf(graph), blocs(graph), scope)
    : undefined;
  return {
    ...(writeBack ? { writeBack } : {}),
    measure: measure.name,
    params,
    graph: { actors: graph.order, pairs: graph.size },
    data,
    elapsedMs: Math.round(performance.now() - started),
  };
}

export const analysisTables = (analysis: Analysis): Table[] =>
  findMeasure(analysis.measure).tables(analysis.data);
