// The metadata fields shared by front matter and JSON records, validated with zod.
import { z } from 'zod';
import { parseMetaDate } from './meta-date.ts';

/** A metadata value: strings as given, numbers and dates (YAML, JSON) as strings, blanks as absent. */
export const metaString = z
  .union([z.string(), z.number(), z.date()])
  .nullish()
  .transform((v) => {
    if (v === null || v === undefined) return undefined;
    const s = v instanceof Date ? v.toISOString() : String(v);
    return s.trim() === '' ? undefined : s.trim();
  });

/**
 * A date the user gave (front matter, a record): a full calendar date, or it is an error, not a silent null
 * ("2024-13-45" is no day). Pages' own meta dates are not held to this: they are only hints.
 */
export const metaDate = metaString.superRefine((value, context) => {
  if (value !== undefined && !parseMetaDate(value))
    context.addIssue({
      code: 'custom',
      message: `"${value.slice(0, 40)}" is not a calendar date (write YYYY-MM-DD)`,
    });
});

export const articleMetaSchema = z.object({
  title: metaString,
  url: metaString,
  source: metaString,
  publishedAt: metaDate,
  date: metaDate,
  published: metaDate,
});

export type ArticleMeta = z.output<typeof articleMetaSchema>;

/** "text: expected string; url: ..." — zod issues in one line for an error message. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}
