// One analysis computed from the loaded rows (pure, CPU only): build the evidence graph, run the measure, and for a
// write-back the PageRank and blocs to store. Runs on a measure thread for the API, inline for the CLI.
import { blocs } from '../../graph/analytics/blocs.ts';
import { pagerankOf } from '../../graph/analytics/centrality.ts';
import { buildEvidenceGraph } from '../../graph/analytics/evidence-graph.ts';
import { writeBackRows, type WriteBackRow } from '../../graph/analytics/write-back.ts';
import type { AnalyticsGraphRows } from '../named/analytics-graph.ts';
import type { QueryParams } from '../types.ts';
import { findMeasure } from './measures.ts';
import { resolveActor, type GraphScope } from './resolve-actor.ts';

export interface AnalysisJob {
  /** null: only the write-back rows. */
  measure: string | null;
  /** Validated already. */
  params: QueryParams;
  scope: GraphScope;
  rows: AnalyticsGraphRows;
  writeBack: boolean;
}

export interface AnalysisOutcome {
  graph: { actors: number; pairs: number };
  data: unknown;
  writeBack?: WriteBackRow[];
}

export function computeAnalysis(job: AnalysisJob): AnalysisOutcome {
  const graph = buildEvidenceGraph(job.rows.actors, job.rows.evidence, {
    rollUp: job.scope.rollUp,
  });
  const data = job.measure
    ? findMeasure(job.measure).run(graph, job.params, (id) => resolveActor(graph, id, job.scope))
    : null;
  return {
    graph: { actors: graph.order, pairs: graph.size },
    data,
    ...(job.writeBack ? { writeBack: writeBackRows(graph, pagerankOf(graph), blocs(graph)) } : {}),
  };
}
