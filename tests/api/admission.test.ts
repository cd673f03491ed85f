// Server-wide admission: past `concurrentRequests` working requests the rest wait in line, and one that would wait
// longer than `queueWaitMs` gets 503 busy with Retry-After instead of a connection the pool no longer has; the
// health check is never in line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { admission } from '../../web/server/admission.ts';
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
    concurrentRequests: 1,
    queueWaitMs: 1500,
  });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

const running = (marker: string) => runningTransactions(db, marker);

/** A query that runs until its client gives up, holding the one slot meanwhile. */
async function holdTheSlot(marker: string): Promise<() => Promise<unknown>> {
  const abort = new AbortController();
  const slow = fetch(`${server.url}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n // ${marker}`,
    }),
    signal: abort.signal,
  }).catch((e: Error) => e);
  await until('the slow query runs', async () => (await running(marker)) === 1);
  return async () => {
    abort.abort();
    await slow;
    await until('the slow query is gone', async () => (await running(marker)) === 0);
  };
}

describe('admission of API requests', () => {
  it('refuses a request that waited past the limit with 503 busy and Retry-After', async () => {
    const release = await holdTheSlot(`admission-a-${Date.now()}`);
    try {
      const started = performance.now();
      const search = await fetch(`${server.url}/api/actors?q=Ira`);
      const waited = performance.now() - started;
      expect(search.status).toBe(503);
      expect(search.headers.get('retry-after')).toBe('2');
      expect(await search.json()).toMatchObject({
        error: 'busy',
        message: expect.stringMatching(/at capacity \(1 requests were working and none finished/),
      });
      expect(waited).toBeGreaterThanOrEqual(1400);
      // The overview, which takes its slot for its computation, is refused the same way.
      const graph = await fetch(`${server.url}/api/graph?limit=7`);
      expect(graph.status).toBe(503);
      expect(await graph.json()).toMatchObject({ error: 'busy' });
      // The health check is never in line (it may still find Neo4j too slow, with the slow query running).
      expect(await (await fetch(`${server.url}/api/health`)).json()).not.toMatchObject({
        error: 'busy',
      });
    } finally {
      await release();
    }
    expect((await fetch(`${server.url}/api/actors?q=Ira`)).status).toBe(200);
  });

  it('answers a request in line once the slot is free within the wait', async () => {
    const release = await holdTheSlot(`admission-b-${Date.now()}`);
    const search = fetch(`${server.url}/api/actors?q=Ira`);
    try {
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      await release();
    }
    expect((await search).status).toBe(200);
  });
});

describe('the line', () => {
  it('serves work that goes ahead (an overview many requests wait for) before the requests in line', async () => {
    const gate = admission(1, 60_000);
    const release = await gate.acquire();
    const order: string[] = [];
    const take = (name: string, ahead = false) =>
      gate.run(async () => void order.push(name), { ahead });
    const done = [
      take('first in line'),
      take('ahead', true),
      take('second in line'),
      take('ahead too', true),
    ];
    release();
    await Promise.all(done);
    expect(order).toEqual(['ahead', 'ahead too', 'first in line', 'second in line']);
  });
});
