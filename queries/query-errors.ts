// Errors a query can end with, told apart so the CLI and the API can say what happened.
import { DatabaseError, toDatabaseError } from '../graph/database.ts';

/** The statement would write (or administer): refused before or by the read transaction. */
export class WriteRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteRefusedError';
  }
}

/** Neo4j stopped the transaction at its timeout; the message says how long it really ran. */
export class QueryTimeoutError extends Error {
  constructor(
    readonly timeoutMs: number | null,
    readonly elapsedMs: number | null = null,
  ) {
    const ran = elapsedMs === null ? '' : ` after ${elapsedMs} ms`;
    const limit = timeoutMs === null ? '' : ` (limit ${timeoutMs} ms)`;
    super(
      `the query was stopped at its time limit${ran}${limit}: ` +
        'narrow it (anchor on an actor id, add LIMIT) or raise ENTENTE_CYPHER_TIMEOUT_MS',
    );
    this.name = 'QueryTimeoutError';
  }
}

/** The database ended the transaction before its time limit (terminated, or failed under it). */
export class QueryStoppedError extends Error {
  constructor(
    readonly elapsedMs: number | null,
    detail: string,
  ) {
    super(
      `the query was stopped by the database${elapsedMs === null ? '' : ` after ${elapsedMs} ms`}, before its time limit (${detail}): run it again`,
    );
    this.name = 'QueryStoppedError';
  }
}

/** Neo4j stopped the query at its memory limit (or the heap ran out under it); the database lives on. */
export class QueryMemoryError extends Error {
  constructor(detail: string) {
    super(
      `the query needed more memory than one query may use (${detail}): narrow it (anchor on an actor id, add LIMIT, build smaller values)`,
    );
    this.name = 'QueryMemoryError';
  }
}

const MEMORY_CODES = /OutOfMemoryError$/;
const TIMEOUT_CODES = /TransactionTimedOut/;
const STOPPED_CODES = /Transaction\.Terminated|TransactionMarkedAsFailed/;

/**
 * Database errors with a known meaning become the errors above; everything else stays a DatabaseError.
 * `elapsedMs` is how long the query really ran, reported as it is.
 */
export function queryError(
  error: unknown,
  timeoutMs: number | null = null,
  elapsedMs: number | null = null,
): Error {
  if (
    error instanceof WriteRefusedError ||
    error instanceof QueryTimeoutError ||
    error instanceof QueryStoppedError ||
    error instanceof QueryMemoryError
  )
    return error;
  if (!(error instanceof DatabaseError) && !(error as { code?: unknown })?.code)
    return error as Error;
  const e = toDatabaseError(error);
  if (e.code === 'Neo.ClientError.Statement.AccessMode') {
    return new WriteRefusedError(`writes are refused here: ${e.message}`);
  }
  if (e.code && TIMEOUT_CODES.test(e.code)) return new QueryTimeoutError(timeoutMs, elapsedMs);
  if (e.code && STOPPED_CODES.test(e.code)) {
    // Neo4j may report its own timeout as a termination: the clock tells them apart.
    const atLimit = timeoutMs !== null && elapsedMs !== null && elapsedMs >= timeoutMs;
    return atLimit
      ? new QueryTimeoutError(timeoutMs, elapsedMs)
      : new QueryStoppedError(elapsedMs, e.message);
  }
  if (e.code && MEMORY_CODES.test(e.code)) return new QueryMemoryError(e.message);
  return e;
}
