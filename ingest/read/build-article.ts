// From a draft (text and metadata as found) to an Article: normalise, clean, identify, date and title it.
import type { Article } from '../types.ts';
import { articleDate } from './article-date.ts';
import { articleId } from './article-id.ts';
import { articleTitle } from './article-title.ts';
import { cleanText } from './clean-text.ts';
import { ReadError } from './read-error.ts';
import type { ArticleDraft } from './types.ts';

/** One newline convention and no control characters, so every later offset means the same thing. */
export function normaliseInputText(text: string): string {
  return (
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ')
  );
}

export function buildArticle(draft: ArticleDraft, origin: string): Article {
  const raw = normaliseInputText(draft.text);
  const text = cleanText(raw);
  if (text.trim() === '') {
    throw new ReadError(
      origin,
      raw.trim() === '' ? 'no text' : 'no text left after removing boilerplate',
    );
  }
  return {
    id: articleId(text),
    title: articleTitle(draft.title, text, origin),
    text,
    url: draft.url ?? null,
    source: draft.source ?? null,
    // Dated from the raw text: a dateline may sit in a header that clean-up blanks.
    publishedAt: articleDate(draft, raw),
    origin,
  };
}
