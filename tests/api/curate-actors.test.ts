// Actor curation over HTTP against the real Neo4j: create, edit, merge and undo, the registry reloaded for the
// next ingest, bad input refused, the token rule of every write.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { curatedActorsFile } from '../../ingest/actors/index.ts';
import { startServer, type RunningServer } from '../../web/server/index.ts';
import { aggregateCount, removeCurationArticle } from '../graph/_curation-fixture.ts';
import { jsonClient, type Json } from './_json-client.ts';

const OURS = ['yvy-front', 'yvy-brigades'];
let db: Database;
let server: RunningServer;
let guarded: RunningServer;
let fileBefore: string | null;
const articles: string[] = [];

const call = jsonClient(() => server.url);

beforeAll(async () => {
  db = new Database();
  const file = curatedActorsFile();
  fileBefore = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  await db.run(
    'MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a',
    { ids: OURS },
    {
      routing: 'write',
    },
  );
  server = await startServer({ db, port: 0, staticDir: null, user: 'api-curator' });
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
  for (const id of articles) await removeCurationArticle(db, id);
  await db.run(
    `MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a
     WITH count(*) AS _ MATCH (e:AuditEntry) WHERE e.subjectId IN $ids DELETE e`,
    { ids: OURS },
    { routing: 'write' },
  );
  const file = curatedActorsFile();
  if (fileBefore === null) fs.rmSync(file, { force: true });
  else fs.writeFileSync(file, fileBefore);
  await db.close();
});

describe('actor curation API', () => {
  it('creates actors that the next ingest through the same server links', async () => {
    for (const [id, name] of [
      ['yvy-front', 'Yvy Front'],
      ['yvy-brigades', 'Yvy Brigades'],
    ]) {
      const r = await call('/api/actors', 'POST', { id, name, type: 'ArmedGroup' });
      expect(r.status).toBe(201);
      expect(r.body.actor).toMatchObject({ id, name, type: 'ArmedGroup' });
    }
    const ingest = await call('/api/ingest', 'POST', {
      text: 'The Yvy Brigades attacked Paraguay on 8 March 2023.',
      title: 'Yvy report',
      publishedAt: '2023-03-09',
    });
    expect(ingest.status).toBe(200);
    articles.push(ingest.body.article.id);
    expect(ingest.body.relations.map((r: Json) => r.id)).toEqual(['yvy-brigades|ATTACK|PRY']);
  });

  it('edits, merges and undoes the merge', async () => {
    const edit = await call('/api/actors/yvy-front', 'PATCH', { addAliases: ['Frente Yvy'] });
    expect(edit.status).toBe(200);
    expect(edit.body.after.aliases).toEqual(['Frente Yvy']);

    const merge = await call('/api/actors/yvy-front/merge', 'POST', { duplicate: 'yvy-brigades' });
    expect(merge.status).toBe(200);
    expect(merge.body).toMatchObject({ keep: 'yvy-front', duplicate: 'yvy-brigades', moved: 1 });
    expect(await aggregateCount(db, 'yvy-front|ATTACK|PRY')).toBe(1);
    expect((await call('/api/actors/yvy-brigades')).status).toBe(404);
    const ingest = await call('/api/ingest', 'POST', {
      text: 'The Yvy Brigades threatened Bolivia on 10 March 2023.',
      title: 'Yvy report 2',
    });
    articles.push(ingest.body.article.id);
    expect(ingest.body.relations.map((r: Json) => r.id)).toEqual(['yvy-front|THREATEN|BOL']);

    const undo = await call(`/api/merges/${merge.body.mergeId}/undo`, 'POST', {});
    expect(undo.status).toBe(200);
    expect(await aggregateCount(db, 'yvy-brigades|ATTACK|PRY')).toBe(1);
    expect(await aggregateCount(db, 'yvy-front|ATTACK|PRY')).toBe(0);
    const again = await call(`/api/merges/${merge.body.mergeId}/undo`, 'POST', {});
    expect(again.status).toBe(409);
  });

  it('refuses bad input and writes without the token', async () => {
    const cases: [string, string, unknown, number, RegExp][] = [
      ['/api/actors', 'POST', { id: 'Bad Id', name: 'X', type: 'State' }, 400, /actor id/],
      ['/api/actors', 'POST', { id: 'yvy-front', name: 'X', type: 'State' }, 409, /exists/],
      ['/api/actors/yvy-front', 'PATCH', {}, 400, /say what to change/],
      ['/api/actors/yvy-front', 'PATCH', { type: 'Tribe' }, 400, /type/],
      ['/api/actors/nobody', 'PATCH', { name: 'X' }, 404, /no actor "nobody"/],
      ['/api/actors/yvy-front/merge', 'POST', { duplicate: 'nobody' }, 404, /no actor/],
      ['/api/merges/no-such/undo', 'POST', {}, 404, /no merge/],
    ];
    for (const [path, method, json, status, message] of cases) {
      const r = await call(path, method, json);
      expect(r.status, `${method} ${path}`).toBe(status);
      expect(r.body.message).toMatch(message);
    }
    const refused = await call(
      '/api/actors',
      'POST',
      { id: 'yvy-x', name: 'X', type: 'State' },
      guarded.url,
    );
    expect(refused.status).toBe(401);
    expect((await call('/api/actors/yvy-x')).status).toBe(404);
  });
});
