// GET /api/articles/:id: one article's text, the actors it mentions and the statements extracted from it.
import articleById, { type ArticleWithStatements } from '../../../queries/named/article-by-id.ts';
import { runQuery } from '../../../queries/run-query.ts';
import { notFound } from '../api-error.ts';
import type { RouteModule } from '../context.ts';

export type ArticleResponse = ArticleWithStatements;

export const articleRoutes: RouteModule = (app, { options }) => {
  app.get<{ Params: { id: string }; Querystring: { limit?: string } }>(
    '/api/articles/:id',
    async (request): Promise<ArticleResponse> => {
      const { id } = request.params;
      const { data } = await runQuery(
        options.db,
        articleById,
        { id, limit: request.query.limit },
        { timeoutMs: options.queryTimeoutMs, signal: request.clientGone },
      );
      if (!data) throw notFound(`no article "${id}"`);
      return data;
    },
  );
};
