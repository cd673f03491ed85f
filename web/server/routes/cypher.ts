// POST /api/cypher {query, params}: read-only Cypher with a timeout and a row cap.
import { z } from 'zod';
import { MAX_QUERY_LENGTH, runReadOnlyCypher } from '../../../queries/run-cypher.ts';
import type { RouteModule } from '../context.ts';
import { parseBody } from '../parse-body.ts';

const cypherBody = z.strictObject({
  query: z
    .string()
    .min(1, 'is empty')
    .max(MAX_QUERY_LENGTH, `is longer than ${MAX_QUERY_LENGTH} characters`),
  params: z.record(z.string(), z.unknown()).optional(),
});

export const cypherRoutes: RouteModule = (app, { options }) => {
  app.post('/api/cypher', { config: { heavy: true } }, async (request) => {
    const body = parseBody(cypherBody, request.body);
    return runReadOnlyCypher(options.db, body.query, body.params ?? {}, {
      timeoutMs: options.cypherTimeoutMs,
      rowLimit: options.cypherRowLimit,
      byteLimit: options.cypherByteLimit,
      signal: request.clientGone,
    });
  });
};
