// The Cypher console against the real Neo4j as an attacker would use it: administration commands that Neo4j
// Community lets any user run are refused, and what they would reach (another session's transaction and its
// parameters, users) is untouched.
import neo4j, { type Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { startServer, type RunningServer } from '../../web/server/index.ts';

let db: Database;
let server: RunningServer;
/** Another client's slow transaction, carrying a parameter the console must not read. */
let other: { session: Session; done: Promise<unknown>; transactionId: string };
const SECRET = `secret-${Math.random().toString(36).slice(2)}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
async function cypher(query: string) {
  const response = await fetch(`${server.url}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, text: await response.text() };
}

async function transactionsWith(marker: string): Promise<string[]> {
  const { records } = await db.run(
    'SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS $marker RETURN transactionId',
    { marker },
  );
  return records.map((r) => r.get('transactionId') as string);
}

async function waitFor<T>(what: string, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = await probe();
    if (found !== null) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

beforeAll(async () => {
  db = new Database();
  server = await startServer({ db, port: 0, staticDir: null });
  const session = db.driver.session({ defaultAccessMode: neo4j.session.READ });
  const done = session
    .run(
      'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 AND $secret <> "" RETURN count(*) /* other-client */',
      { secret: SECRET },
      { timeout: 120_000 },
    )
    .then(
      () => null,
      (error: unknown) => error,
    );
  const [transactionId] = await waitFor('the other client', async () => {
    const ids = await transactionsWith('other-client */');
    return ids.length ? ids : null;
  });
  other = { session, done, transactionId };
});

afterAll(async () => {
  if (other) {
    await db.run('TERMINATE TRANSACTIONS $id', { id: other.transactionId }).catch(() => {});
    await other.done;
    await other.session.close();
  }
  await server?.close();
  await db?.close();
});

describe('POST /api/cypher refuses administration', () => {
  it('does not show other sessions their transactions or parameters', async () => {
    for (const query of [
      'SHOW TRANSACTIONS YIELD parameters',
      'SHOW TRANSACTIONS YIELD * RETURN *',
      'show transactions yield currentQuery, parameters where currentQuery contains "other" return parameters',
    ]) {
      const { status, text } = await cypher(query);
      expect(status, query).toBe(403);
      expect(text).not.toContain(SECRET);
      const body: Json = JSON.parse(text);
      expect(body).toMatchObject({
        error: 'write_refused',
        message: expect.stringMatching(
          /^SHOW TRANSACTIONS: SHOW and TERMINATE commands are refused/,
        ),
      });
    }
  });

  it('does not terminate another client’s transaction', async () => {
    const { status, text } = await cypher(`TERMINATE TRANSACTIONS '${other.transactionId}'`);
    expect(status).toBe(403);
    expect(JSON.parse(text).message).toMatch(/^TERMINATE TRANSACTIONS: /);
    expect(await transactionsWith('other-client */')).toContain(other.transactionId);
  });

  it.each([
    ['SHOW SETTINGS', /^SHOW SETTINGS: /],
    [
      'SHOW SETTINGS YIELD name, value WHERE name CONTAINS "directories" RETURN value',
      /^SHOW SETTINGS/,
    ],
    ['SHOW PROCEDURES', /^SHOW PROCEDURES: /],
    ['SHOW FUNCTIONS', /^SHOW FUNCTIONS: /],
    ['CALL dbms.listConfig() YIELD name, value RETURN name, value', /^CALL dbms.listConfig: /],
    ['CALL dbms.listQueries()', /^CALL dbms.listQueries: /],
    ['MATCH (a) CALL (a) { RETURN a AS b } IN TRANSACTIONS RETURN b', /IN TRANSACTIONS is refused/],
    ['RETURN 1; SHOW TRANSACTIONS', /one statement at a time/],
  ])('refuses %s with a reason', async (query, reason) => {
    const { status, text } = await cypher(query);
    expect(status).toBe(403);
    expect(JSON.parse(text)).toMatchObject({
      error: 'write_refused',
      message: expect.stringMatching(reason),
    });
    expect(text).not.toMatch(/data\/|\/tmp\//);
  });

  it('creates no user, and changes no one’s password', async () => {
    const users = async () =>
      (
        await db.driver.executeQuery(
          'SHOW USERS YIELD user RETURN user',
          {},
          { database: 'system' },
        )
      ).records.map((r) => r.get('user') as string);
    const before = await users();
    for (const query of [
      "CREATE USER mallory SET PASSWORD 'mallory-password' CHANGE NOT REQUIRED",
      "ALTER CURRENT USER SET PASSWORD FROM 'x' TO 'mallory-password'",
      'SHOW USERS',
      'USE system SHOW USERS',
    ]) {
      const { status, text } = await cypher(query);
      expect(status, query).toBe(403);
      expect(JSON.parse(text).message).toMatch(/administration commands .* are refused here/);
    }
    expect(await users()).toEqual(before);
  });

  it('still runs the schema procedures the console allows', async () => {
    const { status, text } = await cypher(
      'CALL db.labels() YIELD label RETURN label ORDER BY label',
    );
    expect(status).toBe(200);
    expect(JSON.parse(text).rows.map((r: Json) => r.label)).toContain('Actor');
    expect((await cypher('CALL db.schema.visualization()')).status).toBe(200);
  });
});
