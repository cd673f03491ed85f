// `entente watch`: a drop folder followed by the real CLI against the real Neo4j: what is there at start, then a
// file dropped in while it runs; a restart finds both unchanged.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAggregates } from '../../graph/aggregates.ts';
import { Database } from '../../graph/database.ts';

const CLI = path.resolve('bin/entente.js');
const MARK = 'watch-test';

let db: Database;
let dir: string;
const children: ChildProcess[] = [];

/** Starts `entente watch` and waits until it says it is watching; its output so far is kept in `out`. */
async function startWatch() {
  const child = spawn(process.execPath, [CLI, 'watch', dir], { env: process.env });
  children.push(child);
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (d) => (out.stdout += d));
  child.stderr.on('data', (d) => (out.stderr += d));
  await until(() => out.stderr.includes('watching'), out);
  return { child, out };
}

async function until(done: () => boolean, out: { stdout: string; stderr: string }, ms = 180_000) {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error(`timed out; stdout: ${out.stdout} stderr: ${out.stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function stop(child: ChildProcess) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

const article = (title: string, body: string) =>
  `---\ntitle: ${title}\npublishedAt: 2031-02-03\n---\n${body} (${MARK})\n`;

beforeAll(() => {
  db = new Database();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-watch-'));
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  const r = await db.run(
    'MATCH (a:Article) WHERE a.text CONTAINS $mark RETURN collect(a.id) AS ids',
    {
      mark: MARK,
    },
  );
  const ids = r.records[0].get('ids') as string[];
  await db.writeTransaction((run) =>
    withAggregates(run, ids, () =>
      run(
        `MATCH (a:Article) WHERE a.id IN $ids
         OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a)
         DETACH DELETE s, a`,
        { ids },
      ),
    ),
  );
  fs.rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('entente watch', () => {
  it('ingests what is in the folder, then each file dropped in, and a restart changes nothing', async () => {
    fs.writeFileSync(
      path.join(dir, 'first.md'),
      article('Talks', 'Norway criticised Russia over the flights near its northern coast.'),
    );
    const first = await startWatch();
    expect(first.out.stdout).toMatch(/added: .*first\.md \(1 relations\)/);

    fs.writeFileSync(
      path.join(dir, 'second.txt'),
      article('Pact', 'Estonia and Latvia signed a pact to guard their shared border together.'),
    );
    fs.writeFileSync(path.join(dir, 'notes.pdfx'), 'not an article');
    await until(() => first.out.stdout.includes('second.txt'), first.out);
    expect(first.out.stdout).toMatch(/added: .*second\.txt/);
    expect(first.out.stdout).not.toMatch(/notes\.pdfx/);
    const stored = await db.run(
      'MATCH (a:Article) WHERE a.text CONTAINS $mark RETURN a.title AS title ORDER BY title',
      { mark: MARK },
    );
    expect(stored.records.map((x) => x.get('title'))).toEqual(['Pact', 'Talks']);
    await stop(first.child);

    const second = await startWatch();
    expect(second.out.stdout).toMatch(/unchanged: .*first\.md/);
    expect(second.out.stdout).toMatch(/unchanged: .*second\.txt/);
    await stop(second.child);
  });
});
