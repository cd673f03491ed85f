// Curation of statements: GET /api/review (the queue), POST /api/statements/:id/review (accept, reject,
// correct, reset; a write, so it needs the token whenever the policy asks for one), GET /api/audit (the trail).
import { z } from 'zod';
import { listAudit, type AuditEntry } from '../../../graph/audit.ts';
import {
  ReviewError,
  reviewStatement,
  type ReviewResult,
} from '../../../graph/review-statements.ts';
import { QUAD_CLASSES, RELATION_TYPE_IDS } from '../../../ingest/ontology/vocabulary.ts';
import reviewQueue, { type ReviewQueue } from '../../../queries/named/review-queue.ts';
import { runQuery } from '../../../queries/run-query.ts';
import { ApiError } from '../api-error.ts';
import type { RouteModule } from '../context.ts';
import { parseBody } from '../parse-body.ts';

const note = z.string().trim().max(2000, 'is too long').optional();

const correction = z
  .strictObject({
    type: z.enum(RELATION_TYPE_IDS as [string, ...string[]]).optional(),
    quadClass: z.enum(QUAD_CLASSES).nullable().optional(),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
      .nullable()
      .optional(),
    reverse: z.boolean().optional(),
    source: z.string().min(1).max(200).optional(),
    target: z.string().min(1).max(200).optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined && v !== false), {
    message: 'say what to correct',
  });

const reviewBody = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('accept'), note }),
  z.strictObject({ action: z.literal('reject'), note }),
  z.strictObject({ action: z.literal('reset'), note }),
  z.strictObject({ action: z.literal('correct'), note, correction }),
]);

/** The body POST /api/statements/:id/review takes. */
export type ReviewRequest = z.input<typeof reviewBody>;
export type { ReviewQueue, ReviewResult, AuditEntry };

const auditQuery = z.strictObject({
  subject: z.string().max(200).optional(),
  user: z.string().max(200).optional(),
  action: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100_000).optional(),
});

export const reviewRoutes: RouteModule = (app, { options }) => {
  app.get('/api/review', async (request): Promise<ReviewQueue> => {
    const { data } = await runQuery(options.db, reviewQueue, request.query, {
      timeoutMs: options.queryTimeoutMs,
      signal: request.clientGone,
    });
    return data;
  });

  app.post<{ Params: { id: string } }>(
    '/api/statements/:id/review',
    { config: { privileged: true } },
    async (request): Promise<ReviewResult> => {
      const body = parseBody(reviewBody, request.body);
      try {
        return await reviewStatement(
          options.db,
          request.params.id,
          body.action === 'correct'
            ? { action: 'correct', correction: body.correction }
            : { action: body.action },
          { user: options.user, note: body.note || null },
        );
      } catch (error) {
        if (error instanceof ReviewError)
          throw new ApiError(
            error.kind === 'not_found' ? 404 : 400,
            error.kind === 'not_found' ? 'not_found' : 'invalid_request',
            error.message.replace(/^entente\/graph\/review: /, ''),
          );
        throw error;
      }
    },
  );

  app.get('/api/audit', async (request): Promise<{ entries: AuditEntry[] }> => {
    const q = parseBody(auditQuery, request.query);
    const entries = await listAudit(options.db, {
      subjectId: q.subject,
      user: q.user,
      action: q.action,
      limit: q.limit ?? 1000,
    });
    return { entries };
  });
};
