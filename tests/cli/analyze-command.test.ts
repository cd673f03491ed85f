// `entente analyze` end to end: the real CLI over the sample corpus in the real Neo4j, in each format, and its errors.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { WRITE_BACK_PROPERTIES } from '../../graph/analytics/write-back.ts';
import { useSampleCorpus } from '../setup/sample-corpus.ts';

const run = promisify(execFile);
const CLI = path.resolve('bin/entente.js');

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      env: process.env,
      timeout: 120_000,
      maxBuffer: 16 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let db: Database;
beforeAll(async () => {
  await useSampleCorpus();
  db = new Database();
});
afterAll(async () => {
  await db?.run(
    `MATCH (a:Actor) WHERE a.analyticsRollUp IS NOT NULL REMOVE ${WRITE_BACK_PROPERTIES.map((p) => `a.${p}`).join(', ')}`,
    {},
    { routing: 'write' },
  );
  await db?.close();
});

const stored = async () =>
  Object.fromEntries(
    (
      await db.run(
        'MATCH (a:Actor) WHERE a.analyticsRollUp IS NOT NULL RETURN a.id AS id, a {.pagerank, .bloc, .blocName, .analyticsFrom, .analyticsTo} AS p',
      )
    ).records.map((r) => [r.get('id') as string, r.get('p') as Record<string, unknown>]),
  );

describe('entente analyze', () => {
  it('lists the measures and their parameters without a measure', async () => {
    const { code, stdout } = await cli(['analyze']);
    expect(code).toBe(0);
    for (const name of ['centrality', 'blocs', 'paths', 'dyad', 'balance'])
      expect(stdout).toMatch(new RegExp(`^${name}$`, 'm'));
    expect(stdout).toMatch(/cooperativeOnly {2}\(boolean, default false\)/);
  });

  it('prints the ranking as a table, and as JSON with the parameters used', async () => {
    const table = await cli(['analyze', 'centrality', '-p', 'limit=3']);
    expect(table.code).toBe(0);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toBe('centrality');
    expect(lines[1]).toMatch(/^rank +│ id +│ name/);
    expect(lines[3]).toMatch(/^1 +│ RUS +│ Russia/);
    expect(lines).toHaveLength(6);
    expect(table.stderr).toMatch(/\d+ actors, \d+ directed pairs/);

    const json = JSON.parse(
      (await cli(['analyze', 'centrality', '--to', '2016-12-31', '--format', 'json'])).stdout,
    );
    expect(json.params).toMatchObject({ to: '2016-12-31', rollUp: true, limit: 50 });
    expect(json.data.map((r: { id: string }) => r.id)).not.toContain('UKR');
  });

  it('prints the Iran–NATO paths as CSV, through cooperation only when asked', async () => {
    const { code, stdout } = await cli([
      'analyze',
      'paths',
      '--actor',
      'IRN',
      '--other',
      'nato',
      '-p',
      'cooperativeOnly=true',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const [header, first] = stdout.trim().split('\n');
    expect(header).toBe('length,path,statements,netScores,weakest');
    expect(first).toMatch(/^3,Iran → Türkiye → Finland → NATO,/);
  });

  it('gives the dyad of a leader as his state’s, or as his own without the roll-up', async () => {
    const rolled = JSON.parse(
      (
        await cli([
          'analyze',
          'dyad',
          '--actor',
          'vladimir-putin',
          '--other',
          'TUR',
          '--format',
          'json',
        ])
      ).stdout,
    );
    expect(rolled.data.a).toBe('RUS');
    const own = JSON.parse(
      (
        await cli([
          'analyze',
          'dyad',
          '--actor',
          'vladimir-putin',
          '--other',
          'recep-tayyip-erdogan',
          '--no-roll-up',
          '--format',
          'json',
        ])
      ).stdout,
    );
    expect(own.data.a).toBe('vladimir-putin');
    expect(own.data.series.length).toBeGreaterThan(0);
  });

  it('stores PageRank and bloc on the actors with their period, replacing earlier values (--write-back)', async () => {
    const first = await cli(['analyze', 'blocs', '--to', '2023-12-31', '--write-back']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/PageRank and bloc stored on \d+ actors/);
    const all = await stored();
    expect(all.RUS).toMatchObject({
      bloc: 1,
      blocName: 'Russia',
      analyticsTo: '2023-12-31',
      analyticsFrom: null,
    });
    expect([all.IRN.bloc, all.SYR.bloc]).toEqual([1, 1]);
    expect(all.RUS.pagerank).toBeGreaterThan(all.IRN.pagerank as number);
    // The same run again changes nothing.
    await cli(['analyze', 'blocs', '--to', '2023-12-31', '--write-back']);
    expect(await stored()).toEqual(all);
    // A narrower period replaces everything: actors silent in it keep no stale value.
    await cli([
      'analyze',
      'centrality',
      '--from',
      '2015-01-01',
      '--to',
      '2016-12-31',
      '--write-back',
    ]);
    const narrow = await stored();
    expect(narrow.RUS).toMatchObject({ analyticsFrom: '2015-01-01', analyticsTo: '2016-12-31' });
    expect(narrow.UKR).toBeUndefined();
    expect(Object.keys(narrow).length).toBeLessThan(Object.keys(all).length);
  });

  it('fails with a clear message and exit code 1 on bad input', async () => {
    const cases: [string[], RegExp][] = [
      [['analyze', 'closeness'], /unknown measure "closeness"/],
      [['analyze', 'paths', '--actor', 'IRN'], /parameter "other" is required/],
      [['analyze', 'centrality', '--from', '2022-13-01'], /YYYY-MM-DD/],
      [['analyze', 'centrality', '--other', 'x'], /unknown parameter\(s\) "other"/],
      [['analyze', 'centrality', '--format', 'xml'], /--format must be table, json or csv/],
      [['analyze', 'balance', '--actor', 'atlantis'], /"atlantis" has no statements/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await cli(args);
      expect(code, args.join(' ')).toBe(1);
      expect(stderr, args.join(' ')).toMatch(message);
    }
  });
});
