// Ingest's extraction off the event loop: one pool of worker threads, each article under a time budget, so a
// costly article cannot stall the other requests; an actor correction swaps in a pool with the new registry.
import { ExtractPool } from '../../pipeline/extract-pool.ts';

export interface ServerExtractor {
  /** The pool, started on first use (its workers load the registry from ENTENTE_ACTORS and the curated file). */
  pool(): ExtractPool;
  /** The curated file changed: later articles go to a new pool; the old one finishes what it has. */
  changed(): void;
  close(): Promise<void>;
}

export function serverExtractor(options: { workers: number; budgetMs: number }): ServerExtractor {
  let current: ExtractPool | null = null;
  return {
    pool: () => (current ??= new ExtractPool(options.workers, {}, { budgetMs: options.budgetMs })),
    changed: () => {
      current?.retire();
      current = null;
    },
    close: async () => {
      await current?.close();
      current = null;
    },
  };
}
