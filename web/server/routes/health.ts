// GET /api/health: is Neo4j reachable, which version, and how much the graph holds.
import pkg from '../../../package.json' with { type: 'json' };
import databaseOverview, {
  type DatabaseOverview,
} from '../../../queries/named/database-overview.ts';
import { runQuery } from '../../../queries/run-query.ts';
import type { ApiErrorBody } from '../../shared/api-error.ts';
import type { RouteModule } from '../context.ts';

export interface HealthResponse {
  ok: true;
  database: { reachable: true; uri: string; version: string | null; edition: string | null };
  version: string;
  counts: DatabaseOverview['counts'];
}

export type HealthFailure = ApiErrorBody & {
  ok: false;
  database: { reachable: false; uri: string; version: null };
  version: string;
  counts: null;
};

export const healthRoutes: RouteModule = (app, { options }) => {
  app.get('/api/health', { config: { open: true } }, async (_request, reply) => {
    const uri = options.db.config.uri;
    try {
      const { data } = await runQuery(options.db, databaseOverview, {}, { timeoutMs: 5000 });
      const healthy: HealthResponse = {
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
      return healthy;
    } catch (error) {
      const failure: HealthFailure = {
        ok: false,
        error: 'database_unavailable',
        message: (error as Error).message,
        database: { reachable: false, uri, version: null },
        version: pkg.version,
        counts: null,
      };
      return reply.code(503).send(failure);
    }
  });
};
