// The metadata fields shared by front matter and JSON records, validated with zod.
import { z } from 'zod';

/** A metadata value: strings as given, numbers and dates (YAML, JSON) as strings, blanks as absent. */
export const metaString = z
  .union([z.string(), z.number(), z.date()])
  .nullish()
  .transform((v) => {
    if (v === null || v === undefined) return undefined;
    const s = v instanceof Date ? v.toISOString() : String(v);
    return s.trim() === '' ? undefined : s.trim();
  });

export const articleMetaSchema = z.object({
  title: metaString,
  url: metaString,
  source: metaString,
  publishedAt: metaString,
  date: metaString,
  published: metaString,
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
