// /api/graph per graph version: repeated and concurrent identical requests share one query; a write through the
// server is seen by the next request; another process's write is seen once `overviewMaxStaleMs` has passed, and
// until then the last overview is answered at once (marked stale) while one recomputation runs for everyone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import graphOverview from '../../queries/named/graph-overview.ts';
import { startServer, type RunningServer } from '../../web/server/index.ts';
import { OVERVIEW_VERSION_QUERY } from '../../web/server/overview-cache.ts';
import {
  id,
  removeFixture,
  writeFixture,
  writeFixtureArticle,
  type FixtureArticle,
} from '../queries/fixture.ts';
import { until } from './_transactions.ts';

/** Counts the overview queries a server sends to Neo4j, and can hold them back (a recomputation under way). */
class CountingDatabase extends Database {
  overviewQueries = 0;
  hold: Promise<unknown> | null = null;
  override async run(...args: Parameters<Database['run']>) {
    if (args[2]?.metadata?.query === graphOverview.name) {
      this.overviewQueries++;
      await this.hold;
    }
    return super.run(...args);
  }
}

const ARTICLE = 'overview-cache-test-article';
let db: Database;
/** Answers only a current overview (overviewMaxStaleMs 0). */
let current: RunningServer;
let currentDb: CountingDatabase;
/** Answers an overview up to ten minutes behind: longer than this file runs, so "within the bound" is not timed. */
let lenient: RunningServer;
let lenientDb: CountingDatabase;
/** Answers an overview up to one second behind. */
let bounded: RunningServer;
/** The same, but waits only five seconds for a current one past that. */
let impatient: RunningServer;
let impatientDb: CountingDatabase;
const servers: Database[] = [];

beforeAll(async () => {
  db = new Database();
  await removeFixture(db);
  await writeFixture(db);
  const serve = async (overviewMaxStaleMs: number, serverDb: Database, queueWaitMs = 60_000) => {
    servers.push(serverDb);
    return startServer({ db: serverDb, port: 0, staticDir: null, overviewMaxStaleMs, queueWaitMs });
  };
  currentDb = new CountingDatabase();
  current = await serve(0, currentDb);
  lenientDb = new CountingDatabase();
  lenient = await serve(600_000, lenientDb);
  bounded = await serve(1000, new Database());
  impatientDb = new CountingDatabase();
  impatient = await serve(1000, impatientDb, 5000);
});
afterAll(async () => {
  await Promise.all([current, lenient, bounded, impatient].map((s) => s?.close()));
  await db.run(
    'MATCH (a:Article) WHERE a.id STARTS WITH $id OR a.title STARTS WITH $id DETACH DELETE a',
    { id: ARTICLE },
    { routing: 'write' },
  );
  await removeFixture(db);
  await Promise.all([db, ...servers].map((d) => d?.close()));
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
interface Answer {
  cache: string | null;
  version: string | null;
  body: Json;
  edges: string[];
}
async function graph(server: RunningServer, query: string, headers = {}): Promise<Answer> {
  const response = await fetch(`${server.url}/api/graph?${query}`, { headers });
  expect(response.status).toBe(200);
  const body = await response.json();
  return {
    cache: response.headers.get('x-entente-cache'),
    version: response.headers.get('x-entente-graph-version'),
    body,
    edges: body.edges.map((e: Json) => e.key),
  };
}

/** A write by another process: a new relation between two fixture actors, in an article of its own. */
async function writeRelation(key: string, [source, type, target]: [string, string, string]) {
  const article: FixtureArticle = {
    key,
    date: '2024-05-01',
    source: 'Wire Four',
    title: `Overview cache ${key}`,
    sentences: [[`A ${type} from ${source} to ${target}.`, [[source, type, target]]]],
  };
  await writeFixtureArticle(db, article);
  return `${id(source)}|${type}|${id(target)}`;
}

async function ingestThrough(server: RunningServer, text: string, title: string) {
  const response = await fetch(`${server.url}/api/ingest`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, title }),
  });
  expect(response.status).toBe(200);
}

describe('GET /api/graph per graph version', () => {
  it('answers a repeated request from the first one’s result', async () => {
    const first = await graph(current, 'limit=4000');
    const second = await graph(current, 'limit=4000');
    expect([first.cache, second.cache]).toEqual(['miss', 'hit']);
    expect(second.body).toEqual(first.body);
    expect(first.body.nodes.length).toBeGreaterThan(0);
    // The same parameters written otherwise are the same request; other parameters are not.
    expect((await graph(current, 'limit=4000&minCount=1')).cache).toBe('hit');
    expect((await graph(current, 'limit=3999')).cache).toBe('miss');
  });

  it('runs one query for many concurrent identical requests', async () => {
    const queries = currentDb.overviewQueries;
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => graph(current, 'limit=3998')),
    );
    expect(currentDb.overviewQueries - queries).toBe(1);
    // Each waited for that computation, or came once it was done.
    for (const a of answers) expect(['miss', 'hit']).toContain(a.cache);
    expect(answers.map((a) => a.cache)).toContain('miss');
    for (const a of answers) expect(a.body).toEqual(answers[0].body);
  });

  it('says which graph version an answer was computed at, when, and how long ago it was last current', async () => {
    const response = await fetch(`${current.url}/api/graph?limit=4000`);
    expect(response.headers.get('x-entente-graph-version')).toMatch(/^\d+\/\d+\/\d+$/);
    const computedAt = Date.parse(response.headers.get('x-entente-computed-at') ?? '');
    expect(computedAt).toBeLessThanOrEqual(Date.now());
    expect(Number(response.headers.get('age'))).toBeGreaterThanOrEqual(0);
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

  it('with no staleness allowed, sees a write from another process at once', async () => {
    expect((await graph(current, 'limit=4000')).cache).toBe('hit');
    const edge = await writeRelation('oc-current', ['SYR', 'THREATEN', 'TUR']);
    const after = await graph(current, 'limit=4000');
    expect(after.cache).toBe('miss');
    expect(after.edges).toContain(edge);
    expect((await graph(current, 'limit=4000')).cache).toBe('hit');
  });

  it('sees a write through the server at once', async () => {
    await ingestThrough(current, 'Iran supplied drones to Russia in March.', ARTICLE);
    const after = await graph(current, 'limit=4000');
    expect(after.cache).toBe('miss');
    expect(after.edges).toContain('IRN|PROVIDE_ARMS|RUS');
  });
});

describe('GET /api/graph while another process writes (stale-while-revalidate)', () => {
  it('answers the last overview at once, and recomputes it once in the background for everyone', async () => {
    const before = await graph(lenient, 'limit=4000');
    expect(before.cache).toBe('miss');
    const edge = await writeRelation('oc-stale', ['FIN', 'CRITICIZE', 'RUS']);
    const queries = lenientDb.overviewQueries;
    let release = () => {};
    lenientDb.hold = new Promise<void>((r) => (release = r));
    try {
      // The first request after the write may still call the answer current: the version read that finds the
      // write starts with it. Once it has, the answer is marked stale while its recomputation is held back.
      await until('the answer is marked stale', async () => {
        const answer = await graph(lenient, 'limit=4000');
        expect(answer.body).toEqual(before.body);
        return answer.cache === 'stale';
      });
      const during = await Promise.all(
        Array.from({ length: 8 }, () => graph(lenient, 'limit=4000')),
      );
      for (const answer of during) {
        expect(answer.cache).toBe('stale');
        expect(answer.version).toBe(before.version);
        expect(answer.body).toEqual(before.body);
      }
      expect(lenientDb.overviewQueries - queries).toBe(1);
    } finally {
      release();
    }
    // Once the one recomputation is done the next requests are answered with it.
    let after: Answer | null = null;
    await until('the overview is recomputed', async () => {
      after = await graph(lenient, 'limit=4000');
      return after.version !== before.version;
    });
    expect(after!.cache).toBe('hit');
    expect(after!.edges).toContain(edge);
    expect(before.edges).not.toContain(edge);
    expect(lenientDb.overviewQueries - queries).toBe(1);
  });

  it('waits for a current overview when the request asks for one (Cache-Control: no-cache)', async () => {
    const before = await graph(lenient, 'limit=3000');
    const edge = await writeRelation('oc-fresh', ['UKR', 'SANCTION', 'SYR']);
    const fresh = await graph(lenient, 'limit=3000', { 'cache-control': 'no-cache' });
    expect(fresh.cache).toBe('miss');
    expect(fresh.version).not.toBe(before.version);
    expect(fresh.edges).toContain(edge);
  });

  it('sees a write once the staleness bound has passed', async () => {
    expect((await graph(bounded, 'limit=4000')).cache).toBe('miss');
    const edge = await writeRelation('oc-bounded', ['TUR', 'CRITICIZE', 'FIN']);
    // Past the bound (one second) the last overview no longer holds every write before the request.
    await new Promise((r) => setTimeout(r, 1100));
    const after = await graph(bounded, 'limit=4000');
    expect(after.cache).toBe('miss');
    expect(after.edges).toContain(edge);
  });

  it('past the bound, answers the last overview marked stale rather than 503 while it is recomputed', async () => {
    const before = await graph(impatient, 'limit=3000');
    const edge = await writeRelation('oc-overload', ['SYR', 'CRITICIZE', 'UKR']);
    let release = () => {};
    impatientDb.hold = new Promise<void>((r) => (release = r));
    try {
      await new Promise((r) => setTimeout(r, 1100));
      // Its recomputation is held back past queueWaitMs (five seconds): an overloaded server.
      const overloaded = await graph(impatient, 'limit=3000');
      expect(overloaded.cache).toBe('stale');
      expect(overloaded.body).toEqual(before.body);
      // One that asks for a current overview is refused instead.
      const fresh = await fetch(`${impatient.url}/api/graph?limit=3000`, {
        headers: { 'cache-control': 'no-cache' },
      });
      expect(fresh.status).toBe(503);
      expect(await fresh.json()).toMatchObject({ error: 'busy' });
    } finally {
      release();
    }
    await until('the overview is recomputed', async () => {
      const after = await graph(impatient, 'limit=3000');
      return after.version !== before.version && after.edges.includes(edge);
    });
  });

  it('sees a write through the server at once, whatever the bound', async () => {
    const before = await graph(lenient, 'limit=4000');
    await ingestThrough(lenient, 'Iran supplied drones to Russia in April.', `${ARTICLE}-2`);
    const after = await graph(lenient, 'limit=4000');
    expect(after.cache).toBe('miss');
    expect(after.version).not.toBe(before.version);
  });
});
