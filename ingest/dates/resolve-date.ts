// Resolves the date a sentence speaks of ("on February 24", "last Tuesday") against the article date.
import * as chrono from 'chrono-node';

// Lower-case words chrono reads as dates that in news prose are mostly not ("may", "march", "now").
const NOT_DATES =
  /^(may|march|now|second|sun|sat|wed|mar|jan|aug|sept?|oct|nov|dec|today|tonight|this week)$/i;

function iso(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The ISO date of the first date expression in `sentence`, else `publishedAt` (which may be null). */
export function resolveDate(sentence: string, publishedAt: string | null): string | null {
  // Cheap pre-check: most sentences have no date words at all.
  if (
    !/\d|day|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ago|yesterday|tomorrow/i.test(
      sentence,
    )
  ) {
    return publishedAt;
  }
  const reference = publishedAt ? new Date(`${publishedAt}T12:00:00`) : new Date();
  const results = chrono.en.parse(
    sentence,
    { instant: reference, timezone: undefined },
    { forwardDate: false },
  );
  for (const result of results) {
    const text = result.text.trim();
    if (NOT_DATES.test(text) && text === text.toLowerCase()) continue;
    // A bare number or time ("at 5", "3 pm") says nothing about the day.
    if (
      !result.start.isCertain('day') &&
      !result.start.isCertain('month') &&
      !result.start.isCertain('weekday') &&
      !/ago|yesterday|tomorrow|last|next|year/i.test(text)
    )
      continue;
    // "on Tuesday" in a news article means the past Tuesday, not the next one; without an article date
    // the reference is today, and an undated report still speaks of the past.
    let date = result.start.date();
    if (iso(date) > iso(reference) && !/next|tomorrow|will/i.test(sentence)) {
      if (result.start.isCertain('weekday') && !result.start.isCertain('day'))
        date = new Date(date.getTime() - 7 * 86_400_000);
      else if (!result.start.isCertain('year') && result.start.isCertain('month'))
        date = new Date(date.getFullYear() - 1, date.getMonth(), date.getDate());
    }
    return iso(date);
  }
  return publishedAt;
}
