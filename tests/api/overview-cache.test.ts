// /api/graph once per graph version: repeated and concurrent identical requests share one query, and any write,
// from this server or another process, is seen by the next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { startServer, type RunningServer } from '../../web/server/index.ts';
import { OVERVIEW_VERSION_QUERY } from '../../web/server/overview-cache.ts';
import { removeFixture, writeFixture } from '../queries/fixture.ts';

let db: Database;
let server: RunningServer;
const ARTICLE = 'overview-cache-test-article';

beforeAll(async () => {
  db = new Database();
  await removeFixture(db);
  await writeFixture(db);
  server = await startServer({ db, port: 0, staticDir: null });
});
afterAll(async () => {
  await server?.close();
  await db.run(
    'MATCH (a:Article) WHERE a.id = $id OR a.title = $id DETACH DELETE a',
    { id: ARTICLE },
    { routing: 'write' },
  );
  await removeFixture(db);
  await db?.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
async function graph(query: string): Promise<{ cache: string | null; body: Json }> {
  const response = await fetch(`${server.url}/api/graph?${query}`);
  expect(response.status).toBe(200);
  return { cache: response.headers.get('x-entente-cache'), body: await response.json() };
}

describe('GET /api/graph per graph version', () => {
  it('answers a repeated request from the first one’s result', async () => {
    const first = await graph('limit=4000');
    const second = await graph('limit=4000');
    expect([first.cache, second.cache]).toEqual(['miss', 'hit']);
    expect(second.body).toEqual(first.body);
    expect(first.body.nodes.length).toBeGreaterThan(0);
    // The same parameters written otherwise are the same request; other parameters are not.
    expect((await graph('limit=4000&minCount=1')).cache).toBe('hit');
    expect((await graph('limit=3999')).cache).toBe('miss');
  });

  it('runs one query for many concurrent identical requests', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => graph('limit=3998')));
    expect(answers.filter((a) => a.cache === 'miss')).toHaveLength(1);
    for (const a of answers) expect(a.body).toEqual(answers[0].body);
  });

  it('reads the graph version from the count store, scanning nothing', async () => {
    const { summary } = await db.run(`EXPLAIN ${OVERVIEW_VERSION_QUERY}`);
    const leaves: string[] = [];
    const walk = (op: { operatorType: string; children: (typeof op)[] }) => {
      if (op.children.length === 0) leaves.push(op.operatorType.split('@')[0]);
      op.children.forEach(walk);
    };
    walk(summary.plan as unknown as Parameters<typeof walk>[0]);
    expect(leaves.sort()).toEqual([
      'NodeCountFromCountStore',
      'NodeCountFromCountStore',
      'RelationshipCountFromCountStore',
    ]);
  });

  it('sees a write from another process at once', async () => {
    expect((await graph('limit=4000')).cache).toBe('hit');
    await db.run(
      'CREATE (:Article {id: $id, title: $id, text: "x"})',
      { id: ARTICLE },
      { routing: 'write' },
    );
    expect((await graph('limit=4000')).cache).toBe('miss');
    expect((await graph('limit=4000')).cache).toBe('hit');
  });

  it('sees a write through the server at once', async () => {
    const ingest = await fetch(`${server.url}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Iran supplied drones to Russia in March.', title: ARTICLE }),
    });
    expect(ingest.status).toBe(200);
    const after = await graph('limit=4000');
    expect(after.cache).toBe('miss');
    expect(after.body.edges.map((e: Json) => e.key)).toContain('IRN|PROVIDE_ARMS|RUS');
  });
});
