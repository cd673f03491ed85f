// `entente analyze` end to end: the real CLI over the sample corpus in the real Neo4j, in each format, and its errors.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
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

beforeAll(async () => {
  await useSampleCorpus();
});

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
