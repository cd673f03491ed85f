// The `entente` command runs the compiled dist/ only while no source is newer than it, and the TypeScript otherwise.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-build-stamp-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function touch(file: string, secondsAgo: number) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, '');
  const at = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(file, at, at);
}

it('calls a build fresh until a source, or package.json, is newer', async () => {
  const stampModule = pathToFileURL(path.resolve('bin/build-stamp.js')).href;
  const { builtAndFresh, SOURCE_DIRS, STAMP } = (await import(stampModule)) as {
    builtAndFresh: (root: string) => boolean;
    SOURCE_DIRS: string[];
    STAMP: string;
  };
  for (const dir of SOURCE_DIRS) fs.mkdirSync(path.join(root, dir), { recursive: true });
  touch(path.join(root, 'package.json'), 100);
  touch(path.join(root, 'graph', 'writer.ts'), 100);
  expect(builtAndFresh(root)).toBe(false); // never built

  touch(path.join(root, 'dist', STAMP), 50);
  expect(builtAndFresh(root)).toBe(true);

  touch(path.join(root, 'ingest', 'extract', 'rules.json'), 10);
  expect(builtAndFresh(root)).toBe(false); // a data file edited since

  touch(path.join(root, 'dist', STAMP), 5);
  expect(builtAndFresh(root)).toBe(true);
  touch(path.join(root, 'package.json'), 0);
  expect(builtAndFresh(root)).toBe(false);
});
