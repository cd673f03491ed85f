// Review of statements against the real Neo4j: rejected statements leave aggregates and queries at once, a
// correction keeps the extracted values, and a real re-ingest of the same article undoes neither; the audit
// lists every action.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../graph/audit.ts';
import { Database } from '../../graph/database.ts';
import { ReviewError, reviewStatement } from '../../graph/review-statements.ts';
import relationById from '../../queries/named/relation-by-id.ts';
import whoDoesWhat from '../../queries/named/who-does-what.ts';
import { runQuery } from '../../queries/run-query.ts';
import {
  aggregateCount,
  CURATION_RELATIONS as REL,
  curationStatements,
  ingestCurationArticle,
  removeCurationArticle,
} from './_curation-fixture.ts';

let db: Database;
let articleId: string;
const byRelation = async (relationId: string) =>
  (await curationStatements(db, articleId)).find(
    (s) =>
      s.relationId === relationId ||
      (s.originalType !== undefined &&
        `${s.originalSource}|${s.originalType}|${s.originalTarget}` === relationId),
  )!;

beforeAll(async () => {
  db = new Database();
  const first = await ingestCurationArticle(db);
  articleId = first.article.id;
  await removeCurationArticle(db, articleId);
  expect((await ingestCurationArticle(db)).status).toBe('added');
});
afterAll(async () => {
  await removeCurationArticle(db, articleId);
  await db.close();
});

describe('reviewing statements', () => {
  it('starts with every extracted statement unreviewed and counted', async () => {
    const statements = await curationStatements(db, articleId);
    expect(statements.map((s) => s.relationId).sort()).toEqual(Object.values(REL).sort());
    expect(statements.every((s) => s.reviewState === undefined)).toBe(true);
    for (const id of Object.values(REL)) expect(await aggregateCount(db, id)).toBe(1);
  });

  it('rejects a statement: it stays as evidence, and leaves the aggregate and the queries at once', async () => {
    const s = await byRelation(REL.arms);
    const { before, after } = await reviewStatement(
      db,
      s.id,
      { action: 'reject' },
      { user: 'ana', note: 'weapons were offered, not supplied' },
    );
    expect(before.reviewState).toBe('unreviewed');
    expect(after).toMatchObject({ reviewState: 'rejected', reviewedBy: 'ana' });
    expect(after.reviewNote).toBe('weapons were offered, not supplied');
    const stored = await byRelation(REL.arms);
    expect(stored.labels).toEqual(['RejectedStatement']);
    expect(await aggregateCount(db, REL.arms)).toBe(0);
    const evidence = await runQuery(db, relationById, { id: REL.arms });
    expect(evidence.data).toBeNull();
    const arms = await runQuery(db, whoDoesWhat, { type: 'PROVIDE_ARMS', actor: 'ARG' });
    expect((arms.data as { relationId: string }[]).map((r) => r.relationId)).not.toContain(
      REL.arms,
    );
  });

  it('corrects a statement: new type and direction counted, the extracted values kept', async () => {
    const s = await byRelation(REL.criticise);
    const { after } = await reviewStatement(
      db,
      s.id,
      { action: 'correct', correction: { type: 'THREATEN', reverse: true, date: '2023-03-02' } },
      { user: 'ana' },
    );
    expect(after).toMatchObject({
      reviewState: 'corrected',
      source: 'BOL',
      target: 'CHL',
      type: 'THREATEN',
      quadClass: 'VERBAL_CONFLICT',
      date: '2023-03-02',
      relationId: 'BOL|THREATEN|CHL',
    });
    expect(after.original).toMatchObject({
      type: 'CRITICIZE',
      source: 'CHL',
      target: 'BOL',
      date: '2023-03-03',
    });
    expect(await aggregateCount(db, REL.criticise)).toBe(0);
    expect(await aggregateCount(db, 'BOL|THREATEN|CHL')).toBe(1);
    const ends = await db.run(
      `MATCH (src:Actor)<-[:SOURCE]-(s:Statement {id: $id})-[:TARGET]->(tgt:Actor)
       RETURN collect(src.id) AS src, collect(tgt.id) AS tgt`,
      { id: s.id },
    );
    expect(ends.records[0].get('src')).toEqual(['BOL']);
    expect(ends.records[0].get('tgt')).toEqual(['CHL']);
  });

  it('accepts a statement', async () => {
    const s = await byRelation(REL.meet);
    const { after } = await reviewStatement(db, s.id, { action: 'accept' }, { user: 'ben' });
    expect(after).toMatchObject({ reviewState: 'accepted', reviewedBy: 'ben', original: null });
    expect(await aggregateCount(db, REL.meet)).toBe(1);
  });

  it('a real re-ingest of the same article (rewritten, not skipped) undoes no decision', async () => {
    const unchanged = await ingestCurationArticle(db);
    expect(unchanged.status).toBe('unchanged');
    // A new title changes the fingerprint of the same text: the article is rewritten from a fresh extraction.
    const rewritten = await ingestCurationArticle(db, 'Curation test article, retitled');
    expect(rewritten.status).toBe('updated');
    const statements = await curationStatements(db, articleId);
    expect(statements).toHaveLength(3);
    const state = Object.fromEntries(statements.map((s) => [s.relationId, s.reviewState]));
    expect(state).toEqual({
      [REL.arms]: 'rejected',
      'BOL|THREATEN|CHL': 'corrected',
      [REL.meet]: 'accepted',
    });
    expect(await aggregateCount(db, REL.arms)).toBe(0);
    expect(await aggregateCount(db, REL.criticise)).toBe(0);
    expect(await aggregateCount(db, 'BOL|THREATEN|CHL')).toBe(1);
    expect(await aggregateCount(db, REL.meet)).toBe(1);
  });

  it('an unreviewed statement is still rewritten by a re-ingest', async () => {
    const meet = await byRelation(REL.meet);
    await reviewStatement(db, meet.id, { action: 'reset' }, { user: 'ben' });
    expect((await byRelation(REL.meet)).reviewState).toBeUndefined();
    expect((await ingestCurationArticle(db, 'Curation test article')).status).toBe('updated');
    expect(await aggregateCount(db, REL.meet)).toBe(1);
    expect((await curationStatements(db, articleId)).length).toBe(3);
  });

  it('reset restores the extracted values and the counts', async () => {
    const s = await byRelation(REL.criticise);
    const { after } = await reviewStatement(db, s.id, { action: 'reset' }, { user: 'ana' });
    expect(after).toMatchObject({
      reviewState: 'unreviewed',
      relationId: REL.criticise,
      type: 'CRITICIZE',
      source: 'CHL',
      date: '2023-03-03',
      original: null,
    });
    expect(await aggregateCount(db, REL.criticise)).toBe(1);
    expect(await aggregateCount(db, 'BOL|THREATEN|CHL')).toBe(0);
    const arms = await byRelation(REL.arms);
    await reviewStatement(db, arms.id, { action: 'accept' }, { user: 'ana' });
    expect(await aggregateCount(db, REL.arms)).toBe(1);
    expect((await byRelation(REL.arms)).labels).toEqual(['Statement']);
  });

  it('refuses bad reviews with a clear error and changes nothing', async () => {
    const s = await byRelation(REL.meet);
    const entries = (await listAudit(db, { subjectId: s.id })).length;
    await expect(
      reviewStatement(db, 'no-such', { action: 'accept' }, { user: 'x' }),
    ).rejects.toThrow(/no statement "no-such"/);
    const bad = [
      [{ type: 'HUG' }, /unknown relation type "HUG"/],
      [{ type: 'CONSULT' }, /changes nothing/],
      [{ target: 'URY' }, /source and target must differ/],
      [{ target: 'nobody' }, /no actor "nobody"/],
      [{ date: 'March' }, /date must be/],
    ] as const;
    for (const [correction, message] of bad) {
      const attempt = reviewStatement(db, s.id, { action: 'correct', correction }, { user: 'x' });
      await expect(attempt).rejects.toThrow(ReviewError);
      await expect(attempt).rejects.toThrow(message);
    }
    expect((await listAudit(db, { subjectId: s.id })).length).toBe(entries);
    expect((await byRelation(REL.meet)).reviewState).toBeUndefined();
  });

  it('the audit lists every action with who, when, before and after', async () => {
    const ids = (await curationStatements(db, articleId)).map((s) => s.id);
    const entries = (await listAudit(db)).filter((e) => ids.includes(e.subjectId));
    expect(entries.map((e) => e.action).reverse()).toEqual([
      'statement.reject',
      'statement.correct',
      'statement.accept',
      'statement.reset',
      'statement.reset',
      'statement.accept',
    ]);
    const reject = entries.at(-1)!;
    expect(reject).toMatchObject({ user: 'ana', subjectType: 'statement' });
    expect(reject.note).toBe('weapons were offered, not supplied');
    expect(Date.parse(reject.at)).not.toBeNaN();
    expect(reject.before).toMatchObject({ reviewState: 'unreviewed', relationId: REL.arms });
    expect(reject.after).toMatchObject({ reviewState: 'rejected' });
  });
});
