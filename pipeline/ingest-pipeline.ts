// The ingest pipeline: read → extract → write, one article at a time, a bad article failing alone.
import type { Database } from '../graph/database.ts';
import { writeExtraction, type WriteStatus } from '../graph/write-extraction.ts';
import type { ActorRegistry } from './actors/index.ts';
import { extractArticle } from './extract/index.ts';
import { readInputs } from './read/index.ts';
import type { ReadOptions } from './read/index.ts';
import type { Article, Extraction } from './types.ts';

export interface ArticleOutcome {
  origin: string;
  ok: boolean;
  error?: string;
  articleId?: string;
  title?: string;
  status?: WriteStatus | 'dry-run';
  extraction?: Extraction;
}

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

/** Extracts one article and, unless it is a dry run, writes it in one transaction. */
export async function ingestArticle(
  db: Database | null,
  article: Article,
  registry: ActorRegistry,
  options: { dryRun?: boolean } = {},
): Promise<ArticleOutcome> {
  const extraction = extractArticle(article, registry);
  if (options.dryRun || !db) {
    return {
      origin: article.origin,
      ok: true,
      articleId: article.id,
      title: article.title,
      status: 'dry-run',
      extraction,
    };
  }
  const written = await writeExtraction(db, extraction);
  return {
    origin: article.origin,
    ok: true,
    articleId: article.id,
    title: article.title,
    status: written.status,
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
    if (!outcome.ok) totals.failed++;
    if (outcome.status === 'added') totals.added++;
    if (outcome.status === 'updated') totals.updated++;
    if (outcome.status === 'unchanged') totals.unchanged++;
    if (outcome.extraction) {
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
