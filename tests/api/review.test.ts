// The curation API against the real Neo4j: the queue, reviews that change the graph at once, bad input refused
// with nothing changed, the token rule of every write, and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { startServer, type RunningServer } from '../../web/server/index.ts';
import {
  aggregateCount,
  CURATION_RELATIONS as REL,
  curationStatements,
  ingestCurationArticle,
  removeCurationArticle,
} from '../graph/_curation-fixture.ts';

let db: Database;
let server: RunningServer;
let guarded: RunningServer;
let articleId: string;

beforeAll(async () => {
  db = new Database();
  articleId = (await ingestCurationArticle(db)).article.id;
  await removeCurationArticle(db, articleId);
  await ingestCurationArticle(db);
  server = await startServer({ db, port: 0, staticDir: null, user: 'api-analyst' });
  guarded = await startServer({
    db,
    port: 0,
    staticDir: null,
    token: 'test-token',
    requireToken: true,
  });
});
afterAll(async () => {
  await server?.close();
  await guarded?.close();
  await removeCurationArticle(db, articleId);
  await db.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
async function call(path: string, json?: unknown, base = server.url, headers = {}) {
  const response = await fetch(`${base}${path}`, {
    method: json === undefined ? 'GET' : 'POST',
    headers: { ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  return { status: response.status, body: (await response.json()) as Json };
}
const statementOf = async (relationId: string) =>
  (await curationStatements(db, articleId)).find((s) => s.relationId === relationId)!.id;

describe('GET /api/review', () => {
  it('lists the queue with its total, filtered', async () => {
    const { status, body } = await call(`/api/review?article=${articleId}&limit=2`);
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(body.statements).toHaveLength(2);
    expect(body.statements[0]).toMatchObject({
      relationId: REL.meet,
      reviewState: 'unreviewed',
      source: { id: 'URY', name: 'Uruguay' },
      article: { id: articleId, title: 'Curation test article' },
    });
    const low = await call(`/api/review?article=${articleId}&maxConfidence=0.5`);
    expect(low.body).toEqual({ total: 0, statements: [] });
  });

  it('refuses bad filters', async () => {
    const { status, body } = await call('/api/review?state=maybe');
    expect(status).toBe(400);
    expect(body.message).toMatch(/state/);
  });
});

describe('POST /api/statements/:id/review', () => {
  it('rejects a statement: the relation leaves the graph and the evidence at once', async () => {
    const arms = await statementOf(REL.arms);
    const { status, body } = await call(`/api/statements/${arms}/review`, {
      action: 'reject',
      note: 'offered, not supplied',
    });
    expect(status).toBe(200);
    expect(body.after).toMatchObject({ reviewState: 'rejected', reviewedBy: 'api-analyst' });
    expect(await aggregateCount(db, REL.arms)).toBe(0);
    const graph = await call('/api/graph?limit=5000');
    expect(graph.body.edges.map((e: Json) => e.key)).not.toContain(REL.arms);
    const evidence = await call(`/api/relations/${encodeURIComponent(REL.arms)}/evidence`);
    expect(evidence.status).toBe(404);
  });

  it('corrects a statement, and the corrected relation carries the evidence', async () => {
    const criticise = await statementOf(REL.criticise);
    const { status, body } = await call(`/api/statements/${criticise}/review`, {
      action: 'correct',
      correction: { type: 'THREATEN', reverse: true },
    });
    expect(status).toBe(200);
    expect(body.after).toMatchObject({ relationId: 'BOL|THREATEN|CHL', reviewState: 'corrected' });
    expect(body.after.original).toMatchObject({ type: 'CRITICIZE', source: 'CHL' });
    const evidence = await call(
      `/api/relations/${encodeURIComponent('BOL|THREATEN|CHL')}/evidence`,
    );
    expect(evidence.status).toBe(200);
    expect(JSON.stringify(evidence.body)).toContain('Chile criticised Bolivia');
  });

  it('refuses bad input with a clear error and changes nothing', async () => {
    const meet = await statementOf(REL.meet);
    const cases: [unknown, number, RegExp][] = [
      [{ action: 'approve' }, 400, /action/],
      [{ action: 'accept', extra: 1 }, 400, /extra|unrecognized/i],
      [{ action: 'correct' }, 400, /correction/],
      [{ action: 'correct', correction: {} }, 400, /say what to correct/],
      [{ action: 'correct', correction: { type: 'HUG' } }, 400, /type/],
      [{ action: 'correct', correction: { target: 'nobody' } }, 400, /no actor "nobody"/],
      [{ action: 'correct', correction: { type: 'CONSULT' } }, 400, /changes nothing/],
    ];
    for (const [json, status, message] of cases) {
      const r = await call(`/api/statements/${meet}/review`, json);
      expect(r.status, JSON.stringify(json)).toBe(status);
      expect(r.body.message).toMatch(message);
    }
    const missing = await call('/api/statements/no-such/review', { action: 'accept' });
    expect(missing.status).toBe(404);
    expect((await curationStatements(db, articleId)).find((s) => s.id === meet)!.reviewState).toBe(
      undefined,
    );
  });

  it('needs the token whenever the server asks for one', async () => {
    const meet = await statementOf(REL.meet);
    const path = `/api/statements/${meet}/review`;
    expect((await call(path, { action: 'accept' }, guarded.url)).status).toBe(401);
    const wrong = await call(path, { action: 'accept' }, guarded.url, {
      authorization: 'Bearer nope',
    });
    expect(wrong.status).toBe(401);
    expect((await curationStatements(db, articleId)).find((s) => s.id === meet)!.reviewState).toBe(
      undefined,
    );
    const ok = await call(path, { action: 'accept' }, guarded.url, {
      authorization: 'Bearer test-token',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.after.reviewState).toBe('accepted');
  });
});

describe('GET /api/audit', () => {
  it('lists every action, newest first, with before and after', async () => {
    const ids = (await curationStatements(db, articleId)).map((s) => s.id);
    const { status, body } = await call('/api/audit?limit=1000');
    expect(status).toBe(200);
    const ours = body.entries.filter((e: Json) => ids.includes(e.subjectId));
    expect(ours.map((e: Json) => e.action)).toEqual([
      'statement.accept',
      'statement.correct',
      'statement.reject',
    ]);
    expect(ours[2]).toMatchObject({
      user: 'api-analyst',
      note: 'offered, not supplied',
      before: { reviewState: 'unreviewed' },
      after: { reviewState: 'rejected' },
    });
    expect((await call('/api/audit?limit=0')).status).toBe(400);
  });
});
