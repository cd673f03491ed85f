// GET /api/analytics/:measure against the real Neo4j with the sample corpus: answers, validation, errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { startServer, type RunningServer } from '../../web/server/index.ts';
import { useSampleCorpus } from '../setup/sample-corpus.ts';

let db: Database;
let server: RunningServer;

beforeAll(async () => {
  await useSampleCorpus();
  db = new Database();
  server = await startServer({ db, port: 0, staticDir: null });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
async function get(path: string): Promise<{ status: number; body: Json; cache: string | null }> {
  const response = await fetch(`${server.url}${path}`);
  return {
    status: response.status,
    body: await response.json(),
    cache: response.headers.get('x-entente-cache'),
  };
}

describe('GET /api/analytics', () => {
  it('lists the measures with their parameters', async () => {
    const { status, body } = await get('/api/analytics');
    expect(status).toBe(200);
    expect(body.measures.map((m: Json) => m.name)).toEqual([
      'centrality',
      'blocs',
      'paths',
      'dyad',
      'balance',
    ]);
    const paths = body.measures.find((m: Json) => m.name === 'paths');
    expect(paths.params.map((p: Json) => p.name)).toEqual(
      expect.arrayContaining(['from', 'to', 'rollUp', 'actor', 'other', 'cooperativeOnly']),
    );
  });

  it('ranks actors, with the parameters it used and the size of the graph analysed', async () => {
    const { status, body } = await get(
      '/api/analytics/centrality?limit=3&from=2022-01-01&to=2022-12-31',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      measure: 'centrality',
      params: { limit: 3, from: '2022-01-01', rollUp: true },
    });
    expect(body.data).toHaveLength(3);
    expect(body.data[0].id).toBe('RUS');
    expect(body.graph.actors).toBeGreaterThan(3);
  });

  it('finds the path from Iran to NATO through cooperative pairs', async () => {
    const { status, body } = await get(
      '/api/analytics/paths?actor=IRN&other=nato&cooperativeOnly=true',
    );
    expect(status).toBe(200);
    expect(body.data.paths[0].actors.map((a: Json) => a.id)).toEqual(['IRN', 'TUR', 'FIN', 'nato']);
  });

  it('gives the Russia–Ukraine dyad year by year', async () => {
    const { body } = await get('/api/analytics/dyad?actor=RUS&other=UKR');
    expect(body.data.series.map((r: Json) => r.period)).toEqual(['2019', '2021', '2022', '2023']);
    expect(body.data.series[2].dominant).toBe('MATERIAL_CONFLICT');
    expect(body.data.turningPoints).toContainEqual(
      expect.objectContaining({ period: '2022', kind: 'class', to: 'MATERIAL_CONFLICT' }),
    );
  });

  it('answers blocs and balance', async () => {
    const blocs = await get('/api/analytics/blocs?actor=IRN');
    expect(blocs.body.data.cooperation.blocs[0].members.map((m: Json) => m.id)).toContain('SYR');
    const balance = await get('/api/analytics/balance?actor=TUR&unbalancedOnly=true');
    expect(balance.body.data.triangles.list.map((t: Json) => t.actors.join('|'))).toContain(
      'RUS|TUR|UKR',
    );
  });

  it('answers the same question from its cache until the graph changes', async () => {
    const path = '/api/analytics/balance?actor=RUS&limit=7';
    const first = await get(path);
    const second = await get(path);
    expect([first.cache, second.cache]).toEqual(['miss', 'hit']);
    expect(second.body).toEqual(first.body);
    // Parameters in another order or spelt as defaults are the same question.
    expect((await get('/api/analytics/balance?limit=7&actor=RUS&rollUp=true')).cache).toBe('hit');
    expect((await get('/api/analytics/balance?actor=RUS&limit=8')).cache).toBe('miss');
  });

  it('refuses bad parameters (400) and unknown measures and actors (404), saying why', async () => {
    const cases: [string, number, RegExp][] = [
      ['/api/analytics/paths?actor=IRN', 400, /parameter "other" is required/],
      ['/api/analytics/dyad?actor=RUS&other=UKR&granularity=week', 400, /granularity/],
      ['/api/analytics/centrality?limit=0', 400, /at least 1/],
      ['/api/analytics/centrality?from=yesterday', 400, /YYYY-MM-DD/],
      ['/api/analytics/centrality?color=red', 400, /unknown parameter/],
      ['/api/analytics/closeness', 404, /unknown measure "closeness"/],
      ['/api/analytics/balance?actor=atlantis', 404, /"atlantis" has no statements/],
    ];
    for (const [path, status, message] of cases) {
      const response = await get(path);
      expect(response.status, path).toBe(status);
      expect(response.body.message, path).toMatch(message);
    }
  });
});
