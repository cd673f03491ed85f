// Heavy routes run a bounded number of requests at once and refuse the rest at once with 503 and Retry-After,
// while cheap endpoints keep answering; a finished or abandoned request frees its place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { startServer, type RunningServer } from '../../web/server/index.ts';
import { runningTransactions, until } from './_transactions.ts';

let db: Database;
let server: RunningServer;

beforeAll(async () => {
  db = new Database();
  server = await startServer({
    db,
    port: 0,
    staticDir: null,
    cypherTimeoutMs: 120_000,
    heavyRequestsPerRoute: 2,
    // The overview below is computed while two queries keep Neo4j busy: on a loaded machine that is slow, and this
    // test is about the per-route limit, not the server's line.
    queueWaitMs: 120_000,
  });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

const running = (marker: string) => runningTransactions(db, marker);

const slowCypher = (marker: string, signal?: AbortSignal) =>
  fetch(`${server.url}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n // ${marker}`,
    }),
    signal,
  });

describe('heavy routes under load', () => {
  it('refuses past the limit with 503 and Retry-After, and cheap endpoints still answer', async () => {
    const marker = `busy-${Date.now()}`;
    const aborts = [new AbortController(), new AbortController()];
    const slow = aborts.map((a) => slowCypher(marker, a.signal).catch((e: Error) => e));
    await until('two run', async () => (await running(marker)) === 2);

    const third = await slowCypher(`${marker}-third`);
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('2');
    expect(await third.json()).toMatchObject({
      error: 'busy',
      message: expect.stringMatching(/2 POST \/api\/cypher requests are already running/),
    });
    expect(await running(`${marker}-third`)).toBe(0);

    // Other routes have their own places, and cheap ones none to run out of.
    const search = await fetch(`${server.url}/api/actors?q=Ira`);
    expect(search.status).toBe(200);
    const graph = await fetch(`${server.url}/api/graph?limit=5`);
    expect(graph.status).toBe(200);

    aborts.forEach((a) => a.abort());
    await Promise.all(slow);
    await until('both are gone', async () => (await running(marker)) === 0);
    const after = await fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'RETURN 1 AS one' }),
    });
    expect(after.status).toBe(200);
  });
});
