// Inputs large or deep enough to exhaust memory or the call stack: a 50 MB file of any format fails alone with the
// size limit's message before it is read, and an HTML page nested 20,000 elements deep is read, not a stack overflow.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_ARTICLE_MB } from '../../../ingest/read/decode-text.ts';
import { _articles, _failures, _readAll } from './_read-all.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-large-input-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('large inputs', () => {
  it('refuses a 50 MB file of any format with the size limit, and reads the file beside it', async () => {
    const size = 50 * 1024 * 1024;
    // Text that would be read as an article if it were small; generated here, never committed.
    const line = Buffer.from('Chile met Peru in Lima on 3 May 2022.\n');
    const big = Buffer.alloc(size);
    for (let i = 0; i < size; i += line.length) line.copy(big, i);
    for (const name of ['big.txt', 'big.html', 'big.pdf', 'big.docx'])
      fs.writeFileSync(path.join(dir, name), big);
    fs.writeFileSync(path.join(dir, 'small.txt'), 'Chile met Peru in Lima.');

    const results = await _readAll([dir]);
    expect(_articles(results).map((a) => a.text)).toEqual(['Chile met Peru in Lima.']);
    const limit = DEFAULT_MAX_ARTICLE_MB * 1024 * 1024;
    expect(_failures(results)).toEqual(
      ['big.docx', 'big.html', 'big.pdf', 'big.txt'].map((name) => ({
        origin: path.join(dir, name),
        error: `file too large: ${size} bytes, more than the ${limit}-byte limit (ENTENTE_MAX_ARTICLE_MB)`,
      })),
    );
  });

  it('reads an HTML page nested 20,000 elements deep', async () => {
    const depth = 20_000;
    const file = path.join(dir, 'deep.html');
    fs.writeFileSync(
      file,
      `<html><body>${'<div>'.repeat(depth)}<p>Chile met Peru in Lima.</p>${'</div>'.repeat(depth)}</body></html>`,
    );
    const results = await _readAll([file]);
    expect(_failures(results)).toEqual([]);
    expect(_articles(results).map((a) => a.text)).toEqual(['Chile met Peru in Lima.']);
  });
});
