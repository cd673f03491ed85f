// `entente review` and `entente audit` end to end: the real CLI on the real Neo4j, recorded under ENTENTE_USER.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import {
  aggregateCount,
  CURATION_RELATIONS as REL,
  curationStatements,
  ingestCurationArticle,
  removeCurationArticle,
} from '../graph/_curation-fixture.ts';

const CLI = path.resolve('bin/entente.js');

function cli(args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { ...process.env, ENTENTE_USER: 'cli-analyst' }, timeout: 120_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error.code as number) ?? 1) : 0, stdout, stderr }),
    );
  });
}

let db: Database;
let articleId: string;
const statementOf = async (relationId: string) =>
  (await curationStatements(db, articleId)).find((s) => s.relationId === relationId)!.id;

beforeAll(async () => {
  db = new Database();
  articleId = (await ingestCurationArticle(db)).article.id;
  await removeCurationArticle(db, articleId);
  await ingestCurationArticle(db);
});
afterAll(async () => {
  await removeCurationArticle(db, articleId);
  await db.close();
});

describe('entente review', () => {
  it('lists an article’s unreviewed statements with the total', async () => {
    const r = await cli(['review', 'list', '--article', articleId, '--format', 'json']);
    expect(r.code).toBe(0);
    const queue = JSON.parse(r.stdout);
    expect(queue.total).toBe(3);
    expect(queue.statements.map((s: { relationId: string }) => s.relationId)).toEqual([
      REL.meet,
      REL.arms,
      REL.criticise,
    ]);
    const table = await cli(['review', 'list', '--article', articleId, '--actor', 'CHL']);
    expect(table.stdout).toMatch(
      /^[0-9a-f]{24} {2}unreviewed {2}CHL\|CRITICIZE\|BOL {2}2023-03-03/,
    );
    expect(table.stdout).toMatch(/\n {4}Chile criticised Bolivia on 3 March 2023\.\n/);
    expect(table.stdout).not.toMatch(/Uruguay/);
    // None of the three contradicts another or is negated: --flagged leaves none.
    const flagged = await cli([
      'review',
      'list',
      '--article',
      articleId,
      '--flagged',
      '-f',
      'json',
    ]);
    expect(JSON.parse(flagged.stdout)).toEqual({ total: 0, statements: [] });
    expect(table.stderr).toMatch(/1 of 1 statement/);
  });

  it('rejects, corrects and accepts, each recorded under ENTENTE_USER', async () => {
    const arms = await statementOf(REL.arms);
    const reject = await cli(['review', 'reject', arms, '--note', 'only offered']);
    expect(reject.code).toBe(0);
    expect(reject.stdout).toContain(`${arms} rejected ${REL.arms} (by cli-analyst)`);
    expect(await aggregateCount(db, REL.arms)).toBe(0);

    const criticise = await statementOf(REL.criticise);
    const correct = await cli(['review', 'correct', criticise, '--type', 'THREATEN', '--reverse']);
    expect(correct.code).toBe(0);
    expect(correct.stdout).toContain(`${criticise} corrected BOL|THREATEN|CHL`);
    expect(await aggregateCount(db, 'BOL|THREATEN|CHL')).toBe(1);

    const meet = await statementOf(REL.meet);
    const accept = await cli(['review', 'accept', meet, 'no-such-statement']);
    expect(accept.code).toBe(1);
    expect(accept.stderr).toMatch(/no-such-statement: .*no statement "no-such-statement"/);
    expect(accept.stdout).toContain(`${meet} accepted`);

    const all = JSON.parse(
      (await cli(['review', 'list', '--article', articleId, '--state', 'any', '-f', 'json']))
        .stdout,
    );
    expect(
      Object.fromEntries(
        all.statements.map((s: { relationId: string; reviewState: string }) => [
          s.relationId,
          s.reviewState,
        ]),
      ),
    ).toEqual({ [REL.arms]: 'rejected', 'BOL|THREATEN|CHL': 'corrected', [REL.meet]: 'accepted' });
  });

  it('refuses a correction that names nothing, or a bad format, with a clear error', async () => {
    const meet = await statementOf(REL.meet);
    const nothing = await cli(['review', 'correct', meet]);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toMatch(/say what to correct/);
    const badType = await cli(['review', 'correct', meet, '--type', 'HUG']);
    expect(badType.code).toBe(1);
    expect(badType.stderr).toMatch(/unknown relation type "HUG"/);
    const badFormat = await cli(['review', 'list', '--format', 'xml']);
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toMatch(/--format must be table, json or csv/);
    expect((await curationStatements(db, articleId)).find((s) => s.id === meet)!.reviewState).toBe(
      'accepted',
    );
  });

  it('lists and exports the audit trail', async () => {
    const arms = await statementOf(REL.arms);
    const json = await cli(['audit', '--subject', arms, '--format', 'json']);
    expect(json.code).toBe(0);
    const entries = JSON.parse(json.stdout);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      user: 'cli-analyst',
      action: 'statement.reject',
      subjectId: arms,
      note: 'only offered',
      before: { reviewState: 'unreviewed' },
      after: { reviewState: 'rejected' },
    });
    const csv = await cli(['audit', '--user', 'cli-analyst', '--format', 'csv']);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('at,user,action,subjectId,note,before,after');
    expect(lines.slice(1).filter((l) => l.includes('cli-analyst'))).toHaveLength(3);
  });
});
