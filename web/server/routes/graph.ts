// GET /api/graph and GET /api/path: the actor graph (filtered, in a period; cached per graph version) and shortest
// paths, as graphology JSON.
import graphOverview from '../../../queries/named/graph-overview.ts';
import shortestPath from '../../../queries/named/shortest-path.ts';
import { validateParams } from '../../../queries/query-params.ts';
import { runQuery } from '../../../queries/run-query.ts';
import { AdmissionBusyError } from '../admission.ts';
import { notFound } from '../api-error.ts';
import type { RouteModule } from '../context.ts';
import { OverviewBusyError } from '../overview-cache.ts';
import { busy } from '../route-concurrency.ts';

/** The promise's value, or `timedOut` if it takes longer than `ms` (it goes on, and its answer is cached). */
function within<T>(promise: Promise<T>, ms: number, timedOut: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(timedOut), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export const graphRoutes: RouteModule = (app, { options, overview }) => {
  const timeoutMs = options.queryTimeoutMs;

  // Not limited per request like the other heavy routes, nor admitted per request: identical requests share one
  // computation (which takes one admission slot), and the cache bounds how many distinct ones run at once.
  app.get('/api/graph', { config: { admitted: false } }, async (request, reply) => {
    const params = validateParams(graphOverview, request.query);
    // Shared by every request for the same graph and parameters, so no one client's departure cancels it. The
    // answer is kept serialised: a cached overview is sent, not serialised again for every request.
    const answer = overview
      .get(JSON.stringify(params), async () => {
        const run = await runQuery(options.db, graphOverview, params, {
          timeoutMs: options.overviewTimeoutMs,
        });
        return JSON.stringify(run.data);
      })
      .catch((error: unknown) => {
        if (error instanceof OverviewBusyError)
          throw busy(reply, `${error.computing} other overviews are being computed`);
        if (error instanceof AdmissionBusyError)
          throw busy(reply, `the server is at capacity (${error.message})`);
        throw error;
      });
    const settled = await within(answer, options.queueWaitMs, null);
    if (!settled)
      throw busy(reply, `the overview is still being computed after ${options.queueWaitMs} ms`);
    reply.header('x-entente-cache', settled.hit ? 'hit' : 'miss');
    return reply.type('application/json; charset=utf-8').send(settled.data as string);
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
