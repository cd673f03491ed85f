// A server shared off loopback: with ENTENTE_TOKEN set, every endpoint that makes Neo4j work needs the token, not
// only writes; on loopback, reads stay open. Requests are injected (nothing binds a public address).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { buildServer } from '../../web/server/index.ts';

let db: Database;
let shared: FastifyInstance;
let local: FastifyInstance;
const TOKEN = 'shared-test-token';

beforeAll(async () => {
  db = new Database();
  shared = (await buildServer({ db, host: '0.0.0.0', token: TOKEN, staticDir: null })).app;
  local = (await buildServer({ db, token: TOKEN, staticDir: null })).app;
});
afterAll(async () => {
  await shared?.close();
  await local?.close();
  await db?.close();
});

type Call = [method: 'GET' | 'POST', url: string, payload?: object];
const READS: Call[] = [
  ['GET', '/api/graph?limit=10'],
  ['GET', '/api/actors?q=Ira'],
  ['GET', '/api/actors/RUS'],
  ['GET', '/api/actors/RUS/neighbors?depth=2'],
  ['GET', '/api/relations/IRN%7CPROVIDE_ARMS%7CRUS/evidence'],
  ['GET', '/api/path?from=FIN&to=IRN'],
  ['GET', '/api/queries'],
  ['POST', '/api/queries/most-central', { params: {} }],
  ['POST', '/api/cypher', { query: 'MATCH (a)-[*1..6]-(b) RETURN count(*) AS n' }],
];

describe('a server bound off loopback with a token', () => {
  it.each<Call>([...READS, ['POST', '/api/ingest', { text: 'Iran met Russia.', dryRun: true }]])(
    '%s %s needs the token',
    async (method, url, payload) => {
      const response = await shared.inject({ method, url, payload });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ error: 'unauthorized' });
      expect(response.headers['www-authenticate']).toBe('Bearer');
      const wrong = await shared.inject({
        method,
        url,
        payload,
        headers: { authorization: 'Bearer not-it' },
      });
      expect(wrong.statusCode).toBe(401);
    },
  );

  it('answers with the token', async () => {
    const headers = { authorization: `Bearer ${TOKEN}` };
    const graph = await shared.inject({ method: 'GET', url: '/api/graph?limit=10', headers });
    expect(graph.statusCode).toBe(200);
    const cypher = await shared.inject({
      method: 'POST',
      url: '/api/cypher',
      payload: { query: 'RETURN 1 AS one' },
      headers,
    });
    expect(cypher.json()).toMatchObject({ rows: [{ one: 1 }] });
  });

  it('still answers the health check without it', async () => {
    const health = await shared.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
  });
});

describe('a server on loopback with a token', () => {
  it.each(READS)('%s %s answers without it', async (method, url, payload) => {
    const response = await local.inject({
      method,
      url,
      payload,
      headers: { host: '127.0.0.1' },
    });
    expect(response.statusCode).not.toBe(401);
  });
});
