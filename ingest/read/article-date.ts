// The publication date: metadata first, else a dateline or a date near the top, else the page's citation of itself.
import * as chrono from 'chrono-node';
import { citationReferences } from './clean-text.ts';

export interface DateMeta {
  publishedAt?: string | null;
  date?: string | null;
  published?: string | null;
}

/** How much of the top of the text may hold the dateline: past this a date is an event, not the publication. */
const TOP_CHARS = 600;
const TOP_LINES = 8;

// A fixed reference keeps results independent of the day the tests run; only full dates are accepted anyway.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return null;
  }
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The first full calendar date (year, month and day all written) in the text, or null. */
function firstFullDate(text: string): string | null {
  for (const result of chrono.strict.parse(text, REFERENCE)) {
    const s = result.start;
    if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
    const iso = isoDay(s.get('year') ?? 0, s.get('month') ?? 0, s.get('day') ?? 0);
    if (iso) return iso;
  }
  return null;
}

/** A metadata date: ISO strings are taken as written (no shift to UTC), anything else goes to chrono. */
export function parseMetaDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(trimmed);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return firstFullDate(trimmed);
}

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
