// The streamed pipeline against the real Neo4j: extraction on a worker thread and writes batched across articles
// give the same graph as one article at a time in this thread; a bad article in a batch fails alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAggregates } from '../../graph/aggregates.ts';
import { Database } from '../../graph/database.ts';
import { writeExtractions } from '../../graph/write-extraction.ts';
import { loadActorRegistry } from '../../ingest/actors/index.ts';
import type { Extraction } from '../../ingest/types.ts';
import { ingestInputs, type ArticleOutcome } from '../../pipeline/ingest-pipeline.ts';

const SAMPLES = path.resolve('samples/articles');
const TAG = 'Pipeline test copy';
let db: Database;
let dir: string;

/** A full garbage collection, to see what is still referenced. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/** Sample articles given new ids (a line added), so they are new to the shared database. They are near-copies
 * of the sample corpus by construction, so they are written with copy detection off. */
function copies(count: number, marker: string): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-pipeline-'));
  for (const name of fs.readdirSync(SAMPLES).sort().slice(0, count)) {
    const text = fs.readFileSync(path.join(SAMPLES, name), 'utf8');
    fs.writeFileSync(path.join(out, name), `${text}\n\n${TAG} ${marker}.\n`);
  }
  return out;
}

async function graphOf(articleIds: string[]) {
  const r = await db.run(
    `MATCH (s:Statement) WHERE s.articleId IN $ids
     RETURN s.articleId AS article, s.relationId AS relation, s.rule AS rule, s.sentenceStart AS at
     ORDER BY article, at, relation, rule`,
    { ids: articleIds },
  );
  return r.records.map((x) => x.toObject());
}

/** Every aggregate's counts and dates (sums rounded against float drift). */
async function aggregates() {
  const r = await db.run(
    `MATCH (:Actor)-[r]->(:Actor) WHERE r.count IS NOT NULL
     RETURN r.id AS id, r.count AS count, r.articleCount AS articles, r.firstSeen AS first,
            r.lastSeen AS last, round(r.meanScore, 6) AS mean ORDER BY id`,
  );
  return r.records.map((x) => x.toObject());
}

/** Removes the copies, moving the aggregates they fed (shared with the sample corpus) back down. */
async function clean(articleIds: string[]) {
  await db.writeTransaction((run) =>
    withAggregates(run, articleIds, () =>
      run(
        `MATCH (a:Article) WHERE a.id IN $ids
         OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a)
         DETACH DELETE s, a`,
        { ids: articleIds },
      ),
    ),
  );
}

beforeAll(() => {
  db = new Database();
  dir = copies(8, 'one');
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('ingestInputs, streamed', () => {
  it('writes with a worker and batches what one article at a time in this thread writes', async () => {
    const before = await aggregates();
    const seen: ArticleOutcome[] = [];
    const threaded = await ingestInputs(db, [dir], null, {
      extractors: { workers: 1, registry: {} },
      batchSize: 3,
      detectCopies: false,
      onArticle: (o) => seen.push(o),
    });
    expect(threaded.totals).toMatchObject({ articles: 8, added: 8, failed: 0 });
    const ids = seen.flatMap((o) => (o.ok ? [o.article.id] : []));
    expect(ids).toHaveLength(8);
    // Outcomes come in input order.
    expect(seen.map((o) => path.basename(o.origin))).toEqual(fs.readdirSync(dir).sort());
    const batched = await graphOf(ids);
    expect(batched.length).toBe(threaded.totals.relations);

    await clean(ids);
    const single = await ingestInputs(db, [dir], loadActorRegistry(), {
      batchSize: 1,
      detectCopies: false,
    });
    expect(single.totals).toMatchObject({
      articles: 8,
      added: 8,
      relations: threaded.totals.relations,
    });
    expect(await graphOf(ids)).toEqual(batched);

    const again = await ingestInputs(db, [dir], null, {
      extractors: { workers: 1, registry: {} },
      batchSize: 5,
      detectCopies: false,
    });
    expect(again.totals).toMatchObject({ articles: 8, unchanged: 8, failed: 0 });
    await clean(ids);
    // The copies fed relations the sample corpus has: removing them leaves those as they were.
    expect(await aggregates()).toEqual(before);
  });

  it('keeps no outcome once it has been reported, so memory does not grow with the input', async () => {
    const many = copies(10, 'memory');
    const alive: WeakRef<object>[] = [];
    const ids: string[] = [];
    try {
      const run = await ingestInputs(db, [many], null, {
        extractors: { workers: 1, registry: {} },
        batchSize: 3,
        detectCopies: false,
        onArticle: (o) => {
          if (!o.ok || !o.extraction) return;
          alive.push(new WeakRef(o.extraction));
          ids.push(o.article.id);
        },
      });
      expect(run.totals).toMatchObject({ articles: 10, failed: 0 });
      expect(alive).toHaveLength(10);
      // A WeakRef made in this turn keeps its target until the turn ends.
      await new Promise((r) => setTimeout(r, 0));
      collectGarbage();
      // The run in hand holds totals only: every extraction it reported can be collected.
      expect(alive.filter((w) => w.deref() !== undefined)).toHaveLength(0);
      expect(run.totals.articles).toBe(10);
    } finally {
      await clean(ids);
      fs.rmSync(many, { recursive: true, force: true });
    }
  }, 300_000);

  it('fails a bad article alone when its batch cannot be written whole', async () => {
    const good = (id: string): Extraction => ({
      article: {
        id: `pipeline-test-${id}`,
        title: id,
        text: `Text ${id}.`,
        url: null,
        source: null,
        publishedAt: '2024-01-01',
        origin: id,
      },
      actors: [],
      mentions: [],
      relations: [],
      sentenceCount: 1,
      wordCount: 2,
    });
    const bad = good('bad');
    // An actor whose type is not on the closed list: refused before anything is written.
    bad.actors = [
      {
        id: 'pipeline-test-x',
        name: 'X',
        type: 'Planet' as 'State',
        aliases: [],
        countryCode: null,
      },
    ];
    const results = await writeExtractions(db, [good('a'), bad, good('b')]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]).toMatchObject({
      error: expect.stringMatching(/unknown actor type "Planet"/),
    });
    const r = await db.run(
      'MATCH (a:Article) WHERE a.id STARTS WITH $p RETURN a.id AS id ORDER BY id',
      {
        p: 'pipeline-test-',
      },
    );
    expect(r.records.map((x) => x.get('id'))).toEqual(['pipeline-test-a', 'pipeline-test-b']);
    await clean(['pipeline-test-a', 'pipeline-test-b']);
  });
});
