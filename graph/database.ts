// The one Neo4j runner: opens a session per call, picks a read or write transaction, closes in finally.
import neo4j, {
  Neo4jError,
  type Driver,
  type Record as Neo4jRecord,
  type QueryResult,
  type ResultSummary,
  type Transaction,
} from 'neo4j-driver';
import { databaseConfig, type DatabaseConfig } from './config.ts';

export type Routing = 'read' | 'write';

/**
 * How often a transaction is tried again after a transient error (a deadlock, a connection that dropped): a
 * bounded number of attempts within a bounded time, the wait doubling each time. The driver's own retrying
 * (30 s of it per transaction) is not used, so an outage is reported at once rather than after half a minute.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** No retry starts past this many milliseconds after the first attempt. */
  budgetMs: number;
  /** Wait before the first retry. */
  delayMs: number;
  /** Retry when Neo4j cannot be reached at all: an ingest waits out a short restart, a request does not. */
  whenUnavailable: boolean;
}

/** Requests: transient errors are retried briefly; a database that cannot be reached is reported at once. */
export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 3,
  budgetMs: 2_000,
  delayMs: 100,
  whenUnavailable: false,
};

/** Ingest writes: a few tries over a few seconds, then the article fails (and an unreachable database stops the run). */
export const INGEST_RETRY: RetryPolicy = {
  attempts: 4,
  budgetMs: 10_000,
  delayMs: 500,
  whenUnavailable: true,
};

/** A connection to a host that does not answer gives up after this, not the driver's 30 s. */
const CONNECTION_TIMEOUT_MS = 5_000;

export interface RunOptions {
  routing?: Routing;
  /** Server-side transaction timeout. */
  timeoutMs?: number;
  /** Tagged on the transaction so it can be found in Neo4j's query log. */
  metadata?: Record<string, unknown>;
  signal?: AbortSignal;
  /** Records Neo4j sends per batch (the driver's default is 1000): fewer bounds what it buffers for large rows. */
  fetchSize?: number;
  /** Retries of transient errors (default DEFAULT_RETRY). */
  retry?: RetryPolicy;
  /** Told before each retry, with the attempt that failed (1 for the first). */
  onRetry?: (attempt: number, error: DatabaseError) => void;
}

const UNAVAILABLE = /ServiceUnavailable|SessionExpired|cannot reach Neo4j/;
/** The driver's words when every pooled connection stayed busy past `connectionAcquisitionTimeout`. */
const POOL_EXHAUSTED = /Connection acquisition timed out/;

export class DatabaseError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }

  /** Neo4j could not be reached, or the connection was lost: nothing about the query itself. */
  get unavailable(): boolean {
    return UNAVAILABLE.test(`${this.code} ${this.message}`);
  }

  /** Every connection of the pool stayed in use: the database is busy, not down. */
  get poolExhausted(): boolean {
    return POOL_EXHAUSTED.test(this.message);
  }

  /** Worth trying again: Neo4j's transient errors, and an unavailable database when the policy says so. */
  retryable(policy: RetryPolicy): boolean {
    if (this.unavailable) return policy.whenUnavailable;
    return (this.code ?? '').startsWith('Neo.TransientError.');
  }
}

/** Neo4j's error in one readable line, with its code kept for callers that branch on it. */
export function toDatabaseError(error: unknown): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const e = error as { code?: string; message?: string };
  const code = typeof e?.code === 'string' ? e.code : null;
  const message = (e?.message ?? String(error)).split('\n')[0];
  return new DatabaseError(message, code);
}

export class Database {
  readonly driver: Driver;
  readonly name: string;

  constructor(readonly config: DatabaseConfig = databaseConfig()) {
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 20,
      connectionAcquisitionTimeout: 30_000,
      connectionTimeout: CONNECTION_TIMEOUT_MS,
    });
    this.name = config.database;
  }

  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.name });
    } catch (error) {
      throw new DatabaseError(
        `cannot reach Neo4j at ${this.config.uri}: ${toDatabaseError(error).message}`,
        toDatabaseError(error).code,
      );
    }
  }

  /**
   * The one place a session is opened: a read or write transaction, tagged, abortable, closed in finally, with
   * Neo4j's errors turned into DatabaseError; transient errors retried as `options.retry` allows.
   */
  async #transaction<T>(options: RunOptions, work: (tx: Tx) => Promise<T>): Promise<T> {
    const policy = options.retry ?? DEFAULT_RETRY;
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#attempt(options, work);
      } catch (error) {
        if (!(error instanceof DatabaseError)) throw error;
        const delay = policy.delayMs * 2 ** (attempt - 1);
        const retry =
          error.retryable(policy) &&
          attempt < policy.attempts &&
          Date.now() - started + delay <= policy.budgetMs &&
          !options.signal?.aborted;
        if (!retry) {
          if (attempt === 1) throw error;
          const seconds = ((Date.now() - started) / 1000).toFixed(1);
          throw new DatabaseError(
            `${error.message} (after ${attempt} attempts in ${seconds} s)`,
            error.code,
          );
        }
        options.onRetry?.(attempt, error);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  /** One try: an explicit transaction, committed when `work` succeeds, rolled back when it throws. */
  async #attempt<T>(options: RunOptions, work: (tx: Tx) => Promise<T>): Promise<T> {
    const routing = options.routing ?? 'read';
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: routing === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(options.fetchSize ? { fetchSize: options.fetchSize } : {}),
    });
    const config = { timeout: options.timeoutMs, metadata: options.metadata };
    const abort = () => void session.close();
    options.signal?.addEventListener('abort', abort, { once: true });
    try {
      const tx = await session.beginTransaction(config);
      try {
        const result = await work(tx);
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => {});
        throw error;
      }
    } catch (error) {
      // The caller's own errors (thrown by `work` to roll back) pass through unchanged.
      if (error instanceof Error && !(error instanceof Neo4jError)) throw error;
      throw toDatabaseError(error);
    } finally {
      options.signal?.removeEventListener('abort', abort);
      await session.close();
    }
  }

  /** Runs one statement in its own transaction. */
  run(
    query: string,
    params: Record<string, unknown> = {},
    options: RunOptions = {},
  ): Promise<QueryResult> {
    return this.#transaction(options, (tx) => tx.run(query, params));
  }

  /**
   * Streams one statement's records in its own transaction, stopping after `maxRecords`, or before the
   * record that would take the kept ones past `maxBytes` as `sizeOf` measures them (the rest is discarded on the
   * server), and saying what stopped it.
   */
  stream(
    query: string,
    params: Record<string, unknown> = {},
    options: RunOptions & {
      maxRecords: number;
      maxBytes?: number;
      sizeOf?: (record: Neo4jRecord) => number;
    },
  ): Promise<StreamResult> {
    return this.#transaction(options, async (tx) => {
      const result = tx.run(query, params);
      const records: Neo4jRecord[] = [];
      let bytes = 0;
      let stoppedBy: StreamResult['stoppedBy'] = null;
      for await (const record of result) {
        if (records.length >= options.maxRecords) {
          stoppedBy = 'rows';
          break;
        }
        if (options.maxBytes !== undefined && options.sizeOf) {
          bytes += options.sizeOf(record);
          if (bytes > options.maxBytes) {
            stoppedBy = 'bytes';
            break;
          }
        }
        records.push(record);
      }
      const keys = (await result.keys()) as string[];
      return {
        keys,
        records,
        truncated: stoppedBy !== null,
        stoppedBy,
        summary: stoppedBy ? null : await result.summary(),
      };
    });
  }

  /** Runs several statements in one write transaction: all land or none. */
  writeTransaction<T>(
    work: (
      run: (query: string, params?: Record<string, unknown>) => Promise<QueryResult>,
    ) => Promise<T>,
    options: Omit<RunOptions, 'routing'> = {},
  ): Promise<T> {
    return this.#transaction({ ...options, routing: 'write' }, (tx) =>
      work((query, params = {}) => tx.run(query, params)),
    );
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export interface StreamResult {
  keys: string[];
  records: Neo4jRecord[];
  /** True when more records were available than were kept. */
  truncated: boolean;
  /** What stopped the stream early: the record cap, the byte cap, or nothing. */
  stoppedBy: 'rows' | 'bytes' | null;
  /** Null when the stream was cut short. */
  summary: ResultSummary | null;
}

/** What a transaction's work is given: the statements it runs. */
type Tx = Pick<Transaction, 'run'>;

export type { Neo4jRecord };
