// What each `entente` command loads at start: the real CLI (the compiled dist/ when fresh, else the TypeScript) run
// with a module-load hook that records every ES module it loads. A command must not load what it never uses:
// `queries` (a list) not compromise, `--version` no command at all. `extract` loading compromise shows the trace sees it.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CLI = path.resolve('bin/entente.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-start-up-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// The hook runs on Node's loader thread: it appends each URL loaded to the file the environment names.
fs.writeFileSync(
  path.join(dir, 'hook.mjs'),
  `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.ENTENTE_TEST_LOAD_TRACE, url + '\\n');
  return next(url, context);
}
`,
);
fs.writeFileSync(
  path.join(dir, 'register.mjs'),
  `import { register } from 'node:module';\nregister('./hook.mjs', import.meta.url);\n`,
);

/**
 * The files a command loaded: each module's path, and for a compiled chunk the sources its source map names
 * (packages inlined into the bundle show there).
 */
async function loadedSources(args: string[], input = ''): Promise<string[]> {
  const trace = path.join(dir, `trace-${args.join('-')}.txt`);
  fs.writeFileSync(trace, '');
  const child = run(
    process.execPath,
    ['--import', pathToFileURL(path.join(dir, 'register.mjs')).href, CLI, ...args],
    { env: { ...process.env, ENTENTE_TEST_LOAD_TRACE: trace }, timeout: 120_000 },
  );
  child.child.stdin?.end(input);
  await child;
  const urls = fs.readFileSync(trace, 'utf8').split('\n').filter(Boolean);
  const files = urls.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
  const mapped = files.flatMap((file) => {
    const map = `${file}.map`;
    if (!fs.existsSync(map)) return [];
    const { sources } = JSON.parse(fs.readFileSync(map, 'utf8')) as { sources: string[] };
    return sources.map((s) => path.resolve(path.dirname(file), s));
  });
  return [...files, ...mapped].map((f) => f.split(path.sep).join('/'));
}

const compromise = (files: string[]) =>
  files.filter((f) => f.includes('/node_modules/compromise/'));
const commandModules = (files: string[]) => files.filter((f) => /\/bin\/commands\//.test(f));

describe('modules loaded at start', () => {
  it('extract loads compromise: the trace sees an inlined package', async () => {
    const files = await loadedSources(
      ['extract', '--format', 'jsonl', '-'],
      '{"id":"a","text":"Russia attacked Ukraine on Monday."}\n',
    );
    expect(compromise(files).length).toBeGreaterThan(0);
  });

  it('queries lists the named queries without loading compromise', async () => {
    const files = await loadedSources(['queries']);
    expect(files.some((f) => f.includes('/queries/named/review-queue'))).toBe(true);
    expect(compromise(files)).toEqual([]);
  });

  it('--version loads no command module', async () => {
    const files = await loadedSources(['--version']);
    expect(files.some((f) => f.endsWith('/bin/entente.js'))).toBe(true);
    expect(commandModules(files)).toEqual([]);
  });
});
