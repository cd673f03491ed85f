// Following a drop folder: the article files already in it are ingested at start (unchanged ones are found by
// their fingerprint and left as they are), then each file that appears or changes, once it has been quiet a moment.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../graph/database.ts';
import type { ActorRegistry } from '../ingest/actors/index.ts';
import { formatOfPath } from '../ingest/read/formats.ts';
import { ExtractPool } from './extract-pool.ts';
import {
  ingestInputs,
  type Extractors,
  type IngestOptions,
  type StreamOptions,
} from './ingest-pipeline.ts';

export interface WatchOptions extends IngestOptions {
  /** Extraction threads kept for the whole watch (else extraction in this thread, with the registry given). */
  extractors?: Extractors;
  /** Articles written per transaction (default 16). */
  batchSize?: number;
}

export interface WatchFolderOptions extends WatchOptions {
  /** How long a file must go unwritten before it is read (default 500 ms): a copy in progress is not read half. */
  settleMs?: number;
}

export interface Watch {
  /** Resolves once what is there at start is ingested. */
  ready: Promise<void>;
  /** Stops watching and waits for the ingest under way. */
  close(): Promise<void>;
}

/** The options of each ingest a watch runs, with its one extraction pool (started once: a worker's start-up is
 * the registry and the extractor loading, which each group of new articles would otherwise pay again). */
export function watchRuns(options: WatchOptions): { run: StreamOptions; pool: ExtractPool | null } {
  const pool = options.extractors
    ? new ExtractPool(options.extractors.workers, options.extractors.registry)
    : null;
  return { run: { ...options, extractors: pool ?? undefined }, pool };
}

/** Watches `dir` (and its subfolders) and ingests its article files as they come. */
export function watchFolder(
  db: Database,
  dir: string,
  registry: ActorRegistry | null,
  options: WatchFolderOptions = {},
): Watch {
  const settleMs = options.settleMs ?? 500;
  const timers = new Map<string, NodeJS.Timeout>();
  const due = new Set<string>();
  let closed = false;
  const { run, pool } = watchRuns(options);
  // One ingest at a time, in order: the start-up pass first, then each group of settled files.
  let work: Promise<void> = ingestInputs(db, [dir], registry, run).then(() => undefined);
  const ready = work;

  const flush = () => {
    const files = [...due].filter((f) => fs.statSync(f, { throwIfNoEntry: false })?.isFile());
    due.clear();
    if (files.length === 0 || closed) return;
    work = work
      .catch(() => undefined)
      .then(() => ingestInputs(db, files, registry, run))
      .then(() => undefined);
  };

  const watcher = fs.watch(dir, { recursive: true }, (_event, name) => {
    if (!name || closed) return;
    const file = path.join(dir, name.toString());
    if (!formatOfPath(file) || path.basename(file).startsWith('.')) return;
    clearTimeout(timers.get(file));
    timers.set(
      file,
      setTimeout(() => {
        timers.delete(file);
        due.add(file);
        flush();
      }, settleMs),
    );
  });

  return {
    ready,
    async close() {
      closed = true;
      watcher.close();
      for (const t of timers.values()) clearTimeout(t);
      await work.catch(() => undefined);
      await pool?.close();
    },
  };
}
