// Loads the evidence for a period through the `analytics-graph` named query: the rows, or the graph built from them.
import type { Database } from '../../graph/database.ts';
import { buildEvidenceGraph, type EvidenceGraph } from '../../graph/analytics/evidence-graph.ts';
import analyticsGraph, { type AnalyticsGraphRows } from '../named/analytics-graph.ts';
import { runQuery, type RunQueryOptions } from '../run-query.ts';
import type { GraphScope } from './resolve-actor.ts';

export { resolveActor, UnknownActorError, type GraphScope } from './resolve-actor.ts';

export async function loadEvidenceRows(
  db: Database,
  scope: GraphScope,
  options: RunQueryOptions = {},
): Promise<AnalyticsGraphRows> {
  const { data } = await runQuery(db, analyticsGraph, { from: scope.from, to: scope.to }, options);
  return data;
}

export async function loadEvidenceGraph(
  db: Database,
  scope: GraphScope,
  options: RunQueryOptions = {},
): Promise<EvidenceGraph> {
  const rows = await loadEvidenceRows(db, scope, options);
  return buildEvidenceGraph(rows.actors, rows.evidence, { rollUp: scope.rollUp });
}
