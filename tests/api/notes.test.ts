// Notes on actors and relations over HTTP against the real Neo4j: added, listed per subject, searched, edited,
// deleted, with an audit entry each; unknown subjects and bad input refused; the token rule of every write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../graph/audit.ts';
import { Database } from '../../graph/database.ts';
import { startServer, type RunningServer } from '../../web/server/index.ts';
import { useSampleCorpus } from '../setup/sample-corpus.ts';
import { jsonClient, type Json } from './_json-client.ts';

const MARK = 'notes-api-test';
let db: Database;
let server: RunningServer;
let guarded: RunningServer;
let actor: string;
let relation: string;

const call = jsonClient(() => server.url);

const removeOurs = () =>
  db.run(
    `MATCH (n:Note) WHERE n.text CONTAINS $mark DELETE n
     WITH count(*) AS _
     MATCH (e:AuditEntry) WHERE e.action STARTS WITH 'note.' AND e.user = 'note-taker' DELETE e`,
    { mark: MARK },
    { routing: 'write' },
  );

beforeAll(async () => {
  db = new Database();
  await useSampleCorpus();
  const r = await db.run(
    `MATCH (a:Actor)-[r]->(:Actor) WHERE r.id IS NOT NULL
     RETURN a.id AS actor, r.id AS relation ORDER BY r.count DESC, r.id LIMIT 1`,
  );
  actor = r.records[0].get('actor') as string;
  relation = r.records[0].get('relation') as string;
  server = await startServer({ db, port: 0, staticDir: null, user: 'note-taker' });
  guarded = await startServer({
    db,
    port: 0,
    staticDir: null,
    token: 'test-token',
    requireToken: true,
  });
  await removeOurs();
});
afterAll(async () => {
  await server?.close();
  await guarded?.close();
  await removeOurs();
  await db.close();
});

describe('notes API', () => {
  it('adds notes to an actor and a relation, lists, searches, edits and deletes them, each audited', async () => {
    const first = await call('/api/notes', 'POST', {
      subjectType: 'actor',
      subjectId: actor,
      text: `First ${MARK}: check the <b>second</b> source`,
    });
    expect(first.status).toBe(201);
    expect(first.body.note).toMatchObject({
      subjectType: 'actor',
      subjectId: actor,
      author: 'note-taker',
    });
    const second = await call('/api/notes', 'POST', {
      subjectType: 'actor',
      subjectId: actor,
      text: `Second ${MARK}`,
    });
    const onRelation = await call('/api/notes', 'POST', {
      subjectType: 'relation',
      subjectId: relation,
      text: `On the relation ${MARK} ZEBRA`,
    });
    expect(onRelation.status).toBe(201);

    const list = await call(`/api/notes?subjectType=actor&subjectId=${encodeURIComponent(actor)}`);
    expect(list.body.notes.map((n: Json) => n.text)).toEqual([
      `First ${MARK}: check the <b>second</b> source`,
      `Second ${MARK}`,
    ]);
    const found = await call('/api/notes?q=zebra');
    expect(found.body.notes.map((n: Json) => n.subjectId)).toEqual([relation]);

    // An edit replaces the text (found by its new words, no longer by the old), keeps the author, says who edited.
    const edited = await call(`/api/notes/${onRelation.body.note.id}`, 'PATCH', {
      text: `On the relation ${MARK} YAK, second source found`,
    });
    expect(edited.status).toBe(200);
    expect(edited.body.note).toMatchObject({
      id: onRelation.body.note.id,
      author: 'note-taker',
      editedBy: 'note-taker',
    });
    expect((await call('/api/notes?q=zebra')).body.notes).toEqual([]);
    expect((await call('/api/notes?q=yak')).body.notes.map((n: Json) => n.text)).toEqual([
      `On the relation ${MARK} YAK, second source found`,
    ]);
    // The same text again changes nothing and records nothing.
    const same = await call(`/api/notes/${onRelation.body.note.id}`, 'PATCH', {
      text: `On the relation ${MARK} YAK, second source found`,
    });
    expect(same.body.note.editedAt).toBe(edited.body.note.editedAt);
    expect((await call('/api/notes/no-such-note', 'PATCH', { text: MARK })).status).toBe(404);
    expect((await call(`/api/notes/${first.body.note.id}`, 'PATCH', { text: ' ' })).status).toBe(
      400,
    );

    expect((await call(`/api/notes/${second.body.note.id}`, 'DELETE')).status).toBe(200);
    const after = await call(`/api/notes?subjectId=${encodeURIComponent(actor)}`);
    expect(after.body.notes.map((n: Json) => n.id)).toEqual([first.body.note.id]);
    expect((await call(`/api/notes/${second.body.note.id}`, 'DELETE')).status).toBe(404);

    const trail = await listAudit(db, { user: 'note-taker' });
    expect(trail.map((e) => `${e.action} ${e.subjectType}`).sort()).toEqual([
      'note.add actor',
      'note.add actor',
      'note.add relation',
      'note.delete actor',
      'note.edit relation',
    ]);
    expect(trail.find((e) => e.action === 'note.delete')?.before).toMatchObject({
      text: `Second ${MARK}`,
    });
    const edit = trail.find((e) => e.action === 'note.edit');
    expect(edit?.before).toMatchObject({ text: `On the relation ${MARK} ZEBRA`, editedAt: null });
    expect(edit?.after).toMatchObject({ text: `On the relation ${MARK} YAK, second source found` });
    // The group name lists every note action.
    expect(await listAudit(db, { user: 'note-taker', action: 'note' })).toHaveLength(5);
  });

  it('refuses unknown subjects, bad input and writes without the token', async () => {
    const cases: [unknown, number, RegExp][] = [
      [{ subjectType: 'actor', subjectId: 'no-such-actor', text: MARK }, 404, /no actor/],
      [{ subjectType: 'relation', subjectId: 'A|ATTACK|B', text: MARK }, 404, /no relation/],
      [{ subjectType: 'article', subjectId: actor, text: MARK }, 400, /subjectType/],
      [{ subjectType: 'actor', subjectId: actor, text: '  ' }, 400, /must not be empty/],
    ];
    for (const [json, status, message] of cases) {
      const r = await call('/api/notes', 'POST', json);
      expect(r.status).toBe(status);
      expect(r.body.message).toMatch(message);
    }
    const refused = await call(
      '/api/notes',
      'POST',
      { subjectType: 'actor', subjectId: actor, text: MARK },
      guarded.url,
    );
    expect(refused.status).toBe(401);
    const refusedEdit = await call('/api/notes/any', 'PATCH', { text: MARK }, guarded.url);
    expect(refusedEdit.status).toBe(401);
    expect((await call('/api/notes?subjectType=film')).status).toBe(400);
  });
});
