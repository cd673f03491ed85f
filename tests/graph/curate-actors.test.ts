// Actor curation against the real Neo4j and the real pipeline: hand-made actors and edits reach the curated
// registry file the next ingest reads; a merge moves statements, mentions and memberships; a re-ingest after a
// rejection, a correction and a merge leaves all three in force; undoing the merge restores the counts exactly.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../graph/audit.ts';
import { ActorCurationError } from '../../graph/curate-actors.ts';
import { Database } from '../../graph/database.ts';
import { reviewStatement } from '../../graph/review-statements.ts';
import { loadActorRegistry } from '../../ingest/actors/index.ts';
import {
  createActorRecorded,
  editActorRecorded,
  mergeActorsRecorded,
  undoMergeRecorded,
} from '../../pipeline/actor-corrections.ts';
import {
  aggregateCount,
  CURATION_RELATIONS as REL,
  curationStatements,
  ingestCurationArticle,
  removeCurationArticle,
} from './_curation-fixture.ts';

const TEXT_B = [
  'The Tekoha Front attacked Paraguay on 8 March 2023.',
  'The Tekoha Brigades threatened Bolivia on 9 March 2023.',
  'The Tekoha Brigades and the Tekoha Front attacked Bolivia on 10 March 2023.',
].join('\n\n');
const OURS = ['tekoha-front', 'tekoha-brigades', 'rosa-arandu'];
const who = { user: 'ana' };

let db: Database;
let dir: string;
let file: string;
let articleA: string;
let articleB: string;
const registry = () => loadActorRegistry({ env: { ENTENTE_CURATED_ACTORS: file } });
const ingestB = (title = 'Tekoha report') => ingestCurationArticle(db, title, registry(), TEXT_B);
const fileEntries = () => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>[];

/** Everything a merge may touch, in a stable order. */
async function graphState() {
  const r = await db.run(
    `MATCH (a:Actor) WHERE a.id IN $ids
     RETURN a.id AS id, a {.*} AS props, labels(a) AS labels,
            COUNT { (a)<-[:SOURCE]-(:Statement) } AS asSource,
            COUNT { (a)<-[:TARGET]-(:Statement) } AS asTarget,
            COUNT { (a)<-[:SOURCE|TARGET]-(:RejectedStatement) } AS rejected,
            [(a)-[m:MENTIONED_IN]->(art:Article) | art.id + '=' + m.count] AS mentions,
            [(a)-[r]->(:Actor) WHERE r.count IS NOT NULL | r.id + '=' + toInteger(r.count)] AS relations
     ORDER BY id`,
    { ids: [...OURS, 'PRY', 'BOL'] },
  );
  const statements = await db.run(
    `MATCH (s)-[:REPORTED_IN]->(:Article {id: $id}) WHERE s:Statement OR s:RejectedStatement
     MATCH (s)-[:SOURCE]->(src:Actor), (s)-[:TARGET]->(tgt:Actor)
     RETURN s.id + ' ' + s.relationId + ' ' + src.id + '>' + tgt.id AS line ORDER BY line`,
    { id: articleB },
  );
  return {
    actors: r.records.map((x) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const o = x.toObject() as Record<string, any>;
      o.mentions = [...o.mentions].sort();
      o.relations = [...o.relations].sort();
      return o;
    }),
    statements: statements.records.map((x) => x.get('line') as string),
  };
}

beforeAll(async () => {
  db = new Database();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-curated-'));
  file = path.join(dir, 'actors.json');
  await db.run(
    'MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a',
    { ids: OURS },
    {
      routing: 'write',
    },
  );
  articleA = (await ingestCurationArticle(db)).article.id;
  await removeCurationArticle(db, articleA);
  await ingestCurationArticle(db);
  articleB = (await ingestB()).article.id;
  await removeCurationArticle(db, articleB);
  expect((await ingestB()).extraction.relations).toEqual([]);
});
afterAll(async () => {
  await removeCurationArticle(db, articleA);
  await removeCurationArticle(db, articleB);
  await db.run(
    `MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a
     WITH count(*) AS _ MATCH (e:AuditEntry) WHERE e.subjectId IN $ids DELETE e`,
    { ids: OURS },
    { routing: 'write' },
  );
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('actor curation', () => {
  it('creates actors by hand, writes them to the registry file, and the next ingest links them', async () => {
    for (const id of ['tekoha-front', 'tekoha-brigades']) {
      const name = id === 'tekoha-front' ? 'Tekoha Front' : 'Tekoha Brigades';
      await createActorRecorded(db, { id, name, type: 'ArmedGroup', countryCode: 'PRY' }, who, {
        file,
      });
    }
    expect(fileEntries().map((e) => e.id)).toEqual(['tekoha-front', 'tekoha-brigades']);
    const again = createActorRecorded(db, { id: 'tekoha-front', name: 'X', type: 'State' }, who, {
      file,
    });
    await expect(again).rejects.toThrow(/already exists/);
    await expect(
      createActorRecorded(db, { id: 'Bad Id', name: 'X', type: 'State' }, who, { file }),
    ).rejects.toThrow(/id must be/);
    expect(fileEntries()).toHaveLength(2);

    const b = await ingestB();
    expect(b.status).toBe('updated');
    expect(b.extraction.relations.map((r) => `${r.source}|${r.type}|${r.target}`).sort()).toEqual([
      'tekoha-brigades|ATTACK|BOL',
      'tekoha-brigades|THREATEN|BOL',
      'tekoha-front|ATTACK|BOL',
      'tekoha-front|ATTACK|PRY',
    ]);
    expect(await aggregateCount(db, 'tekoha-front|ATTACK|PRY')).toBe(1);
  });

  it('edits an actor: alias, type, country and leadership with dates, in the graph and the file', async () => {
    const { after } = await editActorRecorded(
      db,
      'tekoha-front',
      { addAliases: ['Frente Tekoha'], type: 'Organization', countryCode: 'BOL' },
      who,
      { file },
    );
    expect(after).toMatchObject({ type: 'Organization', countryCode: 'BOL' });
    const labels = await db.run('MATCH (a:Actor {id: $id}) RETURN labels(a) AS l', {
      id: 'tekoha-front',
    });
    expect(labels.records[0].get('l')).toEqual(['Actor', 'Organization']);
    await createActorRecorded(db, { id: 'rosa-arandu', name: 'Rosa Arandu', type: 'Person' }, who, {
      file,
    });
    const leader = await editActorRecorded(
      db,
      'rosa-arandu',
      { terms: [{ role: 'Commander', of: 'tekoha-front', from: '2021-05-01' }] },
      who,
      { file },
    );
    expect(leader.after).toMatchObject({ role: 'Commander', years: '2021-' });
    const entries = fileEntries();
    expect(entries.find((e) => e.id === 'tekoha-front')).toMatchObject({
      type: 'Organization',
      countryCode: 'BOL',
      aliases: ['Frente Tekoha'],
    });
    expect(entries.find((e) => e.id === 'rosa-arandu')).toMatchObject({
      terms: [{ role: 'Commander', of: 'tekoha-front', from: '2021-05-01' }],
    });
    expect(registry().lookup('Frente Tekoha')?.actorId).toBe('tekoha-front');
    await expect(
      editActorRecorded(db, 'tekoha-front', { memberOf: ['no-such-actor'] }, who, { file }),
    ).rejects.toThrow(/no actor "no-such-actor"/);
    await expect(editActorRecorded(db, 'nobody', { name: 'X' }, who, { file })).rejects.toThrow(
      ActorCurationError,
    );
  });

  it('a re-ingest after a rejection, a correction and a merge leaves all three in force; undo restores exactly', async () => {
    const byRel = async (id: string) =>
      (await curationStatements(db, articleA)).find((s) => s.relationId === id)!.id;
    await reviewStatement(db, await byRel(REL.arms), { action: 'reject' }, who);
    await reviewStatement(
      db,
      await byRel(REL.criticise),
      { action: 'correct', correction: { type: 'THREATEN', reverse: true } },
      who,
    );
    const before = await graphState();
    const fileBefore = fs.readFileSync(file, 'utf8');

    const { auditId, record } = await mergeActorsRecorded(
      db,
      'tekoha-front',
      'tekoha-brigades',
      { user: 'ana', note: 'one group, two names' },
      { file, registry: registry() },
    );
    expect(record.moved).toHaveLength(1);
    // "The Tekoha Brigades and the Tekoha Front attacked Bolivia": one statement once merged.
    expect(record.dropped).toHaveLength(1);
    const merged = await graphState();
    expect(merged.actors.map((a) => a.id)).not.toContain('tekoha-brigades');
    const front = merged.actors.find((a) => a.id === 'tekoha-front')!;
    expect(front.props.aliases).toEqual(['Frente Tekoha', 'Tekoha Brigades']);
    expect(front.relations).toEqual([
      'tekoha-front|ATTACK|BOL=1',
      'tekoha-front|ATTACK|PRY=1',
      'tekoha-front|THREATEN|BOL=1',
    ]);
    expect(fileEntries().find((e) => e.id === 'tekoha-brigades')).toMatchObject({
      mergedInto: 'tekoha-front',
    });

    // Both articles again, rewritten (new titles) with the registry the file now gives.
    expect((await ingestCurationArticle(db, 'Curation, again', registry())).status).toBe('updated');
    expect((await ingestB('Tekoha report, again')).status).toBe('updated');
    const states = Object.fromEntries(
      (await curationStatements(db, articleA)).map((s) => [s.relationId, s.reviewState]),
    );
    expect(states).toEqual({
      [REL.arms]: 'rejected',
      'BOL|THREATEN|CHL': 'corrected',
      [REL.meet]: undefined,
    });
    expect(await aggregateCount(db, REL.arms)).toBe(0);
    expect(await aggregateCount(db, 'BOL|THREATEN|CHL')).toBe(1);
    expect(await graphState()).toEqual(merged);

    await undoMergeRecorded(db, auditId, who, { file });
    expect(await graphState()).toEqual(before);
    expect(fs.readFileSync(file, 'utf8')).toBe(fileBefore);
    await expect(undoMergeRecorded(db, auditId, who, { file })).rejects.toThrow(/already undone/);
  });

  it('refuses bad merges and changes nothing', async () => {
    const before = await graphState();
    const cases: [string, string, RegExp][] = [
      ['tekoha-front', 'tekoha-front', /into itself/],
      ['tekoha-front', 'nobody', /no actor "nobody"/],
    ];
    for (const [keep, dup, message] of cases)
      await expect(mergeActorsRecorded(db, keep, dup, who, { file })).rejects.toThrow(message);
    expect(await graphState()).toEqual(before);
  });

  it('the audit lists every action', async () => {
    const entries = (await listAudit(db)).filter((e) => OURS.includes(e.subjectId));
    expect(entries.map((e) => e.action).reverse()).toEqual([
      'actor.create',
      'actor.create',
      'actor.edit',
      'actor.create',
      'actor.edit',
      'actor.merge',
      'actor.unmerge',
    ]);
    const merge = entries.find((e) => e.action === 'actor.merge')!;
    expect(merge).toMatchObject({ user: 'ana', note: 'one group, two names' });
  });
});
