// GET /api/relations/:id/evidence: one aggregated relation ("SRC|TYPE|TGT", URL-encoded) and its evidence.
import { RELATION_TYPE_IDS } from '../../../graph/model.ts';
import relationEvidence from '../../../queries/relation-evidence.ts';
import { runQuery } from '../../../queries/run-query.ts';
import { badRequest, notFound } from '../api-error.ts';
import type { RouteModule } from '../context.ts';

export const relationRoutes: RouteModule = (app, { options }) => {
  app.get<{ Params: { id: string }; Querystring: { limit?: string } }>(
    '/api/relations/:id/evidence',
    async (request) => {
      const id = request.params.id;
      const parts = id.split('|');
      if (parts.length !== 3 || parts.some((p) => p === '')) {
        throw badRequest(
          `a relation id looks like "SOURCE|TYPE|TARGET" (URL-encoded), got "${id}"`,
        );
      }
      const [source, type, target] = parts;
      if (!RELATION_TYPE_IDS.includes(type))
        throw notFound(`no relation "${id}": unknown type "${type}"`);
      const { data } = await runQuery(
        options.db,
        relationEvidence,
        { a: source, b: target, type, directed: true, limit: request.query.limit },
        { timeoutMs: options.queryTimeoutMs },
      );
      const found = data.find((r) => r.relation.id === id);
      if (!found) throw notFound(`no relation "${id}"`);
      return found;
    },
  );
};
