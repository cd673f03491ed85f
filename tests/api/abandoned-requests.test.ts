// A client that gives up takes its query with it: the Neo4j transaction behind an abandoned request is ended,
// seen from an administrator's session with SHOW TRANSACTIONS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { startServer, type RunningServer } from '../../web/server/index.ts';
import { runningTransactions, until } from './_transactions.ts';

let db: Database;
let server: RunningServer;

beforeAll(async () => {
  db = new Database();
  server = await startServer({ db, port: 0, staticDir: null, cypherTimeoutMs: 120_000 });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

const running = (marker: string) => runningTransactions(db, marker);

describe('an abandoned request', () => {
  it('ends its Cypher transaction in Neo4j', async () => {
    const marker = `abandoned-${Date.now()}`;
    const abort = new AbortController();
    const request = fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n // ${marker}`,
      }),
      signal: abort.signal,
    }).catch((error: Error) => error);
    await until('the query runs', async () => (await running(marker)) === 1);
    abort.abort();
    expect(await request).toBeInstanceOf(Error);
    await until('the transaction is gone', async () => (await running(marker)) === 0);
    expect(await running(marker)).toBe(0);
  });

  it('ends every one of several clients that gave up at once', async () => {
    const marker = `abandoned-graph-${Date.now()}`;
    const aborts = Array.from({ length: 4 }, () => new AbortController());
    const requests = aborts.map((abort) =>
      fetch(`${server.url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `UNWIND range(1, 2000000000) AS x WITH x WHERE x % 5 = 1 RETURN count(*) AS n // ${marker}`,
        }),
        signal: abort.signal,
      }).catch((error: Error) => error),
    );
    await until('all four run', async () => (await running(marker)) === 4);
    aborts.forEach((a) => a.abort());
    await Promise.all(requests);
    await until('all four are gone', async () => (await running(marker)) === 0);
  });
});
