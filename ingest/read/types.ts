// What reading returns per input, and the draft an article is built from.
import type { Article } from '../types.ts';

/** One input's outcome: an article, or the reason that input (alone) failed. */
export type ReadResult =
  { ok: true; article: Article } | { ok: false; origin: string; error: string };

/** Metadata and text as found, before clean-up, identity and dating. */
export interface ArticleDraft {
  text: string;
  title?: string;
  url?: string;
  source?: string;
  publishedAt?: string;
  date?: string;
  published?: string;
}

/** How a body is read: by file extension, by content type, or sniffed. */
export type BodyFormat = 'text' | 'html' | 'json' | 'jsonl';
