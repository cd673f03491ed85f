// GET /api/relations/:id/evidence: one aggregated relation ("SRC|TYPE|TGT", URL-encoded) and its evidence.
import relationById from '../../../queries/named/relation-by-id.ts';
import { runQuery } from '../../../queries/run-query.ts';
import { notFound } from '../api-error.ts';
import type { RouteModule } from '../context.ts';

export const relationRoutes: RouteModule = (app, { options }) => {
  app.get<{ Params: { id: string }; Querystring: { limit?: string } }>(
    '/api/relations/:id/evidence',
    async (request) => {
      const { id } = request.params;
      const { data } = await runQuery(
        options.db,
        relationById,
        { id, limit: request.query.limit },
        { timeoutMs: options.queryTimeoutMs, signal: request.clientGone },
      );
      if (!data) throw notFound(`no relation "${id}"`);
      return data;
    },
  );
};
