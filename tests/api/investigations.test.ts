// Saved investigations over HTTP against the real Neo4j: saved, listed, opened with their bookmarks resolved,
// updated and deleted, each audited with what it held before and after; bad input refused; the token rule of every
// write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../graph/audit.ts';
import { Database } from '../../graph/database.ts';
import type { InvestigationRequest } from '../../web/server/routes/investigations.ts';
import { startServer, type RunningServer } from '../../web/server/index.ts';
import { useSampleCorpus } from '../setup/sample-corpus.ts';
import { jsonClient, type Json } from './_json-client.ts';

const NAME = 'API test investigation';
let db: Database;
let server: RunningServer;
let guarded: RunningServer;
let statementId: string;

const call = jsonClient(() => server.url);

const removeOurs = () =>
  db.run(
    `MATCH (i:Investigation) WHERE i.name STARTS WITH $name DELETE i
     WITH count(*) AS _
     MATCH (e:AuditEntry) WHERE e.action STARTS WITH 'investigation.' AND e.user = 'analyst-a' DELETE e`,
    { name: NAME },
    { routing: 'write' },
  );

beforeAll(async () => {
  db = new Database();
  await useSampleCorpus();
  await removeOurs();
  const r = await db.run(
    'MATCH (s:Statement) RETURN s.id AS id, s.sentence AS sentence ORDER BY s.id LIMIT 1',
  );
  statementId = r.records[0].get('id') as string;
  server = await startServer({ db, port: 0, staticDir: null, user: 'analyst-a' });
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
  await removeOurs();
  await db.close();
});

const body = (over: Partial<InvestigationRequest> = {}): InvestigationRequest => ({
  name: NAME,
  note: 'Who arms whom, 2022',
  view: {
    hash: 'quad=MATERIAL_CONFLICT&actor=RUS',
    camera: { x: 0.4, y: 0.6, ratio: 0.5, angle: 0 },
    hidden: ['USA'],
    pinned: ['RUS', 'UKR'],
    query: 'MATCH (a:Actor) RETURN a LIMIT 5',
  },
  bookmarks: [],
  ...over,
});

describe('investigations API', () => {
  it('saves, lists, opens, updates and deletes an investigation', async () => {
    const created = await call('/api/investigations', 'POST', body());
    expect(created.status).toBe(201);
    const { id } = created.body.investigation;
    expect(created.body.investigation).toMatchObject({
      name: NAME,
      note: 'Who arms whom, 2022',
      createdBy: 'analyst-a',
      bookmarkCount: 0,
    });

    const list = await call('/api/investigations');
    expect(list.body.investigations.filter((i: Json) => i.id === id)).toHaveLength(1);

    const opened = await call(`/api/investigations/${id}`);
    expect(opened.status).toBe(200);
    expect(opened.body.investigation.view).toEqual(body().view);
    expect(opened.body.investigation.bookmarks).toEqual([]);

    const updated = await call(
      `/api/investigations/${id}`,
      'PUT',
      body({ name: `${NAME} (2)`, bookmarks: [statementId, 'no-such-statement', statementId] }),
    );
    expect(updated.status).toBe(200);
    expect(updated.body.investigation).toMatchObject({ name: `${NAME} (2)`, bookmarkCount: 2 });
    const again = (await call(`/api/investigations/${id}`)).body.investigation;
    expect(again.bookmarks.map((b: Json) => [b.statementId, typeof b.sentence])).toEqual([
      [statementId, 'string'],
      ['no-such-statement', 'object'],
    ]);
    expect(again.bookmarks[0].relationId).toMatch(/\|/);

    // Saving the same contents again changes nothing and records nothing.
    const unchanged = await call(
      `/api/investigations/${id}`,
      'PUT',
      body({ name: `${NAME} (2)`, bookmarks: [statementId, 'no-such-statement'] }),
    );
    expect(unchanged.body.investigation.updatedAt).toBe(updated.body.investigation.updatedAt);

    expect((await call(`/api/investigations/${id}`, 'DELETE')).status).toBe(200);
    expect((await call(`/api/investigations/${id}`)).status).toBe(404);

    // The trail: who saved, changed and deleted it, and what it held each time (nothing is lost by the delete).
    const trail = (await listAudit(db, { subjectId: id })).reverse();
    expect(trail.map((e) => [e.action, e.user, e.subjectType])).toEqual([
      ['investigation.create', 'analyst-a', 'investigation'],
      ['investigation.update', 'analyst-a', 'investigation'],
      ['investigation.delete', 'analyst-a', 'investigation'],
    ]);
    expect(trail[0].before).toBeNull();
    expect(trail[0].after).toMatchObject({ name: NAME, view: body().view, bookmarks: [] });
    expect(trail[1].before).toMatchObject({ name: NAME });
    expect(trail[1].after).toMatchObject({
      name: `${NAME} (2)`,
      bookmarks: [statementId, 'no-such-statement'],
    });
    expect(trail[2].before).toMatchObject({ name: `${NAME} (2)`, view: body().view });
    expect(trail[2].after).toBeNull();
  });

  it('refuses bad input, unknown ids and writes without the token', async () => {
    const bad: [unknown, RegExp][] = [
      [body({ name: '  ' }), /"name" must not be empty/],
      [{ ...body(), extra: 1 }, /extra/],
      [body({ view: { ...body().view, camera: { x: 0, y: 0, ratio: -1, angle: 0 } } }), /ratio/],
      [body({ view: { ...body().view, hidden: 'USA' as unknown as string[] } }), /hidden/],
    ];
    for (const [json, message] of bad) {
      const r = await call('/api/investigations', 'POST', json);
      expect(r.status).toBe(400);
      expect(r.body.message).toMatch(message);
    }
    expect((await call('/api/investigations/nope', 'PUT', body())).status).toBe(404);
    expect((await call('/api/investigations/nope', 'DELETE')).status).toBe(404);
    const refused = await call('/api/investigations', 'POST', body(), guarded.url);
    expect(refused.status).toBe(401);
    const names = (await call('/api/investigations')).body.investigations.map((i: Json) => i.name);
    expect(names.filter((n: string) => n.startsWith(NAME))).toEqual([]);
  });
});
