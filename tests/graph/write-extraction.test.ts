// Writing extractions into the real Neo4j: evidence reachable, aggregates right, re-writes change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { writeExtraction, writeExtractions } from '../../graph/write-extraction.ts';
import type { Extraction, Relation } from '../../ingest/types.ts';

let db: Database;
const PREFIX = 'wx-test-';

function relation(
  source: string,
  target: string,
  type: string,
  sentence: string,
  date: string,
): Relation {
  const quad = type === 'ATTACK' ? 'MATERIAL_CONFLICT' : 'VERBAL_COOPERATION';
  return {
    source,
    target,
    type,
    quadClass: quad,
    score: type === 'ATTACK' ? -9.5 : 2.8,
    date,
    sentence,
    sentenceStart: 0,
    sentenceEnd: sentence.length,
    confidence: 0.9,
    rule: `test-${type.toLowerCase()}`,
    speaker: null,
    modality: 'asserted',
  };
}

function extraction(articleId: string, text: string, relations: Relation[]): Extraction {
  return {
    article: {
      id: `${PREFIX}${articleId}`,
      title: `Test ${articleId}`,
      text,
      url: null,
      source: 'Test Wire',
      publishedAt: '2022-02-24',
      origin: 'test',
    },
    actors: [
      {
        id: `${PREFIX}north`,
        name: 'Northland',
        type: 'State',
        aliases: ['the North'],
        countryCode: null,
      },
      { id: `${PREFIX}south`, name: 'Southland', type: 'State', aliases: [], countryCode: null },
    ],
    mentions: [
      { start: 0, end: 9, text: 'Northland', actorId: `${PREFIX}north` },
      { start: 19, end: 28, text: 'Southland', actorId: `${PREFIX}south` },
    ],
    relations,
    sentenceCount: 1,
    wordCount: text.split(/\s+/).length,
  };
}

async function counts() {
  const r = await db.run(
    `MATCH (n) WHERE n.id STARTS WITH $p OR n.articleId STARTS WITH $p
     WITH count(n) AS nodes
     MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $p OR a.articleId STARTS WITH $p
     RETURN nodes, count(r) AS relationships`,
    { p: PREFIX },
  );
  return { nodes: r.records[0].get('nodes'), relationships: r.records[0].get('relationships') };
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
  await db.close();
});

describe('writeExtraction', () => {
  const text = 'Northland attacked Southland on Monday.';
  const first = extraction('a1', text, [
    relation(`${PREFIX}north`, `${PREFIX}south`, 'ATTACK', text, '2022-02-21'),
  ]);

  it('writes actors, the article, statements and an aggregate that reaches its evidence', async () => {
    const result = await writeExtraction(db, first);
    expect(result.status).toBe('added');
    const r = await db.run(
      `MATCH (a:Actor {id: $north})-[rel:ATTACK]->(b:Actor {id: $south})
       MATCH (s:Statement {relationId: rel.id})-[:REPORTED_IN]->(art:Article)
       RETURN rel.count AS count, rel.meanScore AS score, rel.firstSeen AS first, s.sentence AS sentence,
              s.rule AS rule, art.title AS title, labels(a) AS labels`,
      { north: `${PREFIX}north`, south: `${PREFIX}south` },
    );
    expect(r.records).toHaveLength(1);
    const row = r.records[0].toObject();
    expect(row).toMatchObject({
      count: 1,
      score: -9.5,
      first: '2022-02-21',
      sentence: text,
      rule: 'test-attack',
    });
    expect(row.title).toBe('Test a1');
    expect(row.labels).toEqual(expect.arrayContaining(['Actor', 'State']));
  });

  it('changes nothing when the same article is written again', async () => {
    const before = await counts();
    const again = await writeExtraction(db, first);
    expect(again.status).toBe('unchanged');
    expect(await counts()).toEqual(before);
  });

  it('aggregates statements from several articles and recomputes when an article changes', async () => {
    const second = extraction('a2', 'Northland attacked Southland again.', [
      relation(
        `${PREFIX}north`,
        `${PREFIX}south`,
        'ATTACK',
        'Northland attacked Southland again.',
        '2022-03-01',
      ),
    ]);
    await writeExtraction(db, second);
    const agg = async () =>
      (
        await db.run(
          `OPTIONAL MATCH (:Actor {id: $north})-[r:ATTACK]->(:Actor {id: $south})
           RETURN r.count AS count, r.articleCount AS articles, r.lastSeen AS last`,
          { north: `${PREFIX}north`, south: `${PREFIX}south` },
        )
      ).records[0].toObject();
    expect(await agg()).toEqual({ count: 2, articles: 2, last: '2022-03-01' });

    // The second article, re-extracted with no relation, no longer feeds the aggregate.
    const updated = await writeExtraction(db, { ...second, relations: [] });
    expect(updated.status).toBe('updated');
    expect(await agg()).toEqual({ count: 1, articles: 1, last: '2022-02-21' });
  });

  it('keeps each relation type and actor type apart when one article has several', async () => {
    const text = 'Northland met Southland, then Northland attacked Southland.';
    const mixed = extraction('a4', text, [
      relation(`${PREFIX}north`, `${PREFIX}south`, 'CONSULT', text, '2022-05-01'),
      relation(`${PREFIX}north`, `${PREFIX}south`, 'ATTACK', text, '2022-05-02'),
    ]);
    mixed.actors.push({
      id: `${PREFIX}leader`,
      name: 'Leader',
      type: 'Person',
      aliases: [],
      countryCode: null,
    });
    await writeExtraction(db, mixed);
    const r = await db.run(
      `MATCH (:Actor {id: $north})-[r]->(:Actor {id: $south})
       RETURN type(r) AS type, r.type AS property, r.id AS id ORDER BY type`,
      { north: `${PREFIX}north`, south: `${PREFIX}south` },
    );
    expect(r.records.map((x) => x.toObject())).toEqual([
      { type: 'ATTACK', property: 'ATTACK', id: `${PREFIX}north|ATTACK|${PREFIX}south` },
      { type: 'CONSULT', property: 'CONSULT', id: `${PREFIX}north|CONSULT|${PREFIX}south` },
    ]);
    const labels = await db.run(
      'MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id, labels(a) AS labels ORDER BY id',
      {
        ids: [`${PREFIX}leader`, `${PREFIX}north`],
      },
    );
    expect(labels.records.map((x) => [x.get('id'), [...x.get('labels')].sort()])).toEqual([
      [`${PREFIX}leader`, ['Actor', 'Person']],
      [`${PREFIX}north`, ['Actor', 'State']],
    ]);
  });

  it('writes an article given twice in one batch once, the second time unchanged', async () => {
    const text = 'Northland consulted Southland in Geneva.';
    const twice = extraction('a5', text, [
      relation(`${PREFIX}north`, `${PREFIX}south`, 'CONSULT', text, '2022-06-01'),
    ]);
    const consult = async () =>
      (
        await db.run(
          `OPTIONAL MATCH (:Actor {id: $north})-[r:CONSULT]->(:Actor {id: $south})
           RETURN coalesce(r.count, 0) AS count, coalesce(r.articleCount, 0) AS articles`,
          { north: `${PREFIX}north`, south: `${PREFIX}south` },
        )
      ).records[0].toObject();
    const before = await consult();
    const results = await writeExtractions(db, [twice, twice]);
    expect(results.map((r) => r.ok && r.result.status)).toEqual(['added', 'unchanged']);
    expect(await consult()).toEqual({ count: before.count + 1, articles: before.articles + 1 });
    const statements = await db.run(
      'MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: $id}) RETURN count(s) AS n',
      { id: `${PREFIX}a5` },
    );
    expect(statements.records[0].get('n')).toBe(1);
  });

  it('rolls the whole article back when a write fails', async () => {
    const bad = extraction('a3', 'Northland met Southland.', [
      relation(`${PREFIX}north`, `${PREFIX}south`, 'NOT_A_TYPE', 'x', '2022-01-01'),
    ]);
    await expect(writeExtraction(db, bad)).rejects.toThrow(/unknown relation type "NOT_A_TYPE"/);
    const r = await db.run('MATCH (a:Article {id: $id}) RETURN count(a) AS n', {
      id: `${PREFIX}a3`,
    });
    expect(r.records[0].get('n')).toBe(0);
  });
});
