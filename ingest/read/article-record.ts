// JSON records to articles: the record schema, articleFromRecord, and JSON / JSON-lines bodies.
import { z } from 'zod';
import type { Article } from '../types.ts';
import { articleMetaSchema, describeIssues } from './article-meta.ts';
import { buildArticle } from './build-article.ts';
import { htmlToDraft } from './html-article.ts';
import { ReadError, reasonOf } from './read-error.ts';
import type { ReadResult } from './types.ts';

/** `{title?, text | html, url?, source?, publishedAt?, date?, id?}`; other keys are ignored. */
export const articleRecordSchema = articleMetaSchema
  .extend({
    text: z.string().optional(),
    html: z.string().optional(),
    // Accepted but not used as Article.id: identity comes from the text so duplicates merge.
    id: z.union([z.string(), z.number()]).optional(),
  })
  .refine((r) => Boolean(r.text?.trim() || r.html?.trim()), {
    message: 'a record needs a non-empty "text" or "html"',
  });

export type ArticleRecord = z.input<typeof articleRecordSchema>;

export function articleFromRecord(record: unknown, origin: string): Article {
  const parsed = articleRecordSchema.safeParse(record);
  if (!parsed.success)
    throw new ReadError(origin, `invalid record: ${describeIssues(parsed.error)}`);
  const r = parsed.data;
  if (r.text?.trim()) return buildArticle({ ...r, text: r.text }, origin);
  // Record fields win over what the page says about itself.
  const fromHtml = htmlToDraft(r.html ?? '', r.url);
  return buildArticle(
    {
      text: fromHtml.text,
      title: r.title ?? fromHtml.title,
      url: r.url ?? fromHtml.url,
      source: r.source ?? fromHtml.source,
      publishedAt: r.publishedAt ?? r.date ?? r.published ?? fromHtml.publishedAt,
    },
    origin,
  );
}

function resultOf(record: unknown, origin: string): ReadResult {
  try {
    return { ok: true, article: articleFromRecord(record, origin) };
  } catch (error) {
    return { ok: false, origin, error: reasonOf(error) };
  }
}

const firstLine = (message: string): string => message.split('\n')[0];

/** A JSON body: one record (origin as is) or an array of records (origin "[i]"). */
export function* readJsonBody(body: string, origin: string): Generator<ReadResult> {
  let value: unknown;
  try {
    value = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch (error) {
    yield { ok: false, origin, error: `invalid JSON: ${firstLine((error as Error).message)}` };
    return;
  }
  if (!Array.isArray(value)) {
    yield resultOf(value, origin);
    return;
  }
  if (value.length === 0) yield { ok: false, origin, error: 'empty JSON array: no records' };
  for (let i = 0; i < value.length; i++) yield resultOf(value[i], `${origin}[${i}]`);
}

/** JSON lines: one record per non-blank line, origin "origin:line" (1-based), a bad line fails alone. */
export async function* readJsonLines(
  lines: AsyncIterable<string> | Iterable<string>,
  origin: string,
): AsyncGenerator<ReadResult> {
  let n = 0;
  let records = 0;
  for await (const line of lines) {
    n++;
    const trimmed = (n === 1 ? line.replace(/^\uFEFF/, '') : line).trim();
    if (trimmed === '') continue;
    records++;
    const at = `${origin}:${n}`;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      yield {
        ok: false,
        origin: at,
        error: `invalid JSON: ${firstLine((error as Error).message)}`,
      };
      continue;
    }
    yield resultOf(value, at);
  }
  if (records === 0) yield { ok: false, origin, error: 'no records (empty JSON lines input)' };
}
