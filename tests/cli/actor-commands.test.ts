// `entente actors` end to end: the real CLI on the real Neo4j, writing its own curated actors file.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../graph/audit.ts';
import { Database } from '../../graph/database.ts';

const CLI = path.resolve('bin/entente.js');
const OURS = ['ka-north', 'ka-south'];
let db: Database;
let dir: string;
let file: string;

function cli(args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      {
        env: { ...process.env, ENTENTE_USER: 'cli-curator', ENTENTE_CURATED_ACTORS: file },
        timeout: 120_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error.code as number) ?? 1) : 0, stdout, stderr }),
    );
  });
}
const entries = () => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>[];
const actor = async (id: string) =>
  (await db.run('MATCH (a:Actor {id: $id}) RETURN a {.*} AS a', { id })).records[0]?.get('a');

beforeAll(async () => {
  db = new Database();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-actors-cli-'));
  file = path.join(dir, 'actors.json');
});
afterAll(async () => {
  await db.run(
    `MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a
     WITH count(*) AS _ MATCH (e:AuditEntry) WHERE e.subjectId IN $ids DELETE e`,
    { ids: OURS },
    { routing: 'write' },
  );
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('entente actors', () => {
  it('creates, edits, merges and unmerges, each in the graph, the file and the audit', async () => {
    for (const [id, name] of [
      ['ka-north', 'Ka North Council'],
      ['ka-south', 'Ka South Council'],
    ]) {
      const r = await cli(['actors', 'create', id, '--name', name, '--type', 'GovernmentBody']);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(`created ${id} (GovernmentBody); ${file} updated`);
    }
    const edit = await cli([
      'actors',
      'edit',
      'ka-north',
      '--alias',
      'KNC',
      '--country',
      'PRY',
      '--term',
      'Chair:2020-01-01:2022-12-31',
    ]);
    expect(edit.code).toBe(0);
    expect(await actor('ka-north')).toMatchObject({
      aliases: ['KNC'],
      countryCode: 'PRY',
      role: 'Chair',
      years: '2020-2022',
    });

    const merge = await cli(['actors', 'merge', 'ka-north', 'ka-south', '--note', 'same body']);
    expect(merge.code).toBe(0);
    const mergeId = /unmerge (\S+)/.exec(merge.stdout)![1];
    expect(await actor('ka-south')).toBeUndefined();
    expect(entries().find((e) => e.id === 'ka-south')).toMatchObject({ mergedInto: 'ka-north' });

    const unmerge = await cli(['actors', 'unmerge', mergeId]);
    expect(unmerge.code).toBe(0);
    expect(await actor('ka-south')).toMatchObject({ name: 'Ka South Council' });
    expect(entries().find((e) => e.id === 'ka-south')).not.toHaveProperty('mergedInto');

    const actions = (await listAudit(db, { user: 'cli-curator' }))
      .filter((e) => OURS.includes(e.subjectId))
      .map((e) => e.action);
    expect(actions.reverse()).toEqual([
      'actor.create',
      'actor.create',
      'actor.edit',
      'actor.merge',
      'actor.unmerge',
    ]);
  });

  it('refuses bad input with a clear error', async () => {
    const nothing = await cli(['actors', 'edit', 'ka-north']);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toMatch(/say what to change/);
    const badTerm = await cli(['actors', 'edit', 'ka-north', '--term', 'Chair']);
    expect(badTerm.code).toBe(1);
    expect(badTerm.stderr).toMatch(/--term expects role:from/);
    const self = await cli(['actors', 'merge', 'ka-north', 'ka-north']);
    expect(self.code).toBe(1);
    expect(self.stderr).toMatch(/into itself/);
  });
});
