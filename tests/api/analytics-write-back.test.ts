// POST /api/analytics/write-back against the real Neo4j with the sample corpus: a write under the token rule, its
// body validated, and PageRank and bloc stored on the actors with the period they were computed on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WRITE_BACK_PROPERTIES } from '../../graph/analytics/write-back.ts';
import { Database } from '../../graph/database.ts';
import { startServer, type RunningServer } from '../../web/server/index.ts';
import type { BlocsResult, CentralityRow } from '../../web/server/routes/analytics.ts';
import { useSampleCorpus } from '../setup/sample-corpus.ts';

const TOKEN = 'write-back-test-token';
let db: Database;
let server: RunningServer;

const clear = () =>
  db.run(
    `MATCH (a:Actor) WHERE a.analyticsRollUp IS NOT NULL REMOVE ${WRITE_BACK_PROPERTIES.map((p) => `a.${p}`).join(', ')}`,
    {},
    { routing: 'write' },
  );

beforeAll(async () => {
  await useSampleCorpus();
  db = new Database();
  server = await startServer({ db, port: 0, staticDir: null, token: TOKEN, requireToken: true });
});
afterAll(async () => {
  if (db) await clear();
  await server?.close();
  await db?.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
async function writeBack(body: unknown, token: string | null = TOKEN) {
  const response = await fetch(`${server.url}/api/analytics/write-back`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Json };
}

async function analytics<T>(measure: string, query: string): Promise<T> {
  const response = await fetch(`${server.url}/api/analytics/${measure}?${query}`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  return ((await response.json()) as { data: T }).data;
}

const stored = async () =>
  Object.fromEntries(
    (
      await db.run(
        `MATCH (a:Actor) WHERE a.analyticsRollUp IS NOT NULL
         RETURN a.id AS id, a {.pagerank, .bloc, .blocName, .analyticsFrom, .analyticsTo, .analyticsRollUp} AS p`,
      )
    ).records.map((r) => [r.get('id') as string, r.get('p') as Record<string, unknown>]),
  );

describe('POST /api/analytics/write-back', () => {
  it('needs the token and a valid period, and writes nothing otherwise', async () => {
    await clear();
    expect((await writeBack({}, null)).status).toBe(401);
    expect((await writeBack({}, 'wrong')).status).toBe(401);
    const badDate = await writeBack({ from: '2022-02-30' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.message).toMatch(/from/);
    const unknown = await writeBack({ measure: 'pagerank' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toMatch(/unknown parameter\(s\) "measure"/);
    expect(Object.keys(await stored())).toEqual([]);
  });

  it('stores PageRank and bloc of the period on the actors, with the period, replacing earlier ones', async () => {
    const period = { from: '2022-01-01', to: '2022-12-31' };
    const { status, body } = await writeBack(period);
    expect(status).toBe(200);
    expect(body).toMatchObject({ params: { ...period, rollUp: true } });
    expect(body.writeBack.actors).toBe(body.graph.actors);

    // What is stored is what the measures of the same period say.
    const query = `from=${period.from}&to=${period.to}`;
    const ranking = await analytics<CentralityRow[]>('centrality', `${query}&limit=5000`);
    const blocs = await analytics<BlocsResult>('blocs', `${query}&minSize=2`);
    const all = await stored();
    expect(Object.keys(all).sort()).toEqual(ranking.map((r) => r.id).sort());
    for (const row of ranking) {
      expect(all[row.id]).toMatchObject({
        analyticsFrom: period.from,
        analyticsTo: period.to,
        analyticsRollUp: true,
      });
      expect(all[row.id].pagerank).toBeCloseTo(row.pagerank, 10);
    }
    for (const bloc of blocs.cooperation.blocs)
      for (const member of bloc.members)
        expect(all[member.id]).toMatchObject({ bloc: bloc.bloc, blocName: bloc.name });
    expect(blocs.cooperation.blocs.length).toBeGreaterThan(0);

    // An open period, actors not rolled up, replaces every earlier value.
    const again = await writeBack({ rollUp: false });
    expect(again.status).toBe(200);
    expect(again.body.writeBack.cleared).toBe(body.writeBack.actors);
    const open = await stored();
    expect(Object.keys(open).length).toBe(again.body.writeBack.actors);
    for (const p of Object.values(open))
      expect(p).toMatchObject({ analyticsFrom: null, analyticsTo: null, analyticsRollUp: false });
  });
});
