// The one runner for the analytics: validate a measure's parameters, load the evidence for the period, compute the
// measure (on a measure thread when given a pool, else inline), and store PageRank and blocs when asked. The CLI
// (`entente analyze`) and the API (`/api/analytics`) both call it.
import { writeBackMeasures, type WriteBackResult } from '../../graph/analytics/write-back.ts';
import type { Database } from '../../graph/database.ts';
import { validateParams } from '../query-params.ts';
import type { RunQueryOptions } from '../run-query.ts';
import type { QueryParams } from '../types.ts';
import { computeAnalysis, type AnalysisJob } from './compute-analysis.ts';
import { loadEvidenceRows } from './load-evidence-graph.ts';
import type { MeasurePool } from './measure-pool.ts';
import { findMeasure, WRITE_BACK_PARAMS, type Table } from './measures.ts';
import type { GraphScope } from './resolve-actor.ts';

export { findMeasure, UnknownMeasureError } from './measures.ts';

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
  /** Compute on these measure threads, within `budgetMs` (else in this thread, unbounded). */
  pool?: { measures: MeasurePool; budgetMs: number };
}

export async function runAnalysis(
  db: Database,
  name: string,
  rawParams: unknown = {},
  options: AnalysisOptions = {},
): Promise<Analysis> {
  const measure = findMeasure(name);
  const params = validateParams(measure, rawParams);
  const { outcome, writeBack, elapsedMs } = await analyse(db, measure.name, params, options);
  return {
    ...(writeBack ? { writeBack } : {}),
    measure: measure.name,
    params,
    graph: outcome.graph,
    data: outcome.data,
    elapsedMs,
  };
}

/** What a write-back alone reports. */
export interface WriteBackAnalysis {
  params: QueryParams;
  graph: { actors: number; pairs: number };
  writeBack: WriteBackResult;
  elapsedMs: number;
}

/** Stores PageRank and cooperation bloc of the period's graph on the actors, computing no other measure. */
export async function runWriteBack(
  db: Database,
  rawParams: unknown = {},
  options: Omit<AnalysisOptions, 'writeBack'> = {},
): Promise<WriteBackAnalysis> {
  const params = validateParams(WRITE_BACK_PARAMS, rawParams);
  const { outcome, writeBack, elapsedMs } = await analyse(db, null, params, {
    ...options,
    writeBack: true,
  });
  return { params, graph: outcome.graph, writeBack: writeBack!, elapsedMs };
}

async function analyse(
  db: Database,
  measure: string | null,
  params: QueryParams,
  options: AnalysisOptions,
) {
  const started = performance.now();
  const scope: GraphScope = {
    from: params.from as string | null,
    to: params.to as string | null,
    rollUp: params.rollUp as boolean,
  };
  const job: AnalysisJob = {
    measure,
    params,
    scope,
    rows: await loadEvidenceRows(db, scope, options),
    writeBack: Boolean(options.writeBack),
  };
  const outcome = options.pool
    ? await options.pool.measures.run(job, options.pool.budgetMs)
    : computeAnalysis(job);
  const writeBack = outcome.writeBack
    ? await writeBackMeasures(db, outcome.writeBack, scope)
    : undefined;
  return { outcome, writeBack, elapsedMs: Math.round(performance.now() - started) };
}

export const analysisTables = (analysis: Analysis): Table[] =>
  findMeasure(analysis.measure).tables(analysis.data);
