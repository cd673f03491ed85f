// The actor-graph overview, cached per graph version and parameters, stale-while-revalidate: concurrent identical
// requests share one query; an answer confirmed current within `maxStaleMs` is sent at once (marked stale once the
// graph is known to have moved on) while one recomputation per key runs in the background; an older one is sent
// once the graph is found unchanged, or by an overloaded server through `last()`. The version is read from Neo4j's
// count store (constant time), so writes from any process (a CLI ingest) are seen; `invalidate()` (writes through
// this server) makes the next request wait for an overview computed after it; an entry older than its time to live
// counts as unconfirmed (edits that change no count, like a review from the CLI, show within it plus `maxStaleMs`).
import type { Database } from '../../graph/database.ts';
import type { Admission } from './admission.ts';

// Each COUNT alone is read from the count store; chained MATCH ... WITH count() scanned every Statement node and
// every relationship instead (seconds per request at 10,000 articles).
export const OVERVIEW_VERSION_QUERY = `
RETURN COUNT { (:Article) } AS articles, COUNT { (:Statement) } AS statements,
       COUNT { ()-->() } AS relationships`;

/** The graph's version and when its read began: every write committed before `at` is counted in it. */
interface VersionRead {
  version: string;
  at: number;
}

interface Entry {
  data: unknown;
  version: string;
  /** When its computation's version read began: it holds every write committed before. */
  at: number;
  /** The latest version read that found the graph still at `version`. */
  confirmedAt: number;
}

interface Computation {
  version: string;
  at: number;
  entry: Promise<Entry>;
  /** Started before a write through this server: its answer goes only to those already waiting. */
  superseded: boolean;
}

/** How an answer relates to the graph: current at the last version read, older, or computed for this request. */
export type OverviewCacheState = 'hit' | 'stale' | 'miss';

export interface OverviewAnswer {
  data: unknown;
  cache: OverviewCacheState;
  /** The graph version the answer was computed at (articles/statements/relationships). */
  version: string;
  /** When its computation began (epoch ms). */
  computedAt: number;
  /** When it was last found current (epoch ms): it holds every write committed before. */
  confirmedAt: number;
}

/** More distinct overviews are being computed than the cache allows at once. */
export class OverviewBusyError extends Error {
  constructor(readonly computing: number) {
    super(`${computing} overviews are already being computed`);
    this.name = 'OverviewBusyError';
  }
}

export interface OverviewCache {
  /**
   * An answer for `key` that holds every write committed more than `maxStaleMs` before the call (with `fresh`,
   * before the call): the cached one if it qualifies, else `compute()`'s, shared with identical requests.
   */
  get(
    key: string,
    compute: () => Promise<unknown>,
    options?: { fresh?: boolean },
  ): Promise<OverviewAnswer>;
  /**
   * The last answer kept for `key`, however old, marked stale: what an overloaded server sends instead of a refusal
   * (HTTP's stale-if-error), while the recomputation it waited for goes on. None after a write through the server.
   */
  last(key: string): OverviewAnswer | null;
  /** The graph changed through this server: the next request waits for an answer computed after now. */
  invalidate(): void;
}

export interface OverviewCacheOptions {
  ttlMs?: number;
  /** How long past its last confirmation an answer may still be sent at once (0: only a current one). */
  maxStaleMs?: number;
  maxEntries?: number;
  maxComputing?: number;
  /** Run each computation in a slot of the server's admission, ahead of its line (for routes not admitted). */
  admission?: Admission;
}

export const DEFAULT_OVERVIEW_CACHE_OPTIONS = {
  ttlMs: 30_000,
  maxStaleMs: 0,
  maxEntries: 32,
  // Requests that share a computation do not count: only distinct overviews being computed do.
  maxComputing: 4,
} as const;

export function overviewCache(db: Database, options: OverviewCacheOptions = {}): OverviewCache {
  const { ttlMs, maxStaleMs, maxEntries, maxComputing } = {
    ...DEFAULT_OVERVIEW_CACHE_OPTIONS,
    ...options,
  };
  const entries = new Map<string, Entry>();
  const computing = new Map<string, Computation>();
  const revalidating = new Set<string>();
  let reading: { at: number; read: Promise<VersionRead> } | null = null;
  let lastRead: VersionRead | null = null;

  // A computation serves every request for its key: it goes ahead of the line, or under load it would wait
  // behind the very requests that wait for it, past the line's limit.
  const inSlot = <T>(work: () => Promise<T>) =>
    options.admission ? options.admission.run(work, { ahead: true }) : work();

  // One read at a time, shared by everyone who can use it: the count store is cheap, but not free under load. It
  // takes no admission slot (at most one connection), so a cached answer never waits in the server's line.
  const readVersion = async (since: number): Promise<VersionRead> => {
    while (reading && reading.at < since) await reading.read.catch(() => undefined);
    if (reading) return reading.read;
    const at = Date.now();
    const read = db.run(OVERVIEW_VERSION_QUERY, {}, { timeoutMs: 5000 }).then(({ records }) => {
      const r = records[0];
      const version = `${r.get('articles')}/${r.get('statements')}/${r.get('relationships')}`;
      if (!lastRead || lastRead.at <= at) lastRead = { version, at };
      return { version, at };
    });
    reading = { at, read };
    read.finally(() => reading?.read === read && (reading = null)).catch(() => undefined);
    return read;
  };

  // Counts alone do not see an edit that keeps them: past its time to live an entry is confirmed no more.
  const trustedUntil = (entry: Entry) => Math.min(entry.confirmedAt, entry.at + ttlMs);
  const isCurrent = (entry: Entry, read: VersionRead) =>
    entry.version === read.version && read.at - entry.at < ttlMs;
  const confirm = (entry: Entry, read: VersionRead) => {
    entry.confirmedAt = Math.max(entry.confirmedAt, read.at);
  };
  const answer = (entry: Entry, cache: OverviewCacheState): OverviewAnswer => ({
    data: entry.data,
    cache,
    version: entry.version,
    computedAt: entry.at,
    confirmedAt: entry.confirmedAt,
  });

  const start = (key: string, read: VersionRead, compute: () => Promise<unknown>) => {
    if (computing.size >= maxComputing) throw new OverviewBusyError(computing.size);
    const computation: Computation = {
      version: read.version,
      at: read.at,
      superseded: false,
      entry: inSlot(compute).then((data) => ({
        data,
        version: read.version,
        at: read.at,
        confirmedAt: read.at,
      })),
    };
    computing.set(key, computation);
    computation.entry
      .then((entry) => {
        const kept = entries.get(key);
        if (computation.superseded || (kept && kept.at > entry.at)) return;
        entries.delete(key);
        entries.set(key, entry);
        // Oldest first: Map keeps insertion order.
        while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      })
      .catch(() => undefined)
      .finally(() => computing.get(key) === computation && computing.delete(key));
    return computation;
  };

  // After a stale or possibly stale answer: read the version and, if the graph moved on, recompute in the
  // background, one computation per key at a time; past the limit of computations the next request tries again.
  const revalidate = async (key: string, since: number, compute: () => Promise<unknown>) => {
    if (revalidating.has(key) || computing.has(key)) return;
    revalidating.add(key);
    try {
      const read = await readVersion(since);
      const entry = entries.get(key);
      if (entry && isCurrent(entry, read)) return confirm(entry, read);
      if (!computing.has(key) && computing.size < maxComputing)
        await start(key, read, compute).entry;
    } catch {
      // The entry stays; a request past the staleness bound will compute (and report) it itself.
    } finally {
      revalidating.delete(key);
    }
  };

  return {
    async get(key, compute, { fresh = false } = {}) {
      const arrived = Date.now();
      // The answer must hold every write committed before `need`.
      const need = fresh ? arrived : arrived - maxStaleMs;
      const cached = entries.get(key);
      if (!fresh && maxStaleMs > 0 && cached && trustedUntil(cached) >= need) {
        void revalidate(key, arrived, compute);
        const current = lastRead !== null && isCurrent(cached, lastRead);
        return answer(cached, current ? 'hit' : 'stale');
      }
      for (;;) {
        const read = await readVersion(need);
        const entry = entries.get(key);
        if (entry && isCurrent(entry, read)) {
          confirm(entry, read);
          return answer(entry, 'hit');
        }
        // Join a computation that holds what this request needs; wait for an older one to end, then look again
        // (its answer may do, or the next computation starts then): one computation per key at a time.
        const running = computing.get(key);
        const holds = running && (running.at >= need || running.version === read.version);
        if (running && holds && !running.superseded) return answer(await running.entry, 'miss');
        if (running) {
          await running.entry.catch(() => undefined);
          continue;
        }
        return answer(await start(key, read, compute).entry, 'miss');
      }
    },
    last(key) {
      const entry = entries.get(key);
      return entry ? answer(entry, 'stale') : null;
    },
    invalidate() {
      entries.clear();
      for (const computation of computing.values()) computation.superseded = true;
    },
  };
}
