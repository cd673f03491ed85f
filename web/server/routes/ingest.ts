// POST /api/ingest: one article (text, HTML or an http(s) URL) read, extracted and, unless dryRun, written.
import { z } from 'zod';
import { articleFromRecord, readInputs, ReadError } from '../../../ingest/read/index.ts';
import type { Article } from '../../../ingest/types.ts';
import { ExtractionBudgetError } from '../../../pipeline/extract-pool.ts';
import { ingestArticle } from '../../../pipeline/ingest-pipeline.ts';
import { summarizeArticle } from '../../../pipeline/ingest-summary.ts';
import { ApiError, badRequest } from '../api-error.ts';
import type { RouteModule, ServerContext } from '../context.ts';
import { parseBody } from '../parse-body.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const ingestBody = z
  .strictObject({
    text: z.string().max(1_000_000, 'is too long').optional(),
    html: z.string().max(2_000_000, 'is too long').optional(),
    // Only http(s): anything else would be read as a path on the server.
    url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
    title: z.string().max(1000).optional(),
    source: z.string().max(200).optional(),
    publishedAt: z.string().regex(DATE, 'must be a date as YYYY-MM-DD').optional(),
    articleUrl: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
    dryRun: z.boolean().optional(),
  })
  .refine((b) => [b.text, b.html, b.url].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of "text", "html" or "url"',
  });

type IngestBody = z.infer<typeof ingestBody>;
/** The body POST /api/ingest takes. */
export type IngestRequest = z.input<typeof ingestBody>;

async function readArticle(
  body: IngestBody,
  context: ServerContext,
  signal: AbortSignal,
): Promise<Article> {
  if (body.url) {
    for await (const result of readInputs([body.url], {
      ...context.options.readOptions,
      signal,
    })) {
      if (!result.ok)
        throw new ApiError(400, 'unreadable_input', `cannot read ${body.url}: ${result.error}`);
      const a = result.article;
      return {
        ...a,
        title: body.title ?? a.title,
        source: body.source ?? a.source,
        publishedAt: body.publishedAt ?? a.publishedAt,
      };
    }
    throw new ApiError(400, 'unreadable_input', `no article at ${body.url}`);
  }
  try {
    return articleFromRecord(
      {
        text: body.text,
        html: body.html,
        title: body.title,
        source: body.source,
        publishedAt: body.publishedAt,
        url: body.articleUrl,
      },
      'api',
    );
  } catch (error) {
    if (error instanceof ReadError) throw new ApiError(400, 'unreadable_input', error.reason);
    throw error;
  }
}

export const ingestRoutes: RouteModule = (app, context) => {
  app.post('/api/ingest', { config: { privileged: true } }, async (request, reply) => {
    const body = parseBody(ingestBody, request.body);
    const abort = new AbortController();
    // A client that goes away stops the URL fetch (the response closes before it is written).
    reply.raw.once('close', () => {
      if (!reply.raw.writableFinished) abort.abort();
    });
    const article = await readArticle(body, context, abort.signal);
    if (!article.text.trim()) throw badRequest('the article has no text');
    // Off the event loop and under the time budget, unless the embedder handed the server its own registry.
    const extractor = context.options.registry
      ? await context.registry()
      : context.extractor.pool();
    const outcome = await ingestArticle(context.options.db, article, extractor, {
      dryRun: body.dryRun ?? false,
    }).catch((error: unknown) => {
      if (error instanceof ExtractionBudgetError)
        throw new ApiError(
          422,
          'extraction_budget',
          `${error.message} (ENTENTE_EXTRACT_BUDGET_MS): split the text into smaller articles`,
        );
      throw error;
    });
    return summarizeArticle(outcome);
  });
};
