// Article identity: a hash of the normalised cleaned text, so one article read twice is one article.
import { createHash } from 'node:crypto';

/** NFKC, whitespace collapsed, trimmed, lower-cased: layout and case do not make a new article. */
export function normaliseForId(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function articleId(text: string): string {
  return createHash('sha256').update(normaliseForId(text), 'utf8').digest('hex').slice(0, 24);
}
