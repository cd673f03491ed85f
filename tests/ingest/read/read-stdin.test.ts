// Reading "-": the stream is injected, and its format sniffed.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { _articles, _failures, _readAll } from './_read-all.ts';

const stdin = (text: string): Readable => Readable.from([Buffer.from(text, 'utf8')]);

describe('readInputs: stdin', () => {
  it('reads JSON lines, one record per line, origin "-:line"', async () => {
    const body = [
      '{"title": "First", "text": "The assembly voted to admit a new member state on Tuesday."}',
      'not json',
      '{"title": "Second", "text": "Border crossings reopened after the storm passed.", "date": "2018-05-01"}',
    ].join('\n');
    const results = await _readAll(['-'], { stdin: stdin(body) });
    expect(_articles(results).map((a) => [a.title, a.origin, a.publishedAt])).toEqual([
      ['First', '-:1', null],
      ['Second', '-:3', '2018-05-01'],
    ]);
    expect(_failures(results)).toEqual([
      { origin: '-:2', error: expect.stringMatching(/^invalid JSON/) },
    ]);
  });

  it('reads one JSON record', async () => {
    const results = await _readAll(['-'], {
      stdin: stdin(
        '{\n  "title": "Single",\n  "text": "A single record arrived on standard input."\n}\n',
      ),
    });
    expect(_articles(results).map((a) => [a.title, a.origin])).toEqual([['Single', '-']]);
  });

  it('reads HTML', async () => {
    const html =
      '<!doctype html><html><head><title>Relief convoy arrives</title></head><body><article>' +
      '<p>A relief convoy of forty trucks reached the besieged town on Wednesday, aid agencies said.</p>' +
      '</article></body></html>';
    const [result] = await _readAll(['-'], { stdin: stdin(html) });
    if (!result.ok) throw new Error(result.error);
    expect(result.article.title).toBe('Relief convoy arrives');
    expect(result.article.text).toContain('A relief convoy of forty trucks');
    expect(result.article.text).not.toContain('<p>');
  });

  it('reads plain text, with front matter, in several chunks', async () => {
    const text =
      '---\ntitle: Chunked\npublished: 2017-09-12\n---\nThe parliament approved the budget after a long night of debate.\n';
    const chunks = Readable.from(
      [text.slice(0, 10), text.slice(10, 33), text.slice(33)].map((s) => Buffer.from(s)),
    );
    const [result] = await _readAll(['-'], { stdin: chunks });
    if (!result.ok) throw new Error(result.error);
    expect(result.article).toMatchObject({
      title: 'Chunked',
      publishedAt: '2017-09-12',
      origin: '-',
    });
  });

  it('fails empty input with a reason', async () => {
    expect(await _readAll(['-'], { stdin: stdin('   \n') })).toEqual([
      { ok: false, origin: '-', error: 'no text' },
    ]);
  });

  it('fails broken front matter with a reason', async () => {
    const [result] = await _readAll(['-'], {
      stdin: stdin('---\ntitle: [unclosed\n---\nBody text here.\n'),
    });
    expect(result).toMatchObject({
      ok: false,
      origin: '-',
      error: expect.stringMatching(/^invalid front matter/),
    });
  });
});
