// `entente ingest` and `entente extract` end to end: the real pipeline, the real Neo4j, the real CLI.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';

const CLI = path.resolve('bin/entente.js');
const SAMPLES = path.resolve('samples/articles');

async function cli(args: string[], input?: string) {
  const child = execFile(process.execPath, [CLI, ...args], {
    env: process.env,
    timeout: 300_000,
    maxBuffer: 64 << 20,
  });
  if (input !== undefined) {
    child.stdin?.end(input);
  } else {
    child.stdin?.end();
  }
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => (stdout += d));
    child.stderr?.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

let db: Database;
let tmp: string;

async function graphCounts() {
  const r = await db.run(
    `CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
     CALL () { MATCH (n:Article) RETURN count(n) AS articles }
     CALL () { MATCH (n:Statement) RETURN count(n) AS statements }
     CALL () { MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS relations, sum(r.count) AS evidence }
     CALL () { MATCH ()-[m:MENTIONED_IN]->() RETURN count(m) AS mentions }
     RETURN actors, articles, statements, relations, evidence, mentions`,
  );
  return r.records[0].toObject();
}

beforeAll(() => {
  db = new Database();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-ingest-cli-'));
});
afterAll(async () => {
  await db.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('entente ingest', () => {
  it('ingests the sample corpus, and a second time changes nothing', async () => {
    const first = await cli(['ingest', SAMPLES, '--json']);
    expect(first.stderr).not.toMatch(/failed:/);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary.totals.articles).toBeGreaterThanOrEqual(40);
    expect(summary.totals.failed).toBe(0);
    const after = await graphCounts();
    expect(after.articles).toBeGreaterThanOrEqual(40);
    expect(after.statements).toBeGreaterThan(50);

    const second = await cli(['ingest', SAMPLES, '--json']);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).totals.unchanged).toBe(summary.totals.articles);
    // Every sample article has a date, and the first run wrote each with this extractor: none is extracted again.
    expect(JSON.parse(second.stdout).totals.extracted).toBe(0);
    expect(await graphCounts()).toEqual(after);
  });

  it('every aggregated relationship reaches an evidence sentence and article (the README query)', async () => {
    const r = await db.run(
      `MATCH (a:Actor)-[r]->(b:Actor)
       OPTIONAL MATCH (s:Statement {relationId: r.id})-[:REPORTED_IN]->(art:Article)
       WITH r, count(s) AS evidence, collect(art.text)[0] AS text, collect(s.sentence)[0] AS sentence
       RETURN count(r) AS relations, sum(CASE WHEN evidence = 0 THEN 1 ELSE 0 END) AS without,
              sum(CASE WHEN evidence <> r.count THEN 1 ELSE 0 END) AS miscounted,
              sum(CASE WHEN NOT text CONTAINS sentence THEN 1 ELSE 0 END) AS foreign`,
    );
    const row = r.records[0].toObject();
    expect(row.relations).toBeGreaterThan(30);
    expect(row).toMatchObject({ without: 0, miscounted: 0, foreign: 0 });
  });

  it('lands the good articles of a batch with a bad one, naming the bad one and exiting non-zero', async () => {
    const good = path.join(tmp, 'good.txt');
    const bad = path.join(tmp, 'broken.json');
    fs.writeFileSync(
      good,
      'Title: a test\n\nThe foreign ministers of Armenia and Azerbaijan met in Almaty on Tuesday to discuss a border deal.\n',
    );
    fs.writeFileSync(bad, '{"title": "cut short", "text": ');
    const result = await cli(['ingest', good, bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(bad);
    expect(result.stdout).toMatch(/2 articles .*1 failed/);
    const r = await db.run(
      `MATCH (a:Article) WHERE a.text CONTAINS 'met in Almaty on Tuesday' RETURN count(a) AS n`,
    );
    expect(r.records[0].get('n')).toBe(1);
  });

  it('writes nothing in a dry run', async () => {
    const file = path.join(tmp, 'dry.md');
    fs.writeFileSync(
      file,
      '---\ntitle: Dry\npublishedAt: 2023-05-01\n---\nTurkey criticised Sweden over the protests in Stockholm.\n',
    );
    const before = await graphCounts();
    const result = await cli(['ingest', file, '--dry-run', '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.articles[0].status).toBe('dry-run');
    expect(await graphCounts()).toEqual(before);
  });

  it('refuses actors files with every problem listed, before reading an article', async () => {
    const actors = path.join(tmp, 'bad-actors.json');
    fs.writeFileSync(
      actors,
      JSON.stringify([
        { id: 'cli-party', name: 'CLI Party', type: 'Party' },
        { id: 'cli-youth', name: 'CLI Youth', type: 'Organization', partOf: 'cli-nothing' },
      ]),
    );
    const before = await graphCounts();
    const result = await cli(['ingest', SAMPLES, '--actors', actors, '--workers', '1']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${actors}:1: entry 0 (id "cli-party"), field "type"`);
    expect(result.stderr).toContain(
      `${actors}:1: entry 1 (id "cli-youth"), field "partOf": no actor has the id "cli-nothing"`,
    );
    expect(result.stdout).toBe('');
    expect(await graphCounts()).toEqual(before);
  });

  it('fails a record whose date is no day alone, and reads the rest', async () => {
    const feed = path.join(tmp, 'dates.jsonl');
    fs.writeFileSync(
      feed,
      [
        { text: 'Turkey criticised Sweden over the protests.', publishedAt: '2024-13-45' },
        { text: 'Finland thanked Sweden for its support.', publishedAt: '2024-03-07' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const result = await cli(['ingest', feed, '--dry-run', '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.articles).toEqual([
      {
        origin: `${feed}:1`,
        ok: false,
        error: expect.stringMatching(/publishedAt: "2024-13-45" is not a calendar date/),
      },
      expect.objectContaining({
        ok: true,
        article: expect.objectContaining({ publishedAt: '2024-03-07' }),
      }),
    ]);
  });
});

describe('entente extract', () => {
  it('prints one line per input in the scored shape, offsets indexing the text as given', async () => {
    const lines = [
      {
        id: 'x1',
        text: 'Russian President Vladimir Putin met Iranian President Ebrahim Raisi in Tehran.',
        date: '2022-07-19',
      },
      { id: 'x2', text: 'Ukraine   was attacked by Russia on February 24.', date: '2022-03-01' },
      { id: 'x3', text: 42 },
    ];
    const result = await cli(
      ['extract', '--format', 'jsonl'],
      lines.map((l) => JSON.stringify(l)).join('\n'),
    );
    const out = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['x1', 'x2', 'x3']);
    expect(result.code).toBe(1); // x3 is bad
    expect(out[2].error).toMatch(/text/);

    for (const [i, o] of out.slice(0, 2).entries()) {
      expect(Object.keys(o).sort()).toEqual(['actors', 'id', 'mentions', 'relations']);
      const ids = new Set(o.actors.map((a: { id: string }) => a.id));
      for (const m of o.mentions) {
        expect(String(lines[i].text).slice(m.start, m.end)).toBe(m.text);
        expect(ids.has(m.actorId)).toBe(true);
      }
      for (const r of o.relations) {
        expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
        expect(Object.keys(r).sort()).toEqual(
          [
            'confidence',
            'date',
            'quadClass',
            'rule',
            'score',
            'sentence',
            'source',
            'target',
            'type',
          ].sort(),
        );
      }
    }
    expect(out[1].relations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          source: 'RUS',
          target: 'UKR',
          type: 'ATTACK',
          date: '2022-02-24',
        }),
      ]),
    );
    expect(out[0].relations).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'CONSULT' })]),
    );
  });
});
