// GET /api/graph and GET /api/path: the actor graph (filtered, in a period; cached per graph version) and shortest
// paths, as graphology JSON.
import graphOverview from '../../../queries/named/graph-overview.ts';
import shortestPath from '../../../queries/named/shortest-path.ts';
import { validateParams } from '../../../queries/query-params.ts';
import { runQuery } from '../../../queries/run-query.ts';
import { notFound } from '../api-error.ts';
import type { RouteModule } from '../context.ts';
import { OverviewBusyError } from '../overview-cache.ts';
import { busy } from '../route-concurrency.ts';

export const graphRoutes: RouteModule = (app, { options, overview }) => {
  const timeoutMs = options.queryTimeoutMs;

  // Not limited per request like the other heavy routes: identical requests share one computation, and the cache
  // bounds how many distinct ones run at once.
  app.get('/api/graph', async (request, reply) => {
    const params = validateParams(graphOverview, request.query);
    // Shared by every request for the same graph and parameters, so no one client's departure cancels it.
    const { data, hit } = await overview
      .get(JSON.stringify(params), async () => {
        const run = await runQuery(options.db, graphOverview, params, { timeoutMs });
        return run.data;
      })
      .catch((error: unknown) => {
        if (error instanceof OverviewBusyError)
          throw busy(reply, `${error.computing} other overviews are being computed`);
        throw error;
      });
    reply.header('x-entente-cache', hit ? 'hit' : 'miss');
    return data;
  });

  app.get('/api/path', { config: { heavy: true } }, async (request) => {
    const { data, params } = await runQuery(options.db, shortestPath, request.query, {
      timeoutMs,
      signal: request.clientGone,
    });
    if (!data) {
      const only = params.cooperativeOnly ? 'cooperative ' : '';
      throw notFound(
        `no path of ${only}relations between "${params.from}" and "${params.to}" within ${params.maxLength} steps (or an unknown actor)`,
      );
    }
    return data;
  });
};
