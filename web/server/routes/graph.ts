// GET /api/graph and GET /api/path: the actor graph (filtered, in a period) and shortest paths, as graphology JSON.
import graphOverview from '../../../queries/named/graph-overview.ts';
import shortestPath from '../../../queries/named/shortest-path.ts';
import { runQuery } from '../../../queries/run-query.ts';
import { notFound } from '../api-error.ts';
import type { RouteModule } from '../context.ts';

export const graphRoutes: RouteModule = (app, { options }) => {
  const timeoutMs = options.queryTimeoutMs;

  app.get('/api/graph', { config: { heavy: true } }, async (request) => {
    const { data } = await runQuery(options.db, graphOverview, request.query, {
      timeoutMs,
      signal: request.clientGone,
    });
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
