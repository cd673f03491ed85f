// Real Neo4j failures reach an API client by their meaning, whatever code ran the query: a query past its timeout
// is 504 query_timeout (never 400, as if the Cypher were wrong), and a pool with no connection free is 503 busy.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database, toDatabaseError } from '../../graph/database.ts';
import { toApiError } from '../../web/server/api-error.ts';

const SLOW = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n';
let db: Database;

beforeAll(() => {
  db = new Database();
});
afterAll(async () => {
  await db?.close();
});

describe('database errors as API errors', () => {
  it('answers a query stopped at its timeout with 504, even one run without the query runner', async () => {
    // db.run directly, as the overview's version check does: no runner named the error on the way.
    const error = await db.run(SLOW, {}, { timeoutMs: 300 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: expect.stringMatching(/Transaction/) });
    const apiError = toApiError(error);
    expect(apiError.status).toBe(504);
    expect(apiError.code).toBe('query_timeout');
    expect(apiError.message).toMatch(/^the query was stopped at its time limit/);
  });

  it('answers a pool with no connection free with 503 busy, not 500', async () => {
    const { uri, username, password, database } = db.config;
    const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), {
      maxConnectionPoolSize: 1,
      connectionAcquisitionTimeout: 300,
    });
    const holder = driver.session({ database });
    const tx = await holder.beginTransaction();
    try {
      const error = await driver
        .session({ database })
        .run('RETURN 1')
        .then(
          () => null,
          (e: unknown) => e,
        );
      const apiError = toApiError(toDatabaseError(error));
      expect(apiError.status).toBe(503);
      expect(apiError.code).toBe('busy');
      expect(apiError.message).toMatch(/every database connection stayed in use/);
    } finally {
      await tx.rollback();
      await holder.close();
      await driver.close();
    }
  });
});
