// GET /api/analytics (the measures and their parameters) and GET /api/analytics/:measure?from&to&actor...
// (one measure over the evidenced graph of the period, parameters validated like a named query's).
import { MEASURES } from '../../../queries/analytics/measures.ts';
import { runAnalysis, type Analysis } from '../../../queries/analytics/run-analysis.ts';
import type { QueryParam } from '../../../queries/types.ts';
import type { RouteModule } from '../context.ts';

export type { Analysis as AnalysisResponse } from '../../../queries/analytics/run-analysis.ts';
export type { BalanceResult } from '../../../graph/analytics/balance.ts';
export type { BlocsResult, Bloc } from '../../../graph/analytics/blocs.ts';
export type { CentralityRow } from '../../../graph/analytics/centrality.ts';
export type { DyadResult } from '../../../graph/analytics/dyad.ts';
export type { PathsResult } from '../../../graph/analytics/paths.ts';

/** An entry of GET /api/analytics. */
export interface MeasureInfo {
  name: string;
  description: string;
  params: readonly QueryParam[];
}

export const analyticsRoutes: RouteModule = (app, { options }) => {
  app.get('/api/analytics', async (): Promise<{ measures: MeasureInfo[] }> => ({
    measures: MEASURES.map(({ name, description, params }) => ({ name, description, params })),
  }));

  app.get<{ Params: { measure: string } }>(
    '/api/analytics/:measure',
    async (request): Promise<Analysis> =>
      runAnalysis(options.db, request.params.measure, request.query, {
        timeoutMs: options.queryTimeoutMs,
        signal: request.clientGone,
      }),
  );
};
