// The HTTP API against the real Neo4j: every endpoint, bad input, unknown ids, refused writes, timeouts, row caps, tokens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { startServer, type RunningServer } from '../../web/server/index.ts';
import { id, removeFixture, writeFixture } from '../queries/fixture.ts';
import { useSampleCorpus } from '../setup/sample-corpus.ts';

let db: Database;
let server: RunningServer;
let guarded: RunningServer;

beforeAll(async () => {
  await useSampleCorpus();
  db = new Database();
  await removeFixture(db);
  await writeFixture(db);
  server = await startServer({
    db,
    port: 0,
    cypherTimeoutMs: 2000,
    cypherRowLimit: 50,
    staticDir: null,
  });
  guarded = await startServer({ db, port: 0, token: 'test-token', requireToken: true });
});
afterAll(async () => {
  await server?.close();
  await guarded?.close();
  await db.run(
    'MATCH (a:Article) WHERE a.title = $t DETACH DELETE a',
    { t: 'API write test' },
    { routing: 'write' },
  );
  await removeFixture(db);
  await db.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
async function call(path: string, init: RequestInit & { json?: unknown } = {}, base = server.url) {
  const { json, ...rest } = init;
  const response = await fetch(`${base}${path}`, {
    ...rest,
    method: rest.method ?? (json === undefined ? 'GET' : 'POST'),
    headers: {
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
      ...(rest.headers ?? {}),
    },
    body: json === undefined ? rest.body : JSON.stringify(json),
  });
  const body = (await response.json().catch(() => null)) as Json;
  return { status: response.status, body, headers: response.headers };
}
const graphCounts = async () =>
  (
    await db.run('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels')
  ).records[0].toObject();

describe('GET /api/health', () => {
  it('says the database is reachable, its version and the counts', async () => {
    const { status, body, headers } = await call('/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, database: { reachable: true }, version: '0.1.0' });
    expect(body.database.version).toMatch(/^5\./);
    expect(body.counts.actors).toBeGreaterThan(10);
    expect(headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('GET /api/graph', () => {
  it('returns graphology JSON filtered by type and period', async () => {
    const { status, body } = await call(
      '/api/graph?types=State&relationTypes=ATTACK,SANCTION&from=2022-01-01&to=2022-12-31&limit=500',
    );
    expect(status).toBe(200);
    expect(body.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    expect(body.edges.find((e: Json) => e.key === 'RUS|ATTACK|UKR')).toMatchObject({
      source: 'RUS',
      target: 'UKR',
      attributes: { type: 'ATTACK' },
    });
    expect(body.nodes.every((n: Json) => n.attributes.type === 'State')).toBe(true);
    const keys = new Set(body.nodes.map((n: Json) => n.key));
    expect(body.edges.every((e: Json) => keys.has(e.source) && keys.has(e.target))).toBe(true);
  });

  it('keeps the most important nodes past the limit and says so', async () => {
    const { body } = await call('/api/graph?limit=5');
    expect(body.nodes).toHaveLength(5);
    expect(body.attributes).toMatchObject({ truncated: true, limit: 5 });
    expect(body.attributes.totalNodes).toBeGreaterThan(5);
  });

  it.each([
    ['/api/graph?types=Planet', /"types" must be among State/],
    ['/api/graph?from=yesterday', /"from" must be a date/],
    ['/api/graph?limit=0', /"limit" must be at least 1/],
    ['/api/graph?colour=red', /unknown parameter/],
  ])('400 for %s', async (path, message) => {
    const { status, body } = await call(path);
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_params');
    expect(body.message).toMatch(message);
  });
});

describe('actors', () => {
  it('searches names and aliases by prefix', async () => {
    const { status, body } = await call('/api/actors?q=Ira&limit=10');
    expect(status).toBe(200);
    expect(body.actors.map((a: Json) => a.id)).toContain('IRN');
    expect(body.actors[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        score: expect.any(Number),
        aliases: expect.any(Array),
      }),
    );
    expect((await call('/api/actors?q=' + encodeURIComponent('Iran AND (x OR "y'))).status).toBe(
      200,
    );
    expect((await call('/api/actors')).status).toBe(400);
  });

  it('names registry memberships that no article has mentioned from the registry', async () => {
    const { body } = await call('/api/actors/IRN');
    const opec = body.memberOf.find((m: Json) => m.id === 'opec');
    expect(opec).toMatchObject({ via: expect.arrayContaining(['registry']), type: 'Organization' });
    expect(opec.name).not.toBe('opec');
  });

  it('profiles an actor, 404 for an unknown one', async () => {
    const { status, body } = await call(`/api/actors/${id('TUR')}`);
    expect(status).toBe(200);
    expect(body.actor).toMatchObject({ id: id('TUR'), name: 'Turkey' });
    expect(body.memberOf.map((m: Json) => m.id)).toEqual([id('nato')]);
    expect(body.relations).toContainEqual(
      expect.objectContaining({
        type: 'ATTACK',
        direction: 'out',
        partner: expect.objectContaining({ id: id('RUS') }),
      }),
    );
    const missing = await call('/api/actors/no-such-actor');
    expect(missing).toMatchObject({ status: 404, body: { error: 'not_found' } });
  });

  it('returns the neighbourhood as graph JSON', async () => {
    const { status, body } = await call(`/api/actors/${id('FIN')}/neighbors?depth=2`);
    expect(status).toBe(200);
    expect(body.nodes.map((n: Json) => n.key)).toEqual(
      expect.arrayContaining([id('FIN'), id('RUS'), id('IRN')]),
    );
    expect((await call(`/api/actors/${id('FIN')}/neighbors?depth=4`)).status).toBe(400);
    expect((await call('/api/actors/no-such-actor/neighbors')).status).toBe(404);
  });
});

describe('GET /api/relations/:id/evidence', () => {
  it('returns the relation and the sentences behind it', async () => {
    const rel = `${id('IRN')}|PROVIDE_ARMS|${id('RUS')}`;
    const { status, body } = await call(`/api/relations/${encodeURIComponent(rel)}/evidence`);
    expect(status).toBe(200);
    expect(body.relation).toMatchObject({
      id: rel,
      type: 'PROVIDE_ARMS',
      quadClass: 'MATERIAL_COOPERATION',
      source: { id: id('IRN'), name: 'Iran' },
      count: 1,
    });
    expect(body.evidence).toEqual([
      expect.objectContaining({
        sentence: 'Iran supplied drones to Russia.',
        article: expect.objectContaining({ id: id('a7'), publishedAt: '2022-10-17' }),
      }),
    ]);
  });

  it('404 for unknown relations, 400 for malformed ids', async () => {
    expect(
      (await call(`/api/relations/${encodeURIComponent('RUS|HUG|IRN')}/evidence`)).status,
    ).toBe(404);
    expect(
      (
        await call(
          `/api/relations/${encodeURIComponent(`${id('RUS')}|ATTACK|${id('IRN')}`)}/evidence`,
        )
      ).status,
    ).toBe(404);
    expect((await call('/api/relations/RUS/evidence')).status).toBe(400);
  });
});

describe('GET /api/articles/:id', () => {
  it('returns the article, its actors and its statements, and 404 for an unknown id', async () => {
    const { status, body } = await call(`/api/articles/${encodeURIComponent(id('a4'))}`);
    expect(status).toBe(200);
    expect(body.article.text).toBe(
      'Turkey shot down a Russian jet near the Syrian border. Russia sanctioned Turkey a week later.',
    );
    expect(body.statements.map((s: Json) => [s.type, s.sentenceStart])).toEqual([
      ['ATTACK', 0],
      ['SANCTION', 55],
    ]);
    expect(body.actors.map((a: Json) => a.id).sort()).toEqual([id('RUS'), id('TUR')].sort());
    expect((await call('/api/articles/no-such-article')).status).toBe(404);
    expect((await call(`/api/articles/${id('a4')}?limit=0`)).status).toBe(400);
  });
});

describe('GET /api/path', () => {
  it('finds the shortest path, cooperative only when asked', async () => {
    const any = await call(`/api/path?from=${id('FIN')}&to=${id('SYR')}`);
    expect(any.status).toBe(200);
    expect(any.body.path).toEqual([id('FIN'), id('RUS'), id('SYR')]);
    const coop = await call(`/api/path?from=${id('FIN')}&to=${id('SYR')}&cooperativeOnly=true`);
    expect(coop.status).toBe(404);
    expect(coop.body.message).toMatch(/no path of cooperative relations/);
    expect((await call(`/api/path?from=${id('FIN')}`)).status).toBe(400);
  });
});

describe('named queries over HTTP', () => {
  it('lists the registry', async () => {
    const { body } = await call('/api/queries');
    expect(body.queries.length).toBeGreaterThanOrEqual(15);
    expect(body.queries.find((q: Json) => q.name === 'partners').params[0]).toMatchObject({
      name: 'id',
      required: true,
    });
  });

  it('runs one: columns, rows, graph and data', async () => {
    const { status, body } = await call('/api/queries/partners', {
      json: { params: { id: 'RUS', limit: 3 } },
    });
    expect(status).toBe(200);
    expect(body.columns).toEqual(['partner', 'cooperation', 'statements', 'relations', 'lastSeen']);
    expect(body.rows[0].partner.id).toBe('IRN');
    expect(body.graph).toEqual({ nodes: [], relationships: [] });
  });

  it('400 for bad params, 404 for an unknown query, 415 for a non-JSON body', async () => {
    const bad = await call('/api/queries/partners', { json: { params: { limit: 'many' } } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/"id" is required/);
    expect((await call('/api/queries/nope', { json: {} })).status).toBe(404);
    const text = await call('/api/queries/partners', {
      method: 'POST',
      body: 'params',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
  });
});

describe('POST /api/cypher', () => {
  it('returns rows as plain JSON and the graph of nodes and relationships', async () => {
    const { status, body } = await call('/api/cypher', {
      json: {
        query:
          'MATCH p = (a:Actor {id: $id})-[r:PROVIDE_ARMS]->(b:Actor) RETURN a, r, b, p, date() AS today',
        params: { id: 'IRN' },
      },
    });
    expect(status).toBe(200);
    expect(body.columns).toEqual(['a', 'r', 'b', 'p', 'today']);
    expect(body.rows[0].a).toMatchObject({
      labels: expect.arrayContaining(['Actor', 'State']),
      properties: { id: 'IRN' },
    });
    expect(typeof body.rows[0].today).toBe('string');
    expect(body.graph.relationships[0]).toMatchObject({
      type: 'PROVIDE_ARMS',
      properties: { id: expect.stringMatching(/^IRN\|PROVIDE_ARMS\|/) },
    });
    const nodeIds = body.graph.nodes.map((n: Json) => n.id);
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
    // The same result as the explorer draws it: actors by their ids, relations by theirs.
    expect(body.actorGraph.nodes.map((n: Json) => n.key)).toContain('IRN');
    expect(body.actorGraph.nodes.find((n: Json) => n.key === 'IRN').attributes).toMatchObject({
      label: 'Iran',
      type: 'State',
    });
    expect(body.actorGraph.edges).toContainEqual(
      expect.objectContaining({
        key: expect.stringMatching(/^IRN\|PROVIDE_ARMS\|/),
        source: 'IRN',
        attributes: expect.objectContaining({ type: 'PROVIDE_ARMS' }),
      }),
    );
    expect(body).toMatchObject({
      truncated: false,
      rowCount: body.rows.length,
      elapsedMs: expect.any(Number),
    });
  });

  it.each([
    'CREATE (:Actor {id: "api-write-test"})',
    'MATCH (a:Actor) SET a.hacked = true',
    'MATCH (a:Actor {id: "RUS"}) DETACH DELETE a',
    'CREATE INDEX api_test IF NOT EXISTS FOR (n:Actor) ON (n.hacked)',
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    'CALL dbms.listConfig() YIELD name RETURN name',
  ])('refuses %s with the graph unchanged', async (query) => {
    const before = await graphCounts();
    const { status, body } = await call('/api/cypher', { json: { query } });
    expect(status).toBe(403);
    expect(body.error).toBe('write_refused');
    expect(await graphCounts()).toEqual(before);
  });

  it('stops a query past its timeout with a clear error', async () => {
    const started = Date.now();
    const { status, body } = await call('/api/cypher', {
      json: {
        query: 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n',
      },
    });
    expect(status).toBe(504);
    expect(body).toMatchObject({
      error: 'query_timeout',
      message: expect.stringMatching(/stopped at its time limit after \d+ ms \(limit 2000 ms\)/),
    });
    // The time it really ran, not the limit.
    expect(Number(/after (\d+) ms/.exec(body.message)![1])).toBeGreaterThanOrEqual(2000);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('truncates past the row limit and flags it', async () => {
    const { body } = await call('/api/cypher', {
      json: { query: 'UNWIND range(1, 1000) AS x RETURN x' },
    });
    expect(body).toMatchObject({ truncated: true, rowCount: 50 });
    expect(body.rows).toHaveLength(50);
    expect(body.rows[49]).toEqual({ x: 50 });
  });

  it('turns Neo4j errors into readable 400s', async () => {
    const syntax = await call('/api/cypher', { json: { query: 'MATCH (a:Actor RETURN a' } });
    expect(syntax).toMatchObject({ status: 400, body: { error: 'cypher_error' } });
    expect(syntax.body.message).toMatch(/Invalid input/);
    const missing = await call('/api/cypher', { json: { query: 'RETURN $x' } });
    expect(missing.body.message).toMatch(/Expected parameter\(s\): x/);
    expect((await call('/api/cypher', { json: { query: '' } })).status).toBe(400);
  });
});

describe('POST /api/ingest', () => {
  const text =
    'Russia and Iran signed a deal on gas in Tehran on Monday. Iran supplied drones to Russia.';

  it('extracts without writing on a dry run', async () => {
    const before = await graphCounts();
    const { status, body } = await call('/api/ingest', {
      json: { text, title: 'Dry run', publishedAt: '2024-01-02', dryRun: true },
    });
    expect(status).toBe(200);
    expect(body.status).toBe('dry-run');
    expect(body.article).toMatchObject({ title: 'Dry run', publishedAt: '2024-01-02' });
    expect(body.actors.map((a: Json) => a.id)).toEqual(expect.arrayContaining(['RUS', 'IRN']));
    expect(body.relations.length).toBeGreaterThan(0);
    expect(await graphCounts()).toEqual(before);
  });

  it('writes an article once', async () => {
    const body = {
      text: 'Ruritania and Freedonia exchanged notes.',
      title: 'API write test',
      source: 'API test',
    };
    const first = await call('/api/ingest', { json: body });
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('added');
    expect((await call('/api/ingest', { json: body })).body.status).toBe('unchanged');
  });

  it.each([
    [{}, /exactly one of "text", "html" or "url"/],
    [{ text: 'a', html: '<p>a</p>' }, /exactly one of/],
    [{ url: 'file:///etc/passwd' }, /http\(s\) URL/],
    [{ text: 'Some text.', publishedAt: 'soon' }, /YYYY-MM-DD/],
    [{ text: 'Some text.', extra: 1 }, /extra/],
    [{ text: '   ' }, /text|html/],
  ])('400 for %j', async (json, message) => {
    const { status, body } = await call('/api/ingest', { json });
    expect(status).toBe(400);
    expect(body.message).toMatch(message);
  });

  it('reads an http(s) URL, and refuses private addresses unless allowed', async () => {
    const { createServer } = await import('node:http');
    const page = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html');
      response.end(
        '<html><head><title>Drones</title></head><body><article><p>Iran supplied drones to Russia on Monday.</p></article></body></html>',
      );
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(page.address() as { port: number }).port}/drones`;
    const open = await startServer({ db, port: 0, readOptions: { allowPrivateNetwork: true } });
    try {
      const ok = await call('/api/ingest', { json: { url, dryRun: true } }, open.url);
      expect(ok.status).toBe(200);
      expect(ok.body.article).toMatchObject({ title: 'Drones', url });
      expect(ok.body.relations.map((r: Json) => r.id)).toContain('IRN|PROVIDE_ARMS|RUS');
      const refused = await call('/api/ingest', { json: { url, dryRun: true } });
      expect(refused).toMatchObject({ status: 400, body: { error: 'unreadable_input' } });
    } finally {
      await open.close();
      page.close();
    }
  });

  it('needs the token when the policy requires one', async () => {
    const json = { text, dryRun: true };
    const none = await call('/api/ingest', { json }, guarded.url);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(
      (await call('/api/ingest', { json, headers: { authorization: 'Bearer wrong' } }, guarded.url))
        .status,
    ).toBe(401);
    const ok = await call(
      '/api/ingest',
      { json, headers: { authorization: 'Bearer test-token' } },
      guarded.url,
    );
    expect(ok.status).toBe(200);
    // Reads stay open.
    expect((await call('/api/health', {}, guarded.url)).status).toBe(200);
  });
});

describe('routing and hosts', () => {
  it('404 JSON for unknown routes', async () => {
    expect(await call('/api/nothing-here')).toMatchObject({
      status: 404,
      body: { error: 'not_found', message: 'no route GET /api/nothing-here' },
    });
  });

  it('refuses foreign Host headers on loopback', async () => {
    // fetch will not let us set Host; a raw request does.
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${server.url}/api/health`,
        { headers: { host: 'rebound.example' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});
