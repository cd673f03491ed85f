// Identity: the same article, however laid out and wherever read from, has one id.
import { describe, expect, it } from 'vitest';
import { articleId } from '../../../ingest/read/article-id.ts';
import { _articles, _fixture, _readAll } from './_read-all.ts';

describe('articleId', () => {
  it('is 24 hex characters', () => {
    expect(articleId('Some text.')).toMatch(/^[0-9a-f]{24}$/);
  });

  it('ignores case, whitespace layout and compatibility forms (NFKC)', () => {
    const id = articleId('Talks resume in Geneva.\n\nBoth sides attended.');
    expect(articleId('  TALKS  resume in Geneva.  Both sides\tattended. ')).toBe(id);
    expect(articleId('Ｔａｌｋｓ resume in Geneva. Both sides attended.')).toBe(id); // full-width letters
    expect(articleId('Talks resumed in Geneva. Both sides attended.')).not.toBe(id);
  });

  it('gives the same id to the same article read from .txt and .jsonl', async () => {
    const articles = _articles(
      await _readAll([_fixture('same-story.txt'), _fixture('same-story.jsonl')]),
    );
    expect(articles).toHaveLength(2);
    expect(articles[0].id).toBe(articles[1].id);
    expect(articles[0].origin).not.toBe(articles[1].origin);
  });

  it('is computed on the cleaned text: boilerplate around the same story does not change it', () => {
    // Mirrors what buildArticle does; the reader tests cover the wiring.
    expect(articleId('Envoys met.\n\n\n')).toBe(articleId('Envoys met.'));
  });
});
