// The seed article, ingested as it came off the web into the test Neo4j: every relation it states, nothing from its page chrome.
// Its text is read from ../shared/seed at run time and never copied here; eval/seed/expected.json holds what it states.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeCurationArticle } from '../graph/_curation-fixture.ts';
import { Database } from '../../graph/database.ts';
import { readInputs } from '../../ingest/read/index.ts';
import { seedExpected, seedMatches } from '../../eval/seed/evaluate-seed.ts';

const CLI = path.resolve('bin/entente.js');
const SEED_DIR = path.resolve(process.env.ENTENTE_SEED_DIR ?? path.join('..', 'shared', 'seed'));
const SEED = path.join(SEED_DIR, '000_c88d7f08c6d8b7c1.txt');

interface Statement {
  source: string;
  sourceName: string;
  target: string;
  targetName: string;
  type: string;
  quadClass: string | null;
  sentence: string;
  rule: string;
}

/**
 * The article body as the page lays it out: from the headline (the line under the page header) to the line before
 * the first "Want to Read More?" prompt. Everything else on the page is chrome: headers, the citation, reading lists.
 */
function bodyOf(raw: string): { headline: string; body: string } {
  const lines = raw.split('\n');
  const end = lines.findIndex((line) => /^want to read more\?$/i.test(line.trim()));
  if (end < 2) throw new Error(`seed-article: no "Want to Read More?" prompt in ${SEED}`);
  return { headline: lines[1].trim(), body: lines.slice(1, end).join('\n') };
}

function ingest(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, 'ingest', file, '--json'],
      { env: process.env, timeout: 300_000, maxBuffer: 64 << 20 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let db: Database;
let raw: string;
let page: { headline: string; body: string };
let articleId: string;
let statements: Statement[];
let actors: { id: string; name: string; type: string }[];

beforeAll(async () => {
  raw = fs.readFileSync(SEED, 'utf8');
  page = bodyOf(raw);
  db = new Database();
  const result = await ingest(SEED);
  expect(result.stderr).not.toMatch(/failed:/);
  expect(result.code).toBe(0);
  // The article's id from the reader itself, so the test does not depend on the summary's shape.
  for await (const read of readInputs([SEED])) if (read.ok) articleId = read.article.id;
  const found = await db.run(
    `MATCH (art:Article {id: $id})<-[:REPORTED_IN]-(s:Statement)
     MATCH (s)-[:SOURCE]->(a:Actor), (s)-[:TARGET]->(b:Actor)
     RETURN a.id AS source, a.name AS sourceName, b.id AS target, b.name AS targetName,
            s.type AS type, s.quadClass AS quadClass, s.sentence AS sentence, s.rule AS rule`,
    { id: articleId },
  );
  statements = found.records.map((r) => r.toObject() as Statement);
  const mentioned = await db.run(
    `MATCH (a:Actor)-[:MENTIONED_IN]->(:Article {id: $id}) RETURN a.id AS id, a.name AS name, a.type AS type`,
    { id: articleId },
  );
  actors = mentioned.records.map((r) => r.toObject() as { id: string; name: string; type: string });
});

// The seed article's relations (Iran calling NATO's expansion a threat, among others) must not stay in the shared
// test database, where the analytics tests read the sample corpus alone.
afterAll(async () => {
  if (db && articleId) await removeCurationArticle(db, articleId);
  await db?.close();
});

describe('the seed article as a page', () => {
  it('is stored under its headline, dated by its own citation', async () => {
    const r = await db.run(
      `MATCH (a:Article {id: $id}) RETURN a.title AS title, a.publishedAt AS publishedAt, a.text AS text`,
      { id: articleId },
    );
    const article = r.records[0].toObject();
    expect(article.title).toBe(page.headline);
    expect(article.publishedAt).toBe('2022-03-07');
    // Offsets index the input: the stored text is the page with the chrome blanked, the body in place.
    expect(article.text.length).toBe(raw.replace(/\r\n?/g, '\n').length);
    expect(article.text.indexOf(page.body)).toBe(raw.indexOf(page.body));
  });

  it('yields no statement whose evidence is not in the article body', () => {
    expect(statements.length).toBeGreaterThan(0);
    const outside = statements.filter((s) => !page.body.includes(s.sentence));
    expect(outside).toEqual([]);
  });

  // Names the page's chrome would make actors of: its header, the contact office, the citation's publisher,
  // and the journals, centres and countries of the reading lists (China appears only there).
  const CHROME_NAMES = seedExpected.notActors;
  it.each(CHROME_NAMES)('makes no actor of "%s"', (name) => {
    const folded = name.toLowerCase();
    expect(actors.filter((a) => a.name.toLowerCase() === folded)).toEqual([]);
    const ends = statements.filter(
      (s) => s.sourceName.toLowerCase() === folded || s.targetName.toLowerCase() === folded,
    );
    expect(ends).toEqual([]);
  });

  it('names only actors the body names', () => {
    const body = page.body.toLowerCase();
    // An actor's name, or the demonym or capital the body uses for it, is in the body.
    const unnamed = actors.filter(
      (a) =>
        !body.includes(a.name.toLowerCase()) &&
        !(ALIASES_IN_BODY[a.id] ?? []).some((alias) => body.includes(alias.toLowerCase())),
    );
    expect(unnamed).toEqual([]);
  });
});

/** How the body refers to actors by other words than their names. */
const ALIASES_IN_BODY: Record<string, string[]> = {
  RUS: ['Russian', 'Moscow'],
  IRN: ['Iranian', 'Tehran'],
  SYR: ['Syrian'],
};

// Every relation the article states, from eval/seed/expected.json (shared with `npm run eval`). `pending` marks
// what extraction does not find yet: those run as `it.fails`, so the suite turns red the day one is found.
const EXPECTED = seedExpected.relations;

describe('the relations the seed article states', () => {
  it('finds every evidence key once in the body (the table still fits the article)', () => {
    for (const e of EXPECTED) expect(page.body.split(e.evidence).length - 1, e.evidence).toBe(1);
  });

  for (const e of EXPECTED) {
    const test = e.pending ? it.fails : it;
    test(e.pending ? `${e.name} (pending: ${e.pending})` : e.name, () => {
      expect(statements.filter((s) => seedMatches(s, e))).not.toEqual([]);
    });
  }
});
