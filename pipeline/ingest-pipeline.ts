// The ingest pipeline: read → extract → write, streamed in batches, a bad article failing alone.
// It sits above both ingest/ (pure) and graph/ (the writer), so every arrow points down.
import type { Database } from '../graph/database.ts';
import type { BatchResult, WriteOptions, WriteStatus } from '../graph/write-extraction.ts';
import { inputKey, writtenInputs, type WrittenInput } from '../graph/written-inputs.ts';
import type { ActorRegistry, LoadActorRegistryOptions } from '../ingest/actors/index.ts';
import { registryDigest } from '../ingest/actors/prepared-index.ts';
import { readInputs, type ReadOptions } from '../ingest/read/index.ts';
import type { Article, Extraction } from '../ingest/types.ts';
import { ExtractPool } from './extract-pool.ts';
import { extractorVersion } from './extractor-version.ts';

export type IngestStatus = WriteStatus | 'dry-run';

/** An article read, extracted and (unless a dry run) written; or read and found already written as it is. */
export interface IngestedArticle {
  origin: string;
  ok: true;
  status: IngestStatus;
  /** The original article this one is a syndicated copy of: it shares that article's statements. */
  copyOf: string | null;
  article: Article;
  /** Null when it was not extracted: the graph held this very input, written by the same extractor (status
   * `unchanged`; graph/written-inputs.ts). */
  extraction: Extraction | null;
  /** Transient database errors ridden out while writing it (absent when none). */
  retries?: number;
}

/** An article that was extracted (every one is, but for an ingest's unchanged inputs). */
export type ExtractedArticle = IngestedArticle & { extraction: Extraction };

/** An input that could not be read, extracted or written, and why. */
export interface FailedInput {
  origin: string;
  ok: false;
  error: string;
  /** Transient database errors ridden out before the write failed (absent when none). */
  retries?: number;
}

export type ArticleOutcome = IngestedArticle | FailedInput;

export interface IngestTotals {
  articles: number;
  failed: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Articles written as syndicated copies of an earlier one (counted in added, updated or unchanged too). */
  copies: number;
  /** Articles extracted: the others were read and found already written, unchanged, by the same extractor (their
   * sentences, words, actors and relations are not counted below). */
  extracted: number;
  sentences: number;
  words: number;
  actors: number;
  relations: number;
  seconds: number;
}

export interface IngestOptions extends WriteOptions {
  dryRun?: boolean;
  read?: Partial<ReadOptions>;
  onArticle?: (outcome: ArticleOutcome, totals: IngestTotals) => void;
}

// Loaded on use: with worker threads this thread never extracts, and a dry run never writes, so neither loads the
// extractor (compromise, the rules) or the writer (the Neo4j driver) for nothing; that is most of a start-up.
const loadExtractor = async () => (await import('../ingest/extract/index.ts')).extractArticle;
const loadWriter = () => import('../graph/write-extraction.ts');

/**
 * Extracts one article (with the registry in this thread, or on an extraction pool) and, unless it is a dry run
 * (or there is no database), writes it in one transaction.
 */
export async function ingestArticle(
  db: Database | null,
  article: Article,
  extractor: ActorRegistry | ExtractPool,
  options: { dryRun?: boolean } & WriteOptions = {},
): Promise<ExtractedArticle> {
  const extraction =
    extractor instanceof ExtractPool
      ? await extractor.extract(article)
      : (await loadExtractor())(article, extractor);
  const written =
    options.dryRun || !db
      ? null
      : await (await loadWriter()).writeExtraction(db, extraction, options);
  return {
    origin: article.origin,
    ok: true,
    status: written?.status ?? 'dry-run',
    copyOf: written?.copyOf ?? null,
    article,
    extraction,
  };
}

export function emptyTotals(): IngestTotals {
  return {
    articles: 0,
    failed: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    copies: 0,
    extracted: 0,
    sentences: 0,
    words: 0,
    actors: 0,
    relations: 0,
    seconds: 0,
  };
}

/** Extraction on worker threads: how many, and the registry each loads. */
export interface Extractors {
  workers: number;
  registry: LoadActorRegistryOptions;
}

export interface StreamOptions extends IngestOptions {
  /**
   * Extract on worker threads (else in this thread, with the registry given): a pool started for this run and
   * closed at its end, or one the caller keeps across runs (`entente watch`) and closes itself.
   */
  extractors?: Extractors | ExtractPool;
  /** Articles written per transaction (default 16). */
  batchSize?: number;
}

/** How a run ended: `stopped` says why it ended early (the database became unavailable), null when it did not. */
export interface IngestRun {
  totals: IngestTotals;
  stopped: string | null;
}

/**
 * Ingests every article the inputs name; failures are reported with their origin and do not stop the batch,
 * except a database that cannot be reached: the batch in hand fails with that reason, nothing more is read, and
 * `stopped` says so (writes are idempotent, so running the same ingest again completes it).
 * Articles stream through: read, extracted (on worker threads when asked) while the previous batch is written,
 * written many per transaction; at most about two batches are held at once, and each outcome goes to
 * `onArticle` and is not kept, so memory stays flat however many articles there are.
 * Before extraction, each group of articles read asks the graph (one statement) which of them it holds as they
 * are, written by the same extractor (graph/written-inputs.ts): those are reported unchanged, not extracted.
 */
export async function ingestInputs(
  db: Database | null,
  inputs: string[],
  registry: ActorRegistry | null,
  options: StreamOptions = {},
): Promise<IngestRun> {
  const started = performance.now();
  const totals = emptyTotals();
  const seenActors = new Set<string>();
  const batchSize = Math.max(1, options.batchSize ?? 16);
  const ownPool =
    options.extractors && !(options.extractors instanceof ExtractPool)
      ? new ExtractPool(options.extractors.workers, options.extractors.registry)
      : null;
  const pool = options.extractors instanceof ExtractPool ? options.extractors : ownPool;
  if (!pool && !registry)
    throw new Error('entente/pipeline/ingest: a registry or extractors are needed');
  const writer = options.dryRun || !db ? null : await loadWriter();
  // The actors files as the pool found them before its workers loaded them, or as this thread's registry read them.
  const version =
    options.extractorVersion !== undefined
      ? options.extractorVersion
      : extractorVersion(pool ? pool.registryDigest : registryDigest(registry!));
  const writeOptions: WriteOptions = { ...options, extractorVersion: version };

  const report = (outcome: ArticleOutcome) => {
    totals.articles++;
    if (!outcome.ok) {
      totals.failed++;
    } else {
      if (outcome.status === 'added') totals.added++;
      if (outcome.status === 'updated') totals.updated++;
      if (outcome.status === 'unchanged') totals.unchanged++;
      if (outcome.copyOf) totals.copies++;
      if (outcome.extraction) {
        totals.extracted++;
        totals.sentences += outcome.extraction.sentenceCount;
        totals.words += outcome.extraction.wordCount;
        totals.relations += outcome.extraction.relations.length;
        for (const a of outcome.extraction.actors) seenActors.add(a.id);
        totals.actors = seenActors.size;
      }
    }
    totals.seconds = (performance.now() - started) / 1000;
    options.onArticle?.(outcome, totals);
  };

  // Articles waiting for the writer, in input order; a slot per article read, so order is kept. An article found
  // written (`written`) passes the writer by.
  type Extracted = { article: Article; extraction: Extraction };
  type Written = { article: Article; written: WrittenInput };
  type Slot = Promise<Extracted | Written | FailedInput>;
  const waiting: Slot[] = [];
  const extract = (article: Article): Slot =>
    (pool
      ? pool.extract(article)
      : // Loaded with the first article to extract: a run whose articles are all written loads no extractor.
        loadExtractor().then((extractArticle) => extractArticle(article, registry!))
    )
      .then((extraction) => ({ article, extraction }))
      .catch((error: Error) => ({
        origin: article.origin,
        ok: false as const,
        error: error.message,
      }));

  // Articles read but not yet looked up: their slots settle once the group is asked about. Looking up stops for
  // the run at its first failure (the writer then meets the database's trouble and reports it).
  const unchecked: { article: Article; key: string | null; settle: (slot: Slot) => void }[] = [];
  let checking = Boolean(writer && db && version);
  const lookUp = async () => {
    const group = unchecked.splice(0);
    if (group.length === 0) return;
    const asked = group.flatMap((g) => (g.key ? [{ articleId: g.article.id, key: g.key }] : []));
    let written = new Map<string, WrittenInput>();
    if (checking && asked.length > 0)
      written = await writtenInputs(db!, asked).catch(() => {
        checking = false;
        return written;
      });
    for (const { article, key, settle } of group) {
      const found = key === null ? undefined : written.get(key);
      settle(found ? Promise.resolve({ article, written: found }) : extract(article));
    }
  };
  const enqueue = (article: Article) => {
    const key = checking ? inputKey(version, article) : null;
    if (key === null) return waiting.push(extract(article));
    waiting.push(new Promise((settle) => unchecked.push({ article, key, settle })));
  };

  // The first write that found the database unreachable: what every later article fails with.
  let unavailable = null as (BatchResult & { ok: false }) | null;
  const writeBatch = async (slots: Slot[]) => {
    await lookUp();
    const done = await Promise.all(slots);
    const extracted = done.filter((d): d is Extracted => 'extraction' in d);
    const written =
      !writer || !db
        ? null
        : unavailable
          ? extracted.map(() => unavailable!)
          : await writer.writeExtractions(
              db,
              extracted.map((e) => e.extraction),
              writeOptions,
            );
    for (const d of done) {
      if ('written' in d) {
        report({
          origin: d.article.origin,
          ok: true,
          status: 'unchanged',
          copyOf: d.written.copyOf,
          article: d.article,
          extraction: null,
        });
        continue;
      }
      if (!('extraction' in d)) {
        report(d);
        continue;
      }
      const w = written?.[extracted.indexOf(d)];
      const retries = w?.retries ? { retries: w.retries } : {};
      if (w && !w.ok) {
        report({ origin: d.article.origin, ok: false, error: w.error, ...retries });
        if (w.unavailable && !unavailable) unavailable = { ...w, retries: 0 };
      } else
        report({
          origin: d.article.origin,
          ok: true,
          status: w ? w.result.status : 'dry-run',
          copyOf: w?.result.copyOf ?? null,
          article: d.article,
          extraction: d.extraction,
          ...retries,
        });
    }
  };

  try {
    for await (const read of readInputs(inputs, options.read ?? {})) {
      if (read.ok) enqueue(read.article);
      else
        waiting.push(
          Promise.resolve({ origin: read.origin, ok: false as const, error: read.error }),
        );
      // A group is looked up as soon as it is whole, so its extractions start while the next is read.
      if (unchecked.length >= batchSize) await lookUp();
      // Back-pressure: reading waits while a batch is written; the workers meanwhile extract the next one.
      if (waiting.length >= 2 * batchSize) await writeBatch(waiting.splice(0, batchSize));
      if (unavailable) break;
    }
    // Once stopped, the articles already read fail with the same reason, without another attempt.
    while (waiting.length > 0) await writeBatch(waiting.splice(0, batchSize));
  } finally {
    await ownPool?.close();
  }
  totals.seconds = (performance.now() - started) / 1000;
  return { totals, stopped: unavailable ? stopMessage(totals, unavailable.error) : null };
}

function stopMessage(totals: IngestTotals, error: string): string {
  const done = totals.added + totals.updated + totals.unchanged;
  return (
    `stopped: the database is unavailable (${error.replace(/^not written: the database is unavailable: /, '')}); ` +
    `${done} article(s) were written before it, the rest were not read: rerun the same ingest to complete it`
  );
}
