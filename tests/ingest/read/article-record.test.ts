// articleFromRecord: records validated with zod, text or html, metadata names accepted.
import { describe, expect, it } from 'vitest';
import { articleFromRecord, ReadError } from '../../../ingest/read/index.ts';

const TEXT = 'The coalition agreed on Sunday to extend the naval mission for another year.';

describe('articleFromRecord', () => {
  it('builds an article from text and metadata', () => {
    const article = articleFromRecord(
      {
        title: ' Mission  extended ',
        text: TEXT,
        url: 'https://example.org/m',
        source: 'Wire',
        date: '2016-04-03',
      },
      'api:1',
    );
    expect(article).toMatchObject({
      title: 'Mission extended',
      text: TEXT,
      url: 'https://example.org/m',
      source: 'Wire',
      publishedAt: '2016-04-03',
      origin: 'api:1',
    });
  });

  it('takes the title from the text, then from the origin, when the record has none', () => {
    expect(articleFromRecord({ text: `Mission Extended\n\n${TEXT}` }, 'x').title).toBe(
      'Mission Extended',
    );
    expect(articleFromRecord({ text: `${TEXT} `.repeat(3) }, 'batch.jsonl:4').title).toBe(
      'batch:4',
    );
  });

  it('accepts html instead of text', () => {
    const article = articleFromRecord(
      { html: `<p>${TEXT}</p>`, publishedAt: '2016-04-03T08:00:00Z' },
      'r',
    );
    expect(article.text).toBe(TEXT);
    expect(article.publishedAt).toBe('2016-04-03');
  });

  // [record, reason]
  const invalid: [unknown, RegExp][] = [
    [{ title: 'No body' }, /non-empty "text" or "html"/],
    [{ text: '   ' }, /non-empty "text" or "html"/],
    [{ text: 42 }, /^invalid record: text:/],
    ['just a string', /^invalid record/],
    [{ text: 'Advertisement\nSubscribe\n' }, /no text left after removing boilerplate/],
    // A date the user gave is a calendar date or an error, never a silent null.
    [
      { text: TEXT, publishedAt: '2024-13-45' },
      /^invalid record: publishedAt: "2024-13-45" is not a calendar date/,
    ],
    [{ text: TEXT, date: '2023-02-29' }, /^invalid record: date: "2023-02-29" is not a calendar/],
    [{ text: TEXT, published: 'soon' }, /^invalid record: published: "soon" is not a calendar/],
  ];
  it.each(invalid)('rejects %o', (record, reason) => {
    let caught: unknown;
    try {
      articleFromRecord(record, 'feed.jsonl:7');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReadError);
    expect((caught as ReadError).origin).toBe('feed.jsonl:7');
    expect((caught as ReadError).reason).toMatch(reason);
    expect((caught as ReadError).message).toContain('feed.jsonl:7');
  });
});
