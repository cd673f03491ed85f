// The one Neo4j runner: opens a session per call, picks a read or write transaction, closes in finally.
import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  type QueryResult,
  type ResultSummary,
} from 'neo4j-driver';
import { databaseConfig, type DatabaseConfig } from './config.ts';

export type Routing = 'read' | 'write';

export interface RunOptions {
  routing?: Routing;
  /** Server-side transaction timeout. */
  timeoutMs?: number;
  /** Tagged on the transaction so it can be found in Neo4j's query log. */
  metadata?: Record<string, unknown>;
  signal?: AbortSignal;
  /** Records Neo4j sends per batch (the driver's default is 1000): fewer bounds what it buffers for large rows. */
  fetchSize?: number;
}

export class DatabaseError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'DatabaseError';
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
   * The one place a session is opened: a managed read or write transaction, tagged, abortable,
   * closed in finally, with Neo4j's errors turned into DatabaseError.
   */
  async #transaction<T>(
    options: RunOptions,
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
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
      return routing === 'read'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      // The caller's own errors (thrown by `work` to roll back) pass through unchanged.
      if (error instanceof Error && !(error instanceof Neo4jError)) throw error;
      throw toDatabaseError(error);
    } finally {
      options.signal?.removeEventListener('abort', abort);
      await session.close();
    }
  }

  /** Runs one statement in its own managed transaction. */
  run(
    query: string,
    params: Record<string, unknown> = {},
    options: RunOptions = {},
  ): Promise<QueryResult> {
    return this.#transaction(options, (tx) => tx.run(query, params));
  }

  /**
   * Streams one statement's records in its own managed transaction, stopping after `maxRecords`, or before the
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

export type { Neo4jRecord };
