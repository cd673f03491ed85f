// The API server's options: the interface, DEFAULT_SERVER_OPTIONS, and the one place that resolves and checks them.
import path from 'node:path';
import { curatorName } from '../../graph/config.ts';
import type { Database } from '../../graph/database.ts';
import type { ActorRegistry } from '../../ingest/actors/index.ts';
import type { ReadOptions } from '../../ingest/read/index.ts';
import { isLoopbackHost } from './access-policy.ts';

export interface ServerOptions {
  db: Database;
  host?: string;
  port?: number;
  /** Bearer token for privileged endpoints (ingest, raw Cypher); required when bound off loopback. */
  token?: string | null;
  /** Require the token even on loopback (tests, shared machines). Defaults to "bound off loopback". */
  requireToken?: boolean;
  /** The built web UI (web/dist), served at / when the folder exists. */
  staticDir?: string | null;
  /**
   * The actor registry for profiles, or a function that loads it (called once, on first use). When given, ingest
   * extracts with it in this thread (no budget); by default ingest's workers load the same files themselves.
   */
  registry?: ActorRegistry | (() => ActorRegistry | Promise<ActorRegistry>);
  /** Raw Cypher: server-side transaction timeout and most rows returned. */
  cypherTimeoutMs?: number;
  cypherRowLimit?: number;
  /** Raw Cypher: most bytes of rows returned (the response is at most about three times it). */
  cypherByteLimit?: number;
  /** Requests of one heavy route (graph, path, neighbours, named queries, Cypher) running at once; more get 503. */
  heavyRequestsPerRoute?: number;
  /** API requests working at once, server-wide; more wait in line (see queueWaitMs). */
  concurrentRequests?: number;
  /** Longest a request waits in line (or for a shared overview) before it is refused with 503 busy. */
  queueWaitMs?: number;
  /** The overview's transaction timeout: it runs once per graph version for every request that waits for it. */
  overviewTimeoutMs?: number;
  /**
   * How far behind the graph an overview may be (ENTENTE_OVERVIEW_MAX_STALE_MS): one last found current within it is
   * answered at once while a newer one is computed; 0 answers only a current one. Writes through the server and
   * requests with `Cache-Control: no-cache` always get a current one.
   */
  overviewMaxStaleMs?: number;
  /** Named queries' transaction timeout. */
  queryTimeoutMs?: number;
  /** Time budget of one analytics measure on its thread; past it the measure is stopped (503). */
  analyticsTimeoutMs?: number;
  /** Longest the extraction of one ingested article may take (ENTENTE_EXTRACT_BUDGET_MS); past it: 422. */
  extractBudgetMs?: number;
  /** Worker threads that extract ingested articles. */
  extractWorkers?: number;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** How ingest fetches URLs (timeouts, private networks). */
  readOptions?: Partial<ReadOptions>;
  /** Log every request (fastify's logger). */
  logRequests?: boolean;
  /** Who curation actions are recorded as (default: ENTENTE_USER, else the OS user). */
  user?: string;
}

export type ResolvedServerOptions = Required<
  Omit<ServerOptions, 'registry' | 'readOptions' | 'staticDir' | 'token'>
> &
  Pick<ServerOptions, 'registry' | 'readOptions'> & {
    staticDir: string | null;
    token: string | null;
  };

export const DEFAULT_SERVER_OPTIONS = {
  host: '127.0.0.1',
  port: 5173,
  cypherTimeoutMs: 10_000,
  cypherRowLimit: 5000,
  cypherByteLimit: 8 * 1024 * 1024,
  queryTimeoutMs: 30_000,
  overviewTimeoutMs: 120_000,
  overviewMaxStaleMs: 5000,
  analyticsTimeoutMs: 60_000,
  heavyRequestsPerRoute: 4,
  concurrentRequests: 8,
  queueWaitMs: 10_000,
  bodyLimit: 2 * 1024 * 1024,
  extractBudgetMs: 60_000,
  extractWorkers: 1,
  logRequests: false,
} as const;

function positiveInt(name: string, value: unknown, least = 1): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < least) {
    const what = least === 0 ? 'a whole number, 0 or more' : 'a positive integer';
    throw new Error(`entente/web/server/options: ${name} must be ${what}, got "${String(value)}"`);
  }
  return n;
}

/** Fills defaults (the environment may set ENTENTE_CYPHER_TIMEOUT_MS, _ROW_LIMIT, _BYTE_LIMIT,
 * ENTENTE_ANALYTICS_TIMEOUT_MS and ENTENTE_OVERVIEW_MAX_STALE_MS) and checks them. */
export function resolveServerOptions(
  options: ServerOptions,
  env: NodeJS.ProcessEnv = process.env,
): ResolvedServerOptions {
  const host = options.host ?? DEFAULT_SERVER_OPTIONS.host;
  const token = options.token?.trim() ? options.token.trim() : null;
  const requireToken = options.requireToken ?? !isLoopbackHost(host);
  if (requireToken && !token) {
    throw new Error(
      `entente/web/server/options: refusing to serve on ${host} without a token: set ENTENTE_TOKEN (clients send "Authorization: Bearer <token>")`,
    );
  }
  const port = options.port ?? DEFAULT_SERVER_OPTIONS.port;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`entente/web/server/options: port must be 0-65535, got "${port}"`);
  }
  return {
    db: options.db,
    host,
    port,
    token,
    requireToken,
    // @fastify/static needs an absolute root.
    staticDir: options.staticDir ? path.resolve(options.staticDir) : null,
    registry: options.registry,
    readOptions: options.readOptions,
    cypherTimeoutMs: positiveInt(
      'cypherTimeoutMs',
      options.cypherTimeoutMs ??
        env.ENTENTE_CYPHER_TIMEOUT_MS ??
        DEFAULT_SERVER_OPTIONS.cypherTimeoutMs,
    ),
    cypherRowLimit: positiveInt(
      'cypherRowLimit',
      options.cypherRowLimit ??
        env.ENTENTE_CYPHER_ROW_LIMIT ??
        DEFAULT_SERVER_OPTIONS.cypherRowLimit,
    ),
    cypherByteLimit: positiveInt(
      'cypherByteLimit',
      options.cypherByteLimit ??
        env.ENTENTE_CYPHER_BYTE_LIMIT ??
        DEFAULT_SERVER_OPTIONS.cypherByteLimit,
    ),
    heavyRequestsPerRoute: positiveInt(
      'heavyRequestsPerRoute',
      options.heavyRequestsPerRoute ?? DEFAULT_SERVER_OPTIONS.heavyRequestsPerRoute,
    ),
    concurrentRequests: positiveInt(
      'concurrentRequests',
      options.concurrentRequests ?? DEFAULT_SERVER_OPTIONS.concurrentRequests,
    ),
    queueWaitMs: positiveInt(
      'queueWaitMs',
      options.queueWaitMs ?? DEFAULT_SERVER_OPTIONS.queueWaitMs,
    ),
    overviewTimeoutMs: positiveInt(
      'overviewTimeoutMs',
      options.overviewTimeoutMs ?? DEFAULT_SERVER_OPTIONS.overviewTimeoutMs,
    ),
    overviewMaxStaleMs: positiveInt(
      'overviewMaxStaleMs',
      options.overviewMaxStaleMs ??
        env.ENTENTE_OVERVIEW_MAX_STALE_MS ??
        DEFAULT_SERVER_OPTIONS.overviewMaxStaleMs,
      0,
    ),
    queryTimeoutMs: positiveInt(
      'queryTimeoutMs',
      options.queryTimeoutMs ?? DEFAULT_SERVER_OPTIONS.queryTimeoutMs,
    ),
    analyticsTimeoutMs: positiveInt(
      'analyticsTimeoutMs',
      options.analyticsTimeoutMs ??
        env.ENTENTE_ANALYTICS_TIMEOUT_MS ??
        DEFAULT_SERVER_OPTIONS.analyticsTimeoutMs,
    ),
    bodyLimit: positiveInt('bodyLimit', options.bodyLimit ?? DEFAULT_SERVER_OPTIONS.bodyLimit),
    extractBudgetMs: positiveInt(
      'extractBudgetMs',
      options.extractBudgetMs ??
        env.ENTENTE_EXTRACT_BUDGET_MS ??
        DEFAULT_SERVER_OPTIONS.extractBudgetMs,
    ),
    extractWorkers: positiveInt(
      'extractWorkers',
      options.extractWorkers ?? DEFAULT_SERVER_OPTIONS.extractWorkers,
    ),
    logRequests: options.logRequests ?? DEFAULT_SERVER_OPTIONS.logRequests,
    user: options.user?.trim() || curatorName(env),
  };
}
