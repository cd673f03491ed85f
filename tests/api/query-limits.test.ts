// Limits on console queries that the row cap alone did not give: bytes of rows, and the time a query really ran
// when something other than its timeout stopped it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { startServer, type RunningServer } from '../../web/server/index.ts';

let db: Database;
let server: RunningServer;
const MiB = 1024 * 1024;

beforeAll(async () => {
  db = new Database();
  server = await startServer({
    db,
    port: 0,
    staticDir: null,
    cypherTimeoutMs: 60_000,
    cypherByteLimit: MiB,
  });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

async function cypher(query: string) {
  const started = Date.now();
  const response = await fetch(`${server.url}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text), clientMs: Date.now() - started };
}

describe('POST /api/cypher limits', () => {
  it('stops at the byte limit, not only the row limit', async () => {
    // 300 rows of 128 KiB each: 38 MiB of text, far under the row limit.
    const { status, text, body } = await cypher(
      "UNWIND range(1, 300) AS i RETURN i, reduce(s = 'x', k IN range(1, 17) | s + s) AS big",
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ truncated: true, truncatedBy: 'bytes' });
    expect(body.rowCount).toBe(body.rows.length);
    expect(body.rowCount).toBeGreaterThan(0);
    expect(body.rowCount).toBeLessThan(300);
    expect(body.rows[0].big).toHaveLength(2 ** 17);
    expect(Buffer.byteLength(text)).toBeLessThan(3 * MiB + 64 * 1024);
  });

  it('says the row limit when that is what cut the rows', async () => {
    const { body } = await cypher('UNWIND range(1, 6000) AS x RETURN x');
    expect(body).toMatchObject({ truncated: true, truncatedBy: 'rows', rowCount: 5000 });
  });

  it('reports the time a query really ran when the database stops it early', async () => {
    const marker = `stopped-early-${Date.now()}`;
    const request = cypher(
      `UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n // ${marker}`,
    );
    let terminated = 0;
    const deadline = Date.now() + 60_000;
    while (terminated === 0 && Date.now() < deadline) {
      const { records } = await db.run(
        `SHOW TRANSACTIONS YIELD transactionId, currentQuery
         WHERE currentQuery CONTAINS $marker AND NOT currentQuery STARTS WITH 'SHOW'
         TERMINATE TRANSACTIONS transactionId YIELD message RETURN count(*) AS n`,
        { marker },
      );
      terminated = records[0].get('n') as number;
    }
    expect(terminated).toBe(1);
    const { status, body, clientMs } = await request;
    expect(status).toBe(503);
    expect(body.error).toBe('query_stopped');
    expect(body.message).toMatch(
      /^the query was stopped by the database after \d+ ms, before its time limit/,
    );
    const reported = Number(/after (\d+) ms/.exec(body.message)![1]);
    expect(reported).toBeLessThanOrEqual(clientMs);
    expect(reported).toBeLessThan(60_000);
  });
});
