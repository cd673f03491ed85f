// A whole body in a known format (from stdin, a URL or a file) to read results.
import { readJsonBody, readJsonLines } from './article-record.ts';
import { buildArticle, normaliseInputText } from './build-article.ts';
import { splitFrontMatter } from './front-matter.ts';
import { htmlToDraft } from './html-article.ts';
import { reasonOf } from './read-error.ts';
import type { ArticleDraft, BodyFormat, ReadResult } from './types.ts';

/** Used where a field is missing: a URL's address and host name. */
export type DraftDefaults = Pick<ArticleDraft, 'url' | 'source'>;

function draftOf(
  body: string,
  format: 'text' | 'html',
  origin: string,
  defaults: DraftDefaults,
): ArticleDraft {
  if (format === 'html') {
    const draft = htmlToDraft(body, defaults.url);
    return { ...draft, source: draft.source ?? defaults.source };
  }
  const { meta, body: text } = splitFrontMatter(normaliseInputText(body), origin);
  return { ...meta, text, url: meta.url ?? defaults.url, source: meta.source ?? defaults.source };
}

export async function* readBody(
  body: string,
  format: BodyFormat,
  origin: string,
  defaults: DraftDefaults = {},
): AsyncGenerator<ReadResult> {
  if (format === 'json') {
    yield* readJsonBody(body, origin);
    return;
  }
  if (format === 'jsonl') {
    yield* readJsonLines(body.split(/\r?\n/), origin);
    return;
  }
  try {
    yield { ok: true, article: buildArticle(draftOf(body, format, origin, defaults), origin) };
  } catch (error) {
    yield { ok: false, origin, error: reasonOf(error) };
  }
}
