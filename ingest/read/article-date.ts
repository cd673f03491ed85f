// The publication date: metadata first, else a dateline or a date near the top, else the page's citation of itself.
import { citationReferences } from './clean-text.ts';
import { firstFullDate, parseMetaDate } from './meta-date.ts';

export interface DateMeta {
  publishedAt?: string | null;
  date?: string | null;
  published?: string | null;
}

/** How much of the top of the text may hold the dateline: past this a date is an event, not the publication. */
const TOP_CHARS = 600;
const TOP_LINES = 8;

function topOf(text: string): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.slice(0, TOP_LINES).join('\n').slice(0, TOP_CHARS);
}

export function articleDate(meta: DateMeta, text: string): string | null {
  for (const value of [meta.publishedAt, meta.date, meta.published]) {
    const parsed = parseMetaDate(value);
    if (parsed) return parsed;
  }
  const top = firstFullDate(topOf(text));
  if (top) return top;
  // "For academic citation: Surname, F. "Title." Publisher, March 7, 2022." dates the page it cites.
  for (const reference of citationReferences(text)) {
    const cited = firstFullDate(reference);
    if (cited) return cited;
  }
  return null;
}
