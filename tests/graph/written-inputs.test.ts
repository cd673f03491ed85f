// Skipping inputs already written, against the real Neo4j: an ingest of the same files with the same extractor
// extracts nothing; a changed file, a new extractor version (rules, code or actors files) or an undated article is
// extracted again; an analyst's decision outlives all of it. The extractor's version itself is tested on a small
// tree of files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAggregates } from '../../graph/aggregates.ts';
import { Database } from '../../graph/database.ts';
import { reviewStatement } from '../../graph/review-statements.ts';
import { writeExtraction } from '../../graph/write-extraction.ts';
import { loadActorRegistry, type ActorRegistry } from '../../ingest/actors/index.ts';
import { extractArticle } from '../../ingest/extract/index.ts';
import { readInputs } from '../../ingest/read/index.ts';
import {
  ingestInputs,
  type ArticleOutcome,
  type StreamOptions,
} from '../../pipeline/ingest-pipeline.ts';
import { codeDigestOf } from '../../pipeline/extractor-version.ts';

const MARK = 'written-inputs-test';
let db: Database;
let registry: ActorRegistry;
let dir: string;
const ids = new Set<string>();

const story = (title: string, body: string, date: string | null = '2031-05-06') =>
  `---\ntitle: ${title}\n${date ? `publishedAt: ${date}\n` : ''}---\n${body} (${MARK})\n`;

/** Ingests the folder; the outcomes, and which of them were extracted. */
async function ingest(options: StreamOptions = {}) {
  const outcomes: ArticleOutcome[] = [];
  const run = await ingestInputs(db, [dir], registry, {
    batchSize: 2,
    ...options,
    onArticle: (o) => {
      if (o.ok) ids.add(o.article.id);
      outcomes.push(o);
    },
  });
  const byFile = (o: ArticleOutcome) => path.basename(o.origin);
  return {
    totals: run.totals,
    status: Object.fromEntries(outcomes.map((o) => [byFile(o), o.ok ? o.status : o.error])),
    extracted: outcomes.filter((o) => o.ok && o.extraction).map(byFile),
  };
}

async function statements(words: string) {
  const r = await db.run(
    `MATCH (s)-[:REPORTED_IN]->(a:Article)
     WHERE a.text CONTAINS $mark AND a.text CONTAINS $words
     RETURN s.id AS id, labels(s)[0] AS label, s.source + ' ' + s.type + ' ' + s.target AS relation,
            s.reviewState AS review
     ORDER BY relation`,
    { mark: MARK, words },
  );
  return r.records.map((x) => x.toObject());
}

beforeAll(() => {
  db = new Database();
  registry = loadActorRegistry();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-written-'));
  fs.writeFileSync(
    path.join(dir, 'a.md'),
    story('Coast', 'Norway criticised Russia over the flights near its northern coast.'),
  );
  fs.writeFileSync(
    path.join(dir, 'b.md'),
    story('Fish', 'Estonia imposed sanctions on Belarus after a dispute over fishing rights.'),
  );
  fs.writeFileSync(
    path.join(dir, 'c.md'),
    story('Rail', 'Finland and Sweden signed an agreement to cooperate on rail freight.'),
  );
});
afterAll(async () => {
  const all = [...ids];
  await db.writeTransaction((run) =>
    withAggregates(run, all, () =>
      run(
        `MATCH (a:Article) WHERE a.id IN $ids
         OPTIONAL MATCH (s)-[:REPORTED_IN]->(a)
         DETACH DELETE s, a`,
        { ids: all },
      ),
    ),
  );
  fs.rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('inputs already written', () => {
  it('are not extracted again by the same extractor; a new version extracts them once more', async () => {
    const first = await ingest({ extractorVersion: 'v1' });
    expect(first.status).toEqual({ 'a.md': 'added', 'b.md': 'added', 'c.md': 'added' });
    expect(first.totals.extracted).toBe(3);

    // An analyst rejects one statement.
    const [coast] = await statements('Norway criticised');
    expect(coast).toMatchObject({ label: 'Statement', relation: 'NOR CRITICIZE RUS' });
    await reviewStatement(db, coast.id as string, { action: 'reject' }, { user: 'ana' });

    const again = await ingest({ extractorVersion: 'v1' });
    expect(again.status).toEqual({ 'a.md': 'unchanged', 'b.md': 'unchanged', 'c.md': 'unchanged' });
    expect(again.extracted).toEqual([]);
    expect(again.totals).toMatchObject({ articles: 3, unchanged: 3, extracted: 0, relations: 0 });

    // New rules: every file is extracted again, found unchanged, and records the new version.
    const rules = await ingest({ extractorVersion: 'v2' });
    expect(rules.extracted).toEqual(['a.md', 'b.md', 'c.md']);
    expect(rules.status).toEqual({ 'a.md': 'unchanged', 'b.md': 'unchanged', 'c.md': 'unchanged' });
    expect((await ingest({ extractorVersion: 'v2' })).extracted).toEqual([]);

    // The rejection held throughout.
    expect(await statements('Norway criticised')).toEqual([
      {
        id: coast.id,
        label: 'RejectedStatement',
        relation: 'NOR CRITICIZE RUS',
        review: 'rejected',
      },
    ]);
  });

  it('extracts a changed file and writes its new relation; the others are skipped', async () => {
    fs.writeFileSync(
      path.join(dir, 'b.md'),
      story(
        'Fish',
        'Estonia imposed sanctions on Belarus after a dispute over fishing rights. ' +
          'Latvia pledged humanitarian aid to Lithuania after floods destroyed several villages.',
      ),
    );
    const changed = await ingest({ extractorVersion: 'v2' });
    expect(changed.extracted).toEqual(['b.md']);
    expect(changed.status).toMatchObject({ 'a.md': 'unchanged', 'b.md': 'added' });
    expect((await statements('Latvia pledged')).map((s) => s.relation)).toEqual([
      'EST SANCTION BLR',
      'LVA PROVIDE_AID LTU',
    ]);
    // Only the title changed: the same text is the same article, rewritten.
    fs.writeFileSync(
      path.join(dir, 'c.md'),
      story('Rail talks', 'Finland and Sweden signed an agreement to cooperate on rail freight.'),
    );
    const retitled = await ingest({ extractorVersion: 'v2' });
    expect(retitled.extracted).toEqual(['c.md']);
    expect(retitled.status['c.md']).toBe('updated');
  });

  it('a write without the version leaves no key behind; an undated article is always extracted', async () => {
    // The same article written with another title by a writer that knows no version (as the API's ingest).
    for await (const read of readInputs([path.join(dir, 'a.md')], {})) {
      if (!read.ok) throw new Error(read.error);
      const other = { ...read.article, title: 'Coast, elsewhere' };
      expect((await writeExtraction(db, extractArticle(other, registry))).status).toBe('updated');
    }
    const after = await ingest({ extractorVersion: 'v2' });
    expect(after.extracted).toEqual(['a.md']);
    expect(after.status['a.md']).toBe('updated');

    fs.writeFileSync(
      path.join(dir, 'd.md'),
      story('Undated', 'Norway and Denmark held talks about water rights.', null),
    );
    const undated = await ingest({ extractorVersion: 'v2' });
    const twice = await ingest({ extractorVersion: 'v2' });
    expect(undated.extracted).toContain('d.md');
    expect(twice.extracted).toEqual(['d.md']);
  });

  it('takes its version from the code and the actors files when none is given', async () => {
    const first = await ingest();
    const second = await ingest();
    expect(first.extracted.length).toBeGreaterThan(1);
    expect(second.extracted).toEqual(['d.md']);
    // Told there is no version, it skips nothing.
    expect((await ingest({ extractorVersion: null })).extracted).toHaveLength(4);
  });
});

describe('the extractor version', () => {
  it('follows the imports from the entry points, and the package lock', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-version-'));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    try {
      expect(codeDigestOf(root)).toBeNull();
      write('pipeline/extract-worker.ts', "import { rules } from '../ingest/rules.ts';\n");
      write('graph/write-extraction.ts', "export const x = await import('./model.ts');\n");
      write('graph/model.ts', 'export const y = 1;\n');
      write('ingest/rules.ts', "import data from './rules.json' with { type: 'json' };\n");
      write('ingest/rules.json', '{"attack": ["struck"]}\n');
      write('ingest/unrelated.ts', 'export const z = 1;\n');
      write('package-lock.json', '{"compromise": "14.17.0"}\n');
      const digest = () => codeDigestOf(root);
      const base = digest();
      expect(base).toMatch(/^[0-9a-f]{64}$/);
      write('ingest/unrelated.ts', 'export const z = 2;\n');
      expect(digest()).toBe(base);
      write('ingest/rules.json', '{"attack": ["struck", "shelled"]}\n');
      const rules = digest();
      expect(rules).not.toBe(base);
      write('graph/model.ts', 'export const y = 2;\n');
      const writer = digest();
      expect(writer).not.toBe(rules);
      write('package-lock.json', '{"compromise": "14.18.0"}\n');
      expect(digest()).not.toBe(writer);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
