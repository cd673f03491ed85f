// GET /api/analytics (the measures and their parameters) and GET /api/analytics/:measure?from&to&actor...
// (one measure over the evidenced graph of the period, parameters validated like a named query's). A large graph
// takes seconds (bench/analytics.ts), so the measures run on worker threads within `analyticsTimeoutMs` and the
// server keeps answering meanwhile; answers are cached per graph version and parameters, identical requests share
// one computation, and at most `heavyRequestsPerRoute` run at once. POST /api/analytics/write-back stores PageRank and
// bloc of a period on the actors (a write: token rules apply).
import { MeasurePool } from '../../../queries/analytics/measure-pool.ts';
import { MEASURES } from '../../../queries/analytics/measures.ts';
import {
  findMeasure,
  runAnalysis,
  runWriteBack,
  type Analysis,
  type WriteBackAnalysis,
} from '../../../queries/analytics/run-analysis.ts';
import { validateParams } from '../../../queries/query-params.ts';
import type { QueryParam } from '../../../queries/types.ts';
import type { RouteModule } from '../context.ts';
import { overviewCache, OverviewBusyError } from '../overview-cache.ts';
import { busy } from '../route-concurrency.ts';

export type {
  Analysis as AnalysisResponse,
  WriteBackAnalysis as WriteBackResponse,
} from '../../../queries/analytics/run-analysis.ts';
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

export interface AnalyticsInfo {
  measures: MeasureInfo[];
  /** Analyses on the measure threads now, and waiting for one. */
  computing: { running: number; queued: number };
}

export const analyticsRoutes: RouteModule = (app, { options }) => {
  const cache = overviewCache(options.db, { maxComputing: options.heavyRequestsPerRoute });
  const measures = new MeasurePool(options.heavyRequestsPerRoute);
  const pool = { measures, budgetMs: options.analyticsTimeoutMs };
  app.addHook('onClose', () => measures.close());

  app.get('/api/analytics', async (): Promise<AnalyticsInfo> => ({
    measures: MEASURES.map(({ name, description, params }) => ({ name, description, params })),
    computing: measures.load(),
  }));
  app.get<{ Params: { measure: string } }>(
    '/api/analytics/:measure',
    { config: { heavy: true } },
    async (request, reply): Promise<Analysis> => {
      const measure = findMeasure(request.params.measure);
      const params = validateParams(measure, request.query);
      // Shared by every request for the same answer, so no one client's departure cancels it.
      const { data, cache: state } = await cache
        .get(JSON.stringify([measure.name, params]), () =>
          runAnalysis(options.db, measure.name, params, {
            timeoutMs: options.queryTimeoutMs,
            pool,
          }),
        )
        .catch((error: unknown) => {
          if (error instanceof OverviewBusyError)
            throw busy(reply, `${error.computing} other analyses are being computed`);
          throw error;
        });
      reply.header('x-entente-cache', state);
      return data as Analysis;
    },
  );

  // Stores PageRank and bloc of the period on the actors (as `entente analyze --write-back` does): a write.
  app.post(
    '/api/analytics/write-back',
    { config: { privileged: true, heavy: true } },
    async (request): Promise<WriteBackAnalysis> =>
      runWriteBack(options.db, request.body ?? {}, { timeoutMs: options.queryTimeoutMs, pool }),
  );
};
