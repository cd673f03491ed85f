// graph-overview ranks the actors in the database and returns only the kept ones: its graph is the one the full
// computation gives (every matched relation and actor read, then ranked by actorGraph) for every filter, and a
// write or a curation shows in the next overview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteSyntheticGraph, writeSyntheticGraph } from '../../bench/write-synthetic-graph.ts';
import { syntheticGraph } from '../../bench/synthetic-graph.ts';
import { Database, type Neo4jRecord } from '../../graph/database.ts';
import { reviewStatement } from '../../graph/review-statements.ts';
import { writeExtraction } from '../../graph/write-extraction.ts';
import { RELATION_TYPE_IDS } from '../../ingest/ontology/vocabulary.ts';
import type { Actor, Extraction } from '../../ingest/types.ts';
import {
  actorGraph,
  type ActorGraphJson,
  type ActorNodeRow,
  type RelationEdgeRow,
} from '../../queries/actor-graph.ts';
import graphOverview from '../../queries/named/graph-overview.ts';
import { toPlain } from '../../queries/plain-value.ts';
import { runQuery } from '../../queries/run-query.ts';

const PREFIX = 'ovq-';
let db: Database;

// Statements (rejected ones too) carry their article's id; the synthetic graph's nodes carry the prefix.
const removeTestData = async () => {
  await deleteSyntheticGraph(db, PREFIX);
  await db.run(
    'MATCH (n) WHERE n.id STARTS WITH $p OR n.articleId STARTS WITH $p DETACH DELETE n',
    { p: PREFIX },
    { routing: 'write' },
  );
};

// The full computation, as graph-overview ran before it ranked in the database: every relation the filters keep as
// an edge row, every actor at either end as a node row, and the ranking done by actorGraph.
const MATCHED = `
MATCH (a:Actor)-[r]->(b:Actor)
WHERE type(r) IN $relationTypes AND a <> b
  AND (size($types) = 0 OR (a.type IN $types AND b.type IN $types))
  AND (size($quadClasses) = 0 OR r.quadClass IN $quadClasses)
  AND ($from IS NULL OR r.lastSeen >= $from) AND ($to IS NULL OR r.firstSeen <= $to)
WITH a, r, b,
     CASE WHEN $from IS NULL AND $to IS NULL
       THEN r {.count, .firstSeen, .lastSeen, .meanScore}
       ELSE COLLECT {
         MATCH (s:Statement {relationId: r.id})
         WHERE ($from IS NULL OR s.date >= $from) AND ($to IS NULL OR s.date <= $to)
         RETURN {count: count(s), firstSeen: min(s.date), lastSeen: max(s.date), meanScore: avg(s.score)} AS stats
       }[0]
     END AS stats
WHERE stats.count >= $minCount`;
const FULL = `${MATCHED}
RETURN null AS node,
       {id: r.id, source: a.id, target: b.id, type: type(r), quadClass: r.quadClass, count: stats.count,
        firstSeen: stats.firstSeen, lastSeen: stats.lastSeen, meanScore: round(stats.meanScore, 2)} AS edge
UNION ALL${MATCHED}
UNWIND [a, b] AS n
WITH DISTINCT n
RETURN n {.id, .name, .type, .countryCode, mentions: COUNT { (n)-[:MENTIONED_IN]->() }} AS node, null AS edge`;

async function fullOverview(params: Record<string, unknown>): Promise<ActorGraphJson> {
  const p = {
    types: [],
    quadClasses: [],
    from: null,
    to: null,
    minCount: 1,
    limit: 500,
    ...params,
    relationTypes: (params.relationTypes as string[] | undefined) ?? [...RELATION_TYPE_IDS],
  };
  const { records } = await db.run(FULL, p);
  const rows = records.map(
    (r: Neo4jRecord) =>
      toPlain(r.toObject()) as { node: ActorNodeRow | null; edge: RelationEdgeRow | null },
  );
  return actorGraph(
    rows.flatMap((r) => (r.node ? [r.node] : [])),
    rows.flatMap((r) => (r.edge ? [r.edge] : [])),
    { limit: p.limit },
  );
}

const overview = async (params: Record<string, unknown>) =>
  (await runQuery(db, graphOverview, params)).data;

// Edges come in no set order from either computation; nodes come ranked.
const byKey = (g: ActorGraphJson) => [...g.edges].sort((a, b) => (a.key < b.key ? -1 : 1));

beforeAll(async () => {
  db = new Database();
  await removeTestData();
  // Small, with hubs (skew) and many actors of equal weight, so the cut at a limit falls inside ties.
  await writeSyntheticGraph(
    db,
    syntheticGraph({
      actors: 150,
      relations: 600,
      articles: 300,
      prefix: PREFIX,
      seed: 7,
      skew: 1,
    }),
  );
});
afterAll(async () => {
  await removeTestData();
  await db?.close();
});

describe('graph-overview ranked in the database', () => {
  it.each([
    {},
    { limit: 5 },
    { limit: 37 },
    { limit: 5000 },
    { minCount: 2, limit: 30 },
    { types: ['State'], limit: 25 },
    { types: ['State', 'Person'], minCount: 2, limit: 12 },
    { relationTypes: ['ATTACK', 'SANCTION', 'COOPERATE'], limit: 20 },
    { quadClasses: ['MATERIAL_CONFLICT'], limit: 15 },
    { from: '2018-01-01', to: '2020-12-31', limit: 20 },
    { from: '2021-06-01', minCount: 2, limit: 10 },
    { to: '2016-12-31', types: ['State'], limit: 8 },
    { from: '1900-01-01', to: '1900-12-31' },
  ])('gives the full computation’s graph for %j', async (params) => {
    const [fast, full] = await Promise.all([overview(params), fullOverview(params)]);
    expect(fast.attributes).toEqual(full.attributes);
    expect(fast.nodes).toEqual(full.nodes);
    expect(byKey(fast)).toEqual(byKey(full));
  });

  it('cuts inside ties the way the full computation does', async () => {
    // The case above with limit 37 would prove little if no tie crossed a cut: find one that does.
    const all = await fullOverview({ limit: 5000 });
    const importance = all.nodes.map(
      (n) =>
        n.attributes.mentions! +
        all.edges
          .filter((e) => e.source === n.key || e.target === n.key)
          .reduce((s, e) => s + e.attributes.count, 0),
    );
    const cut = importance.findIndex((v, i) => i > 0 && v === importance[i - 1]);
    expect(cut).toBeGreaterThan(0);
    const [fast, full] = await Promise.all([
      overview({ limit: cut }),
      fullOverview({ limit: cut }),
    ]);
    expect(fast.nodes.map((n) => n.key)).toEqual(full.nodes.map((n) => n.key));
    expect(byKey(fast)).toEqual(byKey(full));
  });
});

describe('graph-overview after writes', () => {
  const actor = (key: string, name: string): Actor => ({
    id: `${PREFIX}${key}`,
    name,
    type: 'State',
    aliases: [],
    countryCode: null,
  });
  const NORTH = actor('north', 'Northland');
  const SOUTH = actor('south', 'Southland');
  const RELATION = `${NORTH.id}|ATTACK|${SOUTH.id}`;

  function article(key: string, date: string): Extraction {
    const sentence = `Northland attacked Southland on ${date}.`;
    return {
      article: {
        id: `${PREFIX}${key}`,
        title: `Border report ${key}`,
        text: sentence,
        url: `https://example.org/${PREFIX}${key}`,
        source: `${PREFIX}wire`,
        publishedAt: date,
        origin: 'test',
      },
      actors: [NORTH, SOUTH],
      mentions: [
        { start: 0, end: 9, text: 'Northland', actorId: NORTH.id },
        { start: 19, end: 28, text: 'Southland', actorId: SOUTH.id },
      ],
      relations: [
        {
          source: NORTH.id,
          target: SOUTH.id,
          type: 'ATTACK',
          quadClass: 'MATERIAL_CONFLICT',
          score: -10,
          date,
          sentence,
          sentenceStart: 0,
          sentenceEnd: sentence.length,
          confidence: 0.8,
          rule: 'test-attack',
          speaker: null,
          modality: 'asserted',
        },
      ],
      sentenceCount: 1,
      wordCount: 5,
    };
  }

  const edge = async () =>
    (await overview({ limit: 5000 })).edges.find((e) => e.key === RELATION) ?? null;
  const statementsOf = async () =>
    (
      await db.run('MATCH (s:Statement {relationId: $id}) RETURN s.id AS id ORDER BY s.date', {
        id: RELATION,
      })
    ).records.map((r) => r.get('id') as string);

  it('shows a new article, then a rejected statement, in the next overview', async () => {
    expect(await edge()).toBeNull();

    await writeExtraction(db, article('war-1', '2024-03-01'), { detectCopies: false });
    expect((await edge())?.attributes).toMatchObject({ count: 1, lastSeen: '2024-03-01' });

    await writeExtraction(db, article('war-2', '2024-04-01'), { detectCopies: false });
    expect((await edge())?.attributes).toMatchObject({ count: 2, lastSeen: '2024-04-01' });
    const nodes = (await overview({ limit: 5000 })).nodes;
    expect(nodes.find((n) => n.key === NORTH.id)?.attributes).toMatchObject({ degree: 1 });

    const [first, second] = await statementsOf();
    await reviewStatement(db, second, { action: 'reject' }, { user: 'test' });
    expect((await edge())?.attributes).toMatchObject({ count: 1, lastSeen: '2024-03-01' });

    await reviewStatement(db, first, { action: 'reject' }, { user: 'test' });
    expect(await edge()).toBeNull();
    const keys = (await overview({ limit: 5000 })).nodes.map((n) => n.key);
    expect(keys).not.toContain(NORTH.id);
    // And the fast graph is still the full computation's.
    expect((await overview({})).nodes).toEqual((await fullOverview({})).nodes);
  });
});
