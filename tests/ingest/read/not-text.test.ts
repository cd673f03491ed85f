// What is not an article's text fails alone with its reason: binary files, invalid UTF-8, files over the limit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeArticleText } from '../../../ingest/read/decode-text.ts';
import { _articles, _failures, _readAll } from './_read-all.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-not-text-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, bytes: Uint8Array | string): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

describe('inputs that are not text', () => {
  it('refuses a program renamed .txt and invalid UTF-8, and still reads the good file beside them', async () => {
    write('program.txt', fs.readFileSync(process.execPath).subarray(0, 4096));
    write('latin1.txt', Buffer.from('Chile met Peru in Lima.\xff\xfe', 'latin1'));
    write('good.txt', 'Chile met Peru in Lima.');
    const results = await _readAll([dir]);
    expect(_articles(results).map((a) => a.text)).toEqual(['Chile met Peru in Lima.']);
    const failures = Object.fromEntries(
      _failures(results).map((f) => [path.basename(f.origin), f.error]),
    );
    expect(failures['program.txt']).toMatch(/^binary content/);
    expect(failures['latin1.txt']).toBe('invalid UTF-8 at byte 23');
  });

  it('refuses text full of control characters and files over the size limit', () => {
    const controls = decodeArticleText(new TextEncoder().encode('a\u0001b\u0002c\u0003 text'));
    expect(controls).toMatchObject({ ok: false, reason: expect.stringMatching(/^binary content/) });
    const big = decodeArticleText(new TextEncoder().encode('x'.repeat(2048)), 1024);
    expect(big).toMatchObject({ ok: false, reason: expect.stringMatching(/^file too large/) });
    expect(decodeArticleText(new TextEncoder().encode('Chile met Peru.\n\tIt rained.'))).toEqual({
      ok: true,
      text: 'Chile met Peru.\n\tIt rained.',
    });
  });
});
