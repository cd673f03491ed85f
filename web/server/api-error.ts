// API errors: the mapping from every known failure to an ApiError (web/shared/api-error.ts) and its body.
import type { FastifyError } from 'fastify';
import { DatabaseError } from '../../graph/database.ts';
import { CypherInputError } from '../../queries/run-cypher.ts';
import {
  QueryMemoryError,
  QueryStoppedError,
  QueryTimeoutError,
  WriteRefusedError,
  queryError,
} from '../../queries/query-errors.ts';
import { QueryParamsError } from '../../queries/query-params.ts';
import { UnknownQueryError } from '../../queries/run-query.ts';
import { UnknownActorError } from '../../queries/analytics/load-evidence-graph.ts';
import { UnknownMeasureError } from '../../queries/analytics/run-analysis.ts';
import { AnalysisTimeoutError } from '../../queries/analytics/measure-pool.ts';
import { ApiError } from '../shared/api-error.ts';

export { ApiError };

export const notFound = (message: string) => new ApiError(404, 'not_found', message);
export const badRequest = (message: string) => new ApiError(400, 'invalid_request', message);

/**
 * Status codes: 400 bad input, Cypher the database rejected, or a query past its memory limit; 401 missing or
 * wrong token; 403 queries the console refuses (and foreign Host headers); 404 unknown ids, routes and queries;
 * 413 body too large; 415 not JSON; 503 Neo4j unreachable, a query the database stopped before its limit, an
 * analytics measure stopped at its time budget, or no database connection free in time (`busy`);
 * 504 a query stopped at its timeout (Neo4j is the upstream that did not answer in time); 500 anything else,
 * without details.
 */
export function toApiError(raw: unknown): ApiError {
  if (raw instanceof ApiError) return raw;
  // Whatever ran the query, a database error with a known meaning (a timeout above all) is named as such here,
  // so a query that ran out of time is never reported as bad Cypher.
  const error = raw instanceof DatabaseError ? queryError(raw) : raw;
  if (error instanceof QueryParamsError || error instanceof CypherInputError) {
    return new ApiError(400, 'invalid_params', error.message);
  }
  if (
    error instanceof UnknownQueryError ||
    error instanceof UnknownMeasureError ||
    error instanceof UnknownActorError
  )
    return new ApiError(404, 'not_found', error.message);
  if (error instanceof WriteRefusedError) return new ApiError(403, 'write_refused', error.message);
  if (error instanceof QueryTimeoutError) return new ApiError(504, 'query_timeout', error.message);
  if (error instanceof QueryStoppedError) return new ApiError(503, 'query_stopped', error.message);
  if (error instanceof AnalysisTimeoutError)
    return new ApiError(503, 'analysis_timeout', error.message);
  if (error instanceof QueryMemoryError) return new ApiError(400, 'query_memory', error.message);
  if (error instanceof DatabaseError) {
    if (error.poolExhausted) {
      return new ApiError(
        503,
        'busy',
        `every database connection stayed in use: try again in a few seconds (${error.message})`,
      );
    }
    if (error.unavailable) {
      return new ApiError(
        503,
        'database_unavailable',
        `the database is not reachable: ${error.message}`,
      );
    }
    if ((error.code ?? '').startsWith('Neo.ClientError.')) {
      return new ApiError(400, 'cypher_error', error.message);
    }
  }
  const fastifyError = error as FastifyError;
  if (fastifyError?.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new ApiError(413, 'payload_too_large', 'the request body is too large');
  }
  if (fastifyError?.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return new ApiError(415, 'unsupported_media_type', 'send the body as application/json');
  }
  if (
    typeof fastifyError?.statusCode === 'number' &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    return new ApiError(fastifyError.statusCode, 'invalid_request', fastifyError.message);
  }
  return new ApiError(500, 'internal', 'internal server error');
}
