// The ingest pipeline: read → extract → write, one article at a time, a bad article failing alone.
// It sits above both ingest/ (pure) and graph/ (the writer), so every arrow points down.
import type { Database } from '../graph/database.ts';
import { writeExtraction, type WriteStatus } from '../graph/write-extraction.ts';
import type { ActorRegistry } from '../ingest/actors/index.ts';
import { extractArticle } from '../ingest/extract/index.ts';
import { readInputs, type ReadOptions } from '../ingest/read/index.ts';
import type { Article, Extraction } from '../ingest/types.ts';

export type IngestStatus = WriteStatus | 'dry-run';

/** An article read, extracted and (unless a dry run) written. */
export interface IngestedArticle {
  origin: string;
  ok: true;
  status: IngestStatus;
  article: Article;
  extraction: Extraction;
}

/** An input that could not be read, extracted or written, and why. */
export interface FailedInput {
  origin: string;
  ok: false;
  error: string;
}

export type ArticleOutcome = IngestedArticle | FailedInput;

export interface IngestTotals {
  articles: number;
  failed: number;
  added: number;
  updated: number;
  unchanged: number;
  sentences: number;
  words: number;
  actors: number;
  relations: number;
  seconds: number;
}

export interface IngestOptions {
  dryRun?: boolean;
  read?: Partial<ReadOptions>;
  onArticle?: (outcome: ArticleOutcome, totals: IngestTotals) => void;
}

/** Extracts one article and, unless it is a dry run (or there is no database), writes it in one transaction. */
export async function ingestArticle(
  db: Database | null,
  article: Article,
  registry: ActorRegistry,
  options: { dryRun?: boolean } = {},
): Promise<IngestedArticle> {
  const extraction = extractArticle(article, registry);
  const status = options.dryRun || !db ? 'dry-run' : (await writeExtraction(db, extraction)).status;
  return { origin: article.origin, ok: true, status, article, extraction };
}

export function emptyTotals(): IngestTotals {
  return {
    articles: 0,
    failed: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    sentences: 0,
    words: 0,
    actors: 0,
    relations: 0,
    seconds: 0,
  };
}

/** Ingests every article the inputs name; failures are reported with their origin and do not stop the batch. */
export async function ingestInputs(
  db: Database | null,
  inputs: string[],
  registry: ActorRegistry,
  options: IngestOptions = {},
): Promise<{ totals: IngestTotals; outcomes: ArticleOutcome[] }> {
  const started = performance.now();
  const totals = emptyTotals();
  const outcomes: ArticleOutcome[] = [];
  const seenActors = new Set<string>();
  for await (const read of readInputs(inputs, options.read ?? {})) {
    let outcome: ArticleOutcome;
    if (!read.ok) {
      outcome = { origin: read.origin, ok: false, error: read.error };
    } else {
      try {
        outcome = await ingestArticle(db, read.article, registry, { dryRun: options.dryRun });
      } catch (error) {
        outcome = { origin: read.article.origin, ok: false, error: (error as Error).message };
      }
    }
    totals.articles++;
    if (!outcome.ok) {
      totals.failed++;
    } else {
      if (outcome.status === 'added') totals.added++;
      if (outcome.status === 'updated') totals.updated++;
      if (outcome.status === 'unchanged') totals.unchanged++;
      totals.sentences += outcome.extraction.sentenceCount;
      totals.words += outcome.extraction.wordCount;
      totals.relations += outcome.extraction.relations.length;
      for (const a of outcome.extraction.actors) seenActors.add(a.id);
      totals.actors = seenActors.size;
    }
    totals.seconds = (performance.now() - started) / 1000;
    outcomes.push(outcome);
    options.onArticle?.(outcome, totals);
  }
  totals.seconds = (performance.now() - started) / 1000;
  return { totals, outcomes };
}
