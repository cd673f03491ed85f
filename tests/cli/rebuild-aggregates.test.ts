// `entente db rebuild-aggregates` repairs an aggregate that disagrees with its statements, in the real Neo4j.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { writeExtraction } from '../../graph/write-extraction.ts';

const run = promisify(execFile);
const CLI = path.resolve('bin/entente.js');
const P = 'cli-rebuild-';
let db: Database;

beforeAll(() => {
  db = new Database();
});
afterAll(async () => {
  await db.run(
    'MATCH (n) WHERE n.id STARTS WITH $p OR n.articleId STARTS WITH $p DETACH DELETE n',
    { p: P },
    { routing: 'write' },
  );
  await db.close();
});

it('recomputes a tampered aggregate from its statements', async () => {
  const sentence = 'Northland attacked Southland.';
  await writeExtraction(db, {
    article: {
      id: `${P}a`,
      title: 'a',
      text: sentence,
      url: null,
      source: null,
      publishedAt: '2022-02-24',
      origin: 'test',
    },
    actors: ['n', 's'].map((x) => ({
      id: `${P}${x}`,
      name: x,
      type: 'State' as const,
      aliases: [],
      countryCode: null,
    })),
    mentions: [],
    relations: [
      {
        source: `${P}n`,
        target: `${P}s`,
        type: 'ATTACK',
        quadClass: 'MATERIAL_CONFLICT',
        score: -10,
        date: '2022-02-24',
        sentence,
        sentenceStart: 0,
        sentenceEnd: sentence.length,
        confidence: 0.9,
        rule: 'test',
        speaker: null,
        modality: 'asserted',
      },
    ],
    sentenceCount: 1,
    wordCount: 3,
  });
  const aggregate = async () =>
    (
      await db.run(
        'MATCH (:Actor {id: $n})-[r:ATTACK]->(:Actor {id: $s}) RETURN r.count AS count, r.meanScore AS mean',
        { n: `${P}n`, s: `${P}s` },
      )
    ).records[0].toObject();
  await db.run(
    'MATCH (:Actor {id: $n})-[r:ATTACK]->() SET r.count = 7, r.meanScore = 0.0',
    { n: `${P}n` },
    { routing: 'write' },
  );
  expect(await aggregate()).toEqual({ count: 7, mean: 0 });

  const { stdout } = await run(process.execPath, [CLI, 'db', 'rebuild-aggregates'], {
    env: process.env,
    timeout: 240_000,
  });
  expect(stdout).toMatch(/aggregates rebuilt for \d+ relations/);
  expect(await aggregate()).toEqual({ count: 1, mean: -10 });
});
