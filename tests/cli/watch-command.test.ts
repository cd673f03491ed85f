// `entente watch`: a drop folder followed by the real CLI against the real Neo4j: what is there at start, then a
// file dropped in while it runs; a restart finds both unchanged without extracting them, extracts a changed file
// again, and extracts every file again once an analyst's actor correction changed the actors files.
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
/** This test's own curated actors file (absent at first), where an analyst's corrections are kept. */
let curated: string;
const children: ChildProcess[] = [];

/** Starts `entente watch` and waits until it says it is watching; its output so far is kept in `out`. */
async function startWatch() {
  const child = spawn(process.execPath, [CLI, 'watch', dir], {
    env: { ...process.env, ENTENTE_CURATED_ACTORS: curated },
  });
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
  curated = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'entente-watch-curated-')), 'a.json');
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
  fs.rmSync(path.dirname(curated), { recursive: true, force: true });
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
    expect(second.out.stdout).toMatch(
      /unchanged: .*first\.md \(already written, not extracted again\)/,
    );
    expect(second.out.stdout).toMatch(
      /unchanged: .*second\.txt \(already written, not extracted again\)/,
    );
    await stop(second.child);
  });

  it('extracts a file changed while it was stopped, and its new relation lands', async () => {
    fs.writeFileSync(
      path.join(dir, 'first.md'),
      article(
        'Talks',
        'Norway criticised Russia over the flights near its northern coast. ' +
          'Estonia imposed sanctions on Belarus after a dispute over fishing rights. ' +
          'The Hanseatic Guard attacked positions held by Latvia near the river.',
      ),
    );
    const restart = await startWatch();
    // A new text is a new article (its id is the text's).
    expect(restart.out.stdout).toMatch(/added: .*first\.md \(2 relations\)/);
    expect(restart.out.stdout).toMatch(/unchanged: .*second\.txt \(already written/);
    await stop(restart.child);
    expect(await relations('Hanseatic')).toEqual(['EST SANCTION BLR', 'NOR CRITICIZE RUS']);
  });

  it('extracts every file again once an actor correction changed the actors files', async () => {
    // The analyst names an actor the extractor did not know: the sentence it opens now yields a relation.
    fs.writeFileSync(
      curated,
      JSON.stringify([
        {
          id: 'hanseatic-guard',
          name: 'Hanseatic Guard',
          type: 'ArmedGroup',
          aliases: ['Hanseatic Guard'],
        },
      ]),
    );
    const corrected = await startWatch();
    expect(corrected.out.stdout).toMatch(/updated: .*first\.md \(3 relations\)/);
    expect(corrected.out.stdout).toMatch(/unchanged: .*second\.txt \(\d+ relations\)/);
    await stop(corrected.child);
    expect(await relations('Hanseatic')).toEqual([
      'EST SANCTION BLR',
      'NOR CRITICIZE RUS',
      'hanseatic-guard ATTACK LVA',
    ]);

    // With the same actors files, a restart extracts nothing again: the unchanged file recorded the new version.
    const again = await startWatch();
    expect(again.out.stdout.match(/not extracted again/g)).toHaveLength(2);
    await stop(again.child);
  });
});

/** The statements of the test's article whose text has these words, as "source TYPE target", sorted. */
async function relations(words: string): Promise<string[]> {
  const r = await db.run(
    `MATCH (s:Statement)-[:REPORTED_IN]->(a:Article)
     WHERE a.text CONTAINS $mark AND a.text CONTAINS $words
     RETURN s.source + ' ' + s.type + ' ' + s.target AS relation ORDER BY relation`,
    { words, mark: MARK },
  );
  return r.records.map((x) => x.get('relation') as string);
}
