// The actor-graph overview, computed once per graph version and parameters: concurrent identical requests share
// one query, later ones reuse its answer until the graph changes. The version is read from Neo4j's count store
// (constant time), so writes from any process (a CLI ingest) are seen; writes through this server clear the cache
// at once, and an entry older than its time to live is recomputed (edits that change no count, like a review from
// the CLI, show within it).
import type { Database } from '../../graph/database.ts';
import type { Admission } from './admission.ts';

// Each COUNT alone is read from the count store; chained MATCH ... WITH count() scanned every Statement node and
// every relationship instead (seconds per request at 10,000 articles).
export const OVERVIEW_VERSION_QUERY = `
RETURN COUNT { (:Article) } AS articles, COUNT { (:Statement) } AS statements,
       COUNT { ()-->() } AS relationships`;

interface Entry {
  version: string;
  at: number;
  data: Promise<unknown>;
}

/** More distinct overviews are being computed than the cache allows at once. */
export class OverviewBusyError extends Error {
  constructor(readonly computing: number) {
    super(`${computing} overviews are already being computed`);
    this.name = 'OverviewBusyError';
  }
}

export interface OverviewCache {
  /** The cached answer for `key` at the graph's current version, else `compute()`'s; `hit` says which. */
  get(key: string, compute: () => Promise<unknown>): Promise<{ data: unknown; hit: boolean }>;
  clear(): void;
}

export interface OverviewCacheOptions {
  ttlMs?: number;
  maxEntries?: number;
  maxComputing?: number;
  /** Run the version query and each computation in a slot of the server's admission (for routes not admitted). */
  admission?: Admission;
}

export function overviewCache(db: Database, options: OverviewCacheOptions = {}): OverviewCache {
  const ttlMs = options.ttlMs ?? 30_000;
  const maxEntries = options.maxEntries ?? 32;
  // Requests that share a computation do not count: only distinct overviews being computed do.
  const maxComputing = options.maxComputing ?? 4;
  let computing = 0;
  const entries = new Map<string, Entry>();

  const inSlot = <T>(work: () => Promise<T>) =>
    options.admission ? options.admission.run(work) : work();

  const version = async () => {
    const { records } = await inSlot(() => db.run(OVERVIEW_VERSION_QUERY, {}, { timeoutMs: 5000 }));
    const r = records[0];
    return `${r.get('articles')}/${r.get('statements')}/${r.get('relationships')}`;
  };

  return {
    async get(key, compute) {
      const current = await version();
      const cached = entries.get(key);
      if (cached && cached.version === current && Date.now() - cached.at < ttlMs)
        return { data: await cached.data, hit: true };
      if (computing >= maxComputing) throw new OverviewBusyError(computing);
      computing++;
      const data = inSlot(compute).finally(() => computing--);
      const entry: Entry = { version: current, at: Date.now(), data };
      entries.delete(key);
      entries.set(key, entry);
      // Oldest first: Map keeps insertion order.
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      try {
        return { data: await entry.data, hit: false };
      } catch (error) {
        if (entries.get(key) === entry) entries.delete(key);
        throw error;
      }
    },
    clear: () => entries.clear(),
  };
}
