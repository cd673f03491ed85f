// Aggregates kept by difference on every write agree with aggregates rebuilt from the statements, in the real Neo4j,
// after a mixed, seeded sequence of first ingests, unchanged and changed re-ingests, and after a review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildAggregates } from '../../graph/aggregates.ts';
import { Database } from '../../graph/database.ts';
import { reviewStatement } from '../../graph/review-statements.ts';
import { writeExtraction } from '../../graph/write-extraction.ts';
import type { Extraction, Relation } from '../../ingest/types.ts';

const PREFIX = 'agg-test-';
const ACTORS = ['north', 'south', 'east'].map((name) => `${PREFIX}${name}`);
const TYPES = ['ATTACK', 'CONSULT'] as const;
const DATES = ['2021-06-01', '2022-01-10', '2022-02-24', '2023-03-15', null];
let db: Database;

/** A small deterministic generator, so a failing sequence can be replayed. */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * n);
  };
}

function relation(pick: (n: number) => number, index: number): Relation {
  const source = ACTORS[pick(ACTORS.length)];
  const target = ACTORS.filter((a) => a !== source)[pick(ACTORS.length - 1)];
  const type = TYPES[pick(TYPES.length)];
  return {
    source,
    target,
    type,
    quadClass: type === 'ATTACK' ? 'MATERIAL_CONFLICT' : 'VERBAL_COOPERATION',
    score: type === 'ATTACK' ? -10 + pick(3) : 1 + pick(3) / 2,
    date: DATES[pick(DATES.length)],
    sentence: `Sentence ${index}.`,
    sentenceStart: index * 20,
    sentenceEnd: index * 20 + 12,
    confidence: 0.5 + pick(5) / 10,
    rule: `rule-${pick(3)}`,
    speaker: null,
    modality: 'asserted',
  };
}

function extraction(articleId: string, relations: Relation[]): Extraction {
  return {
    article: {
      id: `${PREFIX}${articleId}`,
      title: articleId,
      text: `Text of ${articleId}.`,
      url: null,
      source: 'Test Wire',
      publishedAt: '2022-02-24',
      origin: 'test',
    },
    actors: ACTORS.map((id) => ({ id, name: id, type: 'State', aliases: [], countryCode: null })),
    mentions: [],
    relations,
    sentenceCount: relations.length,
    wordCount: 3,
  };
}

/** Every aggregate between the test's actors, keyed by id, means rounded against float drift. */
async function aggregates() {
  const r = await db.run(
    `MATCH (a:Actor)-[r]->(:Actor) WHERE a.id STARTS WITH $p AND r.id IS NOT NULL
     RETURN r {.*, relType: type(r)} AS r ORDER BY r.id`,
    { p: PREFIX },
  );
  return Object.fromEntries(
    r.records.map((record) => {
      const props = record.get('r') as Record<string, unknown>;
      for (const key of ['meanScore', 'meanConfidence', 'scoreSum', 'confidenceSum'])
        props[key] = Number((props[key] as number).toFixed(9));
      return [props.id as string, props];
    }),
  );
}

beforeAll(() => {
  db = new Database();
});
afterAll(async () => {
  await db.run(
    'MATCH (n) WHERE n.id STARTS WITH $p OR n.articleId STARTS WITH $p DETACH DELETE n',
    { p: PREFIX },
    { routing: 'write' },
  );
  await db.run("MATCH (e:AuditEntry {user: 'aggregates-test'}) DELETE e", {}, { routing: 'write' });
  await db.close();
});

describe('incremental aggregates', () => {
  it('agree with the rebuild after a mixed sequence of ingests and re-ingests', async () => {
    const pick = random(14);
    const statuses: Record<string, number> = {};
    for (let step = 0; step < 40; step++) {
      // Twelve articles, each written several times: new, unchanged, or re-extracted differently.
      const articleId = `a${pick(12)}`;
      const relations = Array.from({ length: pick(5) }, (_, i) => relation(pick, i));
      const result = await writeExtraction(db, extraction(articleId, relations));
      statuses[result.status] = (statuses[result.status] ?? 0) + 1;
      if (pick(4) === 0) {
        const again = await writeExtraction(db, extraction(articleId, relations));
        statuses[again.status] = (statuses[again.status] ?? 0) + 1;
      }
    }
    // The sequence exercised every path.
    expect(Object.keys(statuses).sort()).toEqual(['added', 'unchanged', 'updated']);

    const incremental = await aggregates();
    expect(Object.keys(incremental).length).toBeGreaterThan(3);
    await rebuildAggregates(db, { batchSize: 2 });
    expect(await aggregates()).toEqual(incremental);
  });

  it('count each statement once and drop a relation with its last statement', async () => {
    const id = `${PREFIX}north|ATTACK|${PREFIX}south`;
    const statements = await db.run(
      `MATCH (s:Statement {relationId: $id})
       RETURN count(s) AS count, count(DISTINCT s.articleId) AS articles, min(s.date) AS first`,
      { id },
    );
    const expected = statements.records[0].toObject();
    const before = (await aggregates())[id];
    if (expected.count === 0) expect(before).toBeUndefined();
    else
      expect(before).toMatchObject({
        count: expected.count,
        articleCount: expected.articles,
        firstSeen: expected.first,
      });

    // Every article re-extracted without that relation: it goes.
    const articles = await db.run(
      `MATCH (s:Statement {relationId: $id}) RETURN collect(DISTINCT s.articleId) AS ids`,
      { id },
    );
    for (const articleId of articles.records[0].get('ids') as string[])
      await writeExtraction(db, extraction(articleId.slice(PREFIX.length), []));
    expect((await aggregates())[id]).toBeUndefined();
  });

  it('follow a rejection, and a re-ingest keeps it out', async () => {
    const text = [0, 1].map((i): Relation => ({
      ...relation(random(3), i),
      source: ACTORS[0],
      target: ACTORS[2],
      type: 'CONSULT',
      quadClass: 'VERBAL_COOPERATION' as const,
      date: ['2020-01-01', '2020-06-01'][i],
      score: [1, 3][i],
    }));
    const written = extraction('review', text);
    await writeExtraction(db, written);
    const id = `${ACTORS[0]}|CONSULT|${ACTORS[2]}`;
    const before = (await aggregates())[id];

    const rejected = await db.run(
      `MATCH (s:Statement {relationId: $id, articleId: $article, date: '2020-01-01'}) RETURN s.id AS id`,
      { id, article: written.article.id },
    );
    await reviewStatement(
      db,
      rejected.records[0].get('id') as string,
      { action: 'reject' },
      {
        user: 'aggregates-test',
      },
    );
    const after = (await aggregates())[id];
    expect(after.count).toBe((before.count as number) - 1);
    expect(after.firstSeen).toBe('2020-06-01');
    // The same article again, re-extracted: the rejected statement stays out of the count.
    await writeExtraction(db, { ...written, article: { ...written.article, title: 'again' } });
    expect((await aggregates())[id]).toEqual(after);
    await rebuildAggregates(db);
    expect((await aggregates())[id]).toEqual(after);
  });

  it('lose no update when writers and a rebuild run at once', async () => {
    const hot = (i: number) =>
      extraction(`concurrent-${i}`, [
        {
          ...relation(random(i + 1), 0),
          source: ACTORS[1],
          target: ACTORS[2],
          type: 'ATTACK',
          quadClass: 'MATERIAL_CONFLICT',
          date: `2019-01-${String(1 + i).padStart(2, '0')}`,
        },
      ]);
    await Promise.all([
      ...Array.from({ length: 16 }, (_, i) => writeExtraction(db, hot(i))),
      rebuildAggregates(db),
    ]);
    const id = `${ACTORS[1]}|ATTACK|${ACTORS[2]}`;
    const statements = await db.run(
      'MATCH (s:Statement {relationId: $id}) RETURN count(s) AS n, min(s.date) AS first',
      { id },
    );
    const incremental = await aggregates();
    expect(incremental[id]).toMatchObject({
      count: statements.records[0].get('n'),
      firstSeen: '2019-01-01',
    });
    await rebuildAggregates(db);
    expect(await aggregates()).toEqual(incremental);
  });

  it('are repaired by the rebuild when they went wrong', async () => {
    const good = await aggregates();
    const id = Object.keys(good)[0];
    await db.run(
      'MATCH ()-[r]->() WHERE r.id = $id SET r.count = 999, r.firstSeen = null',
      { id },
      { routing: 'write' },
    );
    expect((await aggregates())[id].count).toBe(999);
    await rebuildAggregates(db);
    expect(await aggregates()).toEqual(good);
  });
});
