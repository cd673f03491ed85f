// A full calendar date from a metadata value or a piece of text (chrono for the written-out forms).
import * as chrono from 'chrono-node';

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
export function firstFullDate(text: string): string | null {
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
