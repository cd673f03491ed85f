// GET /api/graph and GET /api/path: the actor graph (filtered, in a period; cached per graph version, at most
// `overviewMaxStaleMs` behind it) and shortest paths, as graphology JSON.
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

/** `Cache-Control: no-cache`, or `max-age=0` (what fetch's `cache: 'no-cache'` sends): the graph as it is now. */
function asksForFresh(cacheControl: string | undefined): boolean {
  return /(?:^|,)\s*(?:no-cache|max-age=0)\s*(?:,|$)/i.test(cacheControl ?? '');
}

export const graphRoutes: RouteModule = (app, { options, overview }) => {
  const timeoutMs = options.queryTimeoutMs;

  // Not limited per request like the other heavy routes, nor admitted per request: identical requests share one
  // computation (which takes one admission slot), and the cache bounds how many distinct ones run at once.
  app.get('/api/graph', { config: { admitted: false } }, async (request, reply) => {
    const params = validateParams(graphOverview, request.query);
    const key = JSON.stringify(params);
    const fresh = asksForFresh(request.headers['cache-control']);
    // Shared by every request for the same graph and parameters, so no one client's departure cancels it. The
    // answer is kept serialised: a cached overview is sent, not serialised again for every request.
    let refused: string | null = null;
    const answer = overview
      .get(
        key,
        async () => {
          const run = await runQuery(options.db, graphOverview, params, {
            timeoutMs: options.overviewTimeoutMs,
          });
          return JSON.stringify(run.data);
        },
        { fresh },
      )
      .catch((error: unknown) => {
        if (error instanceof OverviewBusyError)
          refused = `${error.computing} other overviews are being computed`;
        else if (error instanceof AdmissionBusyError)
          refused = `the server is at capacity (${error.message})`;
        else throw error;
        return null;
      });
    // Past the bound a request waits for a current overview at most queueWaitMs; then (or at once if none can be
    // computed now) it gets the last one, marked stale, rather than a refusal, unless it asked for a current one.
    const computed = await within(answer, options.queueWaitMs, null);
    const settled = computed ?? (fresh ? null : overview.last(key));
    if (!settled) {
      const still = `the overview is still being computed after ${options.queueWaitMs} ms`;
      throw busy(reply, refused ?? still);
    }
    reply.headers({
      'x-entente-cache': settled.cache,
      'x-entente-graph-version': settled.version,
      'x-entente-computed-at': new Date(settled.computedAt).toISOString(),
      // HTTP's Age: seconds since the answer was last found current.
      age: String(Math.max(0, Math.floor((Date.now() - settled.confirmedAt) / 1000))),
    });
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
