// What an ingest reports, one shape for the CLI (`entente ingest --json`) and the API (`POST /api/ingest`),
// and the record `entente extract` prints for outside scorers.
import { formatRelationId } from '../graph/relation-id.ts';
import { MAX_SENTENCE_CHARS } from '../ingest/extract/sentences.ts';
import type { Actor, ActorType, Extraction, Relation } from '../ingest/types.ts';
import type {
  ArticleOutcome,
  FailedInput,
  IngestedArticle,
  IngestStatus,
  IngestTotals,
} from './ingest-pipeline.ts';

export interface ActorSummary {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  countryCode: string | null;
}

/** One extracted statement, with the id of the aggregated relationship it feeds. */
export type RelationSummary = Relation & { id: string };

export interface ArticleSummary {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  /** Absent when the article was not extracted. */
  words?: number;
  sentences?: number;
  /** Present when runs of text without sentence ends were cut to a bounded length before extraction. */
  note?: string;
}

/** One article's ingest: what was read, whether it was written, and what was found in it. */
export interface ArticleIngestSummary {
  origin: string;
  ok: true;
  status: IngestStatus;
  /** Transient database errors ridden out while writing it (absent when none). */
  retries?: number;
  /** The original article this one is a syndicated copy of (it shares that article's statements), else null. */
  copyOf: string | null;
  /** Present (false) when the article was not extracted: the graph held this input, written by the same extractor,
   * so actors and relations are empty here (the graph has them). */
  extracted?: false;
  article: ArticleSummary;
  actors: ActorSummary[];
  relations: RelationSummary[];
}

export type IngestSummary = ArticleIngestSummary | FailedInput;

/** A batch: the totals, why it stopped early (null when it did not), and one summary per input. */
export interface IngestReport {
  totals: IngestTotals;
  stopped: string | null;
  articles: IngestSummary[];
}

export function actorSummary(a: Actor): ActorSummary {
  return { id: a.id, name: a.name, type: a.type, aliases: a.aliases, countryCode: a.countryCode };
}

export function summarizeOutcome(outcome: ArticleOutcome): IngestSummary {
  return outcome.ok ? summarizeArticle(outcome) : outcome;
}

/** What a summary says of the article itself, whether or not it was extracted again. */
function articleFields(article: IngestedArticle['article']) {
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    source: article.source,
    publishedAt: article.publishedAt,
  };
}

export function summarizeArticle(outcome: IngestedArticle): ArticleIngestSummary {
  const { article, extraction } = outcome;
  if (!extraction)
    return {
      origin: outcome.origin,
      ok: true,
      status: outcome.status,
      copyOf: outcome.copyOf,
      extracted: false,
      article: articleFields(article),
      actors: [],
      relations: [],
    };
  return {
    origin: outcome.origin,
    ok: true,
    status: outcome.status,
    ...(outcome.retries ? { retries: outcome.retries } : {}),
    copyOf: outcome.copyOf,
    article: {
      ...articleFields(article),
      words: extraction.wordCount,
      sentences: extraction.sentenceCount,
      ...(extraction.cutSentences
        ? {
            note: `${extraction.cutSentences} piece(s) of over-long text without sentence ends were cut to ${MAX_SENTENCE_CHARS} characters before extraction`,
          }
        : {}),
    },
    actors: extraction.actors.map(actorSummary),
    relations: extraction.relations.map((r) => ({ id: formatRelationId(r), ...r })),
  };
}

export interface ExtractionRecord {
  id: string;
  actors: ActorSummary[];
  mentions: { start: number; end: number; text: string; actorId: string }[];
  relations: Pick<
    Relation,
    | 'source'
    | 'target'
    | 'type'
    | 'quadClass'
    | 'score'
    | 'date'
    | 'sentence'
    | 'confidence'
    | 'rule'
  >[];
}

/** The line `entente extract --format jsonl` prints: outside tools score these fields, so keep them exactly. */
export function extractionRecord(id: string, extraction: Extraction): ExtractionRecord {
  return {
    id,
    actors: extraction.actors.map(actorSummary),
    mentions: extraction.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      actorId: m.actorId,
    })),
    relations: extraction.relations.map((r) => ({
      source: r.source,
      target: r.target,
      type: r.type,
      quadClass: r.quadClass,
      score: r.score,
      date: r.date,
      sentence: r.sentence,
      confidence: r.confidence,
      rule: r.rule,
    })),
  };
}
