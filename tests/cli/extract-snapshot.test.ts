// `entente extract` started from its start-up snapshot (dist/extract.blob, bin/extract-snapshot.ts) prints what the
// modules print: the same records, errors, messages and exit code, with user actor files and a time zone too; the
// command starts from it when the build made one for this Node and project, and from the modules otherwise.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve('.') + path.sep;
const CLI = path.resolve('bin/entente.js');
const DIST = path.resolve('dist');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-extract-snapshot-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Files {
  SNAPSHOT_BLOB: string;
  SNAPSHOT_INFO: string;
  SNAPSHOT_NODE_FLAGS: string[];
  SNAPSHOT_SCRIPT: string;
  usableSnapshot: (root: string) => string | null;
}
let files: Files;
beforeAll(async () => {
  files = (await import(
    pathToFileURL(path.resolve('bin/extract-snapshot-files.js')).href
  )) as Files;
  const { builtAndFresh } = (await import(
    pathToFileURL(path.resolve('bin/build-stamp.js')).href
  )) as { builtAndFresh: (root: string) => boolean };
  // npm test builds first; a focused run needs `node bin/build-cli.js` after an edit.
  expect(builtAndFresh(ROOT), 'dist/ is older than the sources: run node bin/build-cli.js').toBe(
    true,
  );
});

async function outcome(args: string[], input: string, env: Record<string, string> = {}) {
  const child = run(process.execPath, args, { env: { ...process.env, ...env }, timeout: 120_000 });
  child.child.stdin?.end(input);
  const { stdout, stderr, code } = (await child.catch((error: unknown) => error)) as {
    stdout: string;
    stderr: string;
    code?: number;
  };
  return { stdout, stderr, code: code ?? 0 };
}

const LINES = [
  { id: 's1', text: 'The Zorblatt Party condemned Russia on Monday.' },
  { id: 's2', text: 'Ukraine   was attacked by Russia on February 24.', date: '2022-03-01' },
  { id: 's3', text: 42 },
  { id: 's4', text: 'Turkey criticised Sweden over the protests.', date: 'soon' },
]
  .map((l) => JSON.stringify(l))
  .join('\n');

describe('extract from the start-up snapshot', () => {
  it('the build made a blob this Node and this project can use', () => {
    expect(files.usableSnapshot(ROOT)).toBe(path.join(DIST, files.SNAPSHOT_BLOB));
  });

  it('prints what the modules print: records, errors, messages, exit code, user actors, time zone', async () => {
    const actors = path.join(tmp, 'actors.json');
    fs.writeFileSync(
      actors,
      JSON.stringify([{ id: 'zz-party', name: 'Zorblatt Party', type: 'Organization' }]),
    );
    const blob = path.join(DIST, files.SNAPSHOT_BLOB);
    const script = pathToFileURL(path.join(DIST, files.SNAPSHOT_SCRIPT)).href;
    for (const [args, env] of [
      [['extract', '--format', 'jsonl', '-'], {}],
      [['extract', '--actors', actors], { TZ: 'America/Los_Angeles' }],
      [['extract'], { ENTENTE_CURATED_ACTORS: actors, TZ: 'Asia/Tokyo' }],
      [['extract', '--format', 'xml'], {}],
      [['extract', '--bogus'], {}],
    ] as [string[], Record<string, string>][]) {
      const fromBlob = await outcome(
        [...files.SNAPSHOT_NODE_FLAGS, '--snapshot-blob', blob, script, ...args],
        LINES,
        env,
      );
      const fromModules = await outcome([path.join(DIST, 'cli.js'), ...args], LINES, env);
      expect(fromBlob, args.join(' ')).toEqual(fromModules);
    }
    const first = await outcome([path.join(DIST, 'cli.js'), 'extract', '--actors', actors], LINES);
    expect(first.code).toBe(1); // s3 and s4 are bad
    expect(first.stdout).toContain('"zz-party"');
  });

  it('holds the built-in registry built: it reads no prepared index when it starts', async () => {
    // The blob finds dist/ from the script's URL it is given: here a folder whose prepared index has no actors,
    // which a start that read the index would extract with.
    const elsewhere = path.join(tmp, 'dist-elsewhere');
    fs.mkdirSync(elsewhere, { recursive: true });
    fs.writeFileSync(path.join(elsewhere, files.SNAPSHOT_SCRIPT), '');
    const empty = { actors: [], index: [], bodies: [], capitalPlaces: [] };
    fs.writeFileSync(
      path.join(elsewhere, 'actor-index.json'),
      JSON.stringify({ format: 1, builtIn: { actors: [], capitals: [] }, registry: empty }),
    );
    const script = pathToFileURL(path.join(elsewhere, files.SNAPSHOT_SCRIPT)).href;
    const blob = path.join(DIST, files.SNAPSHOT_BLOB);
    const line = '{"id":"r","text":"Russia attacked Ukraine on Monday."}';
    const { stdout, code } = await outcome(
      [...files.SNAPSHOT_NODE_FLAGS, '--snapshot-blob', blob, script, 'extract'],
      line,
      // No user actor files: the built-in registry serves alone.
      { ENTENTE_CURATED_ACTORS: path.join(tmp, 'none.json') },
    );
    expect(code).toBe(0);
    const record = JSON.parse(stdout) as { actors: { id: string }[] };
    expect(record.actors.map((a) => a.id)).toEqual(['RUS', 'UKR']);
  });

  it('bin/entente.js starts extract from the blob, without the extra CA certificates', async () => {
    // The command waits on stdin meanwhile: its child Node is the one started with the blob.
    const certs = path.join(tmp, 'extra-ca.pem');
    fs.writeFileSync(certs, '');
    const parent = spawn(process.execPath, [CLI, 'extract'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NODE_EXTRA_CA_CERTS: certs, ENTENTE_TEST_MARK: 'inherited' },
    });
    let stdout = '';
    parent.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    // Polled until it has the blob's command line: between fork and exec a child shows its parent's.
    let child = '';
    let childEnv: string[] = [];
    for (let i = 0; i < 600 && !child.includes('--snapshot-blob'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const list = `/proc/${parent.pid}/task/${parent.pid}/children`;
      const pid = fs.existsSync(list) ? fs.readFileSync(list, 'utf8').trim().split(' ')[0] : '';
      if (pid) child = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      if (pid) childEnv = fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    }
    parent.stdin.end(`${LINES.split('\n')[1]}\n`);
    const code = await new Promise((resolve) => parent.on('close', resolve));
    expect(child).toContain(`--snapshot-blob ${path.join(DIST, files.SNAPSHOT_BLOB)}`);
    // Node 20 would read and parse them as the child starts; extract opens no TLS connection.
    expect(childEnv).toContain('ENTENTE_TEST_MARK=inherited');
    expect(childEnv.filter((v) => v.startsWith('NODE_EXTRA_CA_CERTS='))).toEqual([]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).id).toBe('s2');
  });
});

describe('a blob the command must not use', () => {
  it('is none when missing, from another Node, or for a project elsewhere', () => {
    const root = path.join(tmp, 'project') + path.sep;
    fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
    const info = (node: string, at: string) =>
      fs.writeFileSync(
        path.join(root, 'dist', files.SNAPSHOT_INFO),
        JSON.stringify({ node, root: at }),
      );
    expect(files.usableSnapshot(root)).toBeNull(); // nothing built
    info(process.version, root);
    expect(files.usableSnapshot(root)).toBeNull(); // no blob
    fs.writeFileSync(path.join(root, 'dist', files.SNAPSHOT_BLOB), '');
    expect(files.usableSnapshot(root)).toBe(path.join(root, 'dist', files.SNAPSHOT_BLOB));
    info('v0.0.1', root);
    expect(files.usableSnapshot(root)).toBeNull();
    info(process.version, '/elsewhere/');
    expect(files.usableSnapshot(root)).toBeNull();
  });
});
