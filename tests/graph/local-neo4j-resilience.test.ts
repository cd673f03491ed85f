// The project's own Neo4j under a query that asks for too much and under a kill: its own throw-away instance (the
// shared test database is never put at risk), with the launcher's real settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { keepLocalNeo4jAlive } from '../../graph/neo4j-local/keep-alive.ts';
import { localStatus } from '../../graph/neo4j-local/launcher.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../../graph/neo4j-local/throwaway.ts';
import { startServer, type RunningServer } from '../../web/server/index.ts';

let neo4j: ThrowawayNeo4j;
let db: Database;
let server: RunningServer;

beforeAll(async () => {
  neo4j = await startThrowawayNeo4j({ name: 'entente-resilience' });
  db = new Database(neo4j.config);
  // A long timeout, so that the memory limit, not the clock, is what stops the queries below.
  server = await startServer({ db, port: 0, staticDir: null, cypherTimeoutMs: 300_000 });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
  await neo4j?.stop();
});

async function cypher(query: string) {
  const response = await fetch(`${server.url}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.json() };
}

const answers = async () =>
  (await db.run('RETURN 1 AS one').then((r) => r.records[0].get('one') as number)) === 1;

describe('the local Neo4j', () => {
  it('stops a query past the transaction memory limit and lives on', async () => {
    const { status, body } = await cypher(
      'UNWIND range(1, 20000000) AS x WITH collect(x) AS xs RETURN size(xs) AS n',
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: 'query_memory',
      message: expect.stringMatching(
        /more memory than one query may use .*db\.memory\.transaction\.max/,
      ),
    });
    expect(await answers()).toBe(true);
  });

  it('survives a string that doubles until the heap is full', async () => {
    const { status, body } = await cypher(
      "RETURN size(reduce(s = 'x', i IN range(1, 28) | s + s)) AS n",
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: 'query_memory',
      message: expect.stringMatching(/narrow it/),
    });
    expect(await answers()).toBe(true);
    expect(localStatus(neo4j.settings).pid).toBe(neo4j.pid);
  });

  it('is restarted by serve when it dies', async () => {
    const keepAlive = keepLocalNeo4jAlive(neo4j.settings, { intervalMs: 250 });
    try {
      const killed = localStatus(neo4j.settings).pid!;
      process.kill(killed, 'SIGKILL');
      const deadline = Date.now() + 240_000;
      for (;;) {
        const status = localStatus(neo4j.settings);
        if (status.running && status.pid !== killed && (await answers().catch(() => false))) break;
        if (Date.now() > deadline) throw new Error('the local Neo4j was not restarted in time');
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(await answers()).toBe(true);
    } finally {
      keepAlive.stop();
    }
  }, 300_000);
});
