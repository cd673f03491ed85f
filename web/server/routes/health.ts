// GET /api/health: is Neo4j reachable, which version, and how much the graph holds.
import pkg from '../../../package.json' with { type: 'json' };
import databaseOverview from '../../../queries/database-overview.ts';
import { runQuery } from '../../../queries/run-query.ts';
import type { RouteModule } from '../context.ts';

export const healthRoutes: RouteModule = (app, { options }) => {
  app.get('/api/health', async (_request, reply) => {
    const uri = options.db.config.uri;
    try {
      const { data } = await runQuery(options.db, databaseOverview, {}, { timeoutMs: 5000 });
      return {
        ok: true,
        database: {
          reachable: true,
          uri,
          version: data?.version ?? null,
          edition: data?.edition ?? null,
        },
        version: pkg.version,
        counts: data?.counts ?? { actors: 0, articles: 0, statements: 0, relations: 0 },
      };
    } catch (error) {
      return reply.code(503).send({
        ok: false,
        error: 'database_unavailable',
        message: (error as Error).message,
        database: { reachable: false, uri, version: null },
        version: pkg.version,
        counts: null,
      });
    }
  });
};
