// The analytics on the sample corpus in a real Neo4j: the answers the corpus supports, the period and curation
// honoured, and bad input refused with a clear error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { reviewStatement } from '../../graph/review-statements.ts';
import { UnknownActorError } from '../../queries/analytics/load-evidence-graph.ts';
import { runAnalysis, UnknownMeasureError } from '../../queries/analytics/run-analysis.ts';
import { QueryParamsError } from '../../queries/query-params.ts';
import { useSampleCorpus } from '../setup/sample-corpus.ts';

let db: Database;
beforeAll(async () => {
  await useSampleCorpus();
  db = new Database();
});
afterAll(async () => {
  await db?.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = any;
const analyze = async (measure: string, params: Record<string, unknown> = {}): Promise<Data> =>
  (await runAnalysis(db, measure, params)).data;
const memberIds = (bloc: Data): string[] => bloc.members.map((m: Data) => m.id);

describe('analytics on the sample corpus', () => {
  it('ranks Russia first by PageRank, Iran among the five most central', async () => {
    const rows = await analyze('centrality', { limit: 5 });
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ rank: 1, id: 'RUS', name: 'Russia' });
    expect(rows.map((r: Data) => r.id)).toContain('IRN');
    expect(rows[0].degree).toBeGreaterThan(rows[1].degree);
  });

  it('puts Russia, Iran and Syria in one cooperation bloc, named after Russia', async () => {
    const d = await analyze('blocs', { actor: 'SYR' });
    expect(d.cooperation.blocs).toHaveLength(1);
    const bloc = d.cooperation.blocs[0];
    expect(memberIds(bloc)).toEqual(expect.arrayContaining(['RUS', 'IRN', 'SYR']));
    expect(bloc).toMatchObject({ name: 'Russia', leader: 'RUS' });
    expect(d.cooperation.modularity).toBeGreaterThan(0.3);
  });

  it("leaves Syria out of Russia's signed bloc: the corpus codes Russian and Iranian strikes in Syria as attacks on it", async () => {
    const d = await analyze('blocs');
    const russia = d.signed.blocs.find((b: Data) => b.leader === 'RUS');
    expect(memberIds(russia)).toContain('IRN');
    expect(memberIds(russia)).not.toContain('SYR');
  });

  it('finds paths from Iran to NATO, and a cooperative one through Türkiye and Finland', async () => {
    const any = await analyze('paths', { actor: 'IRN', other: 'nato' });
    expect(any.shortest).toBe(2);
    expect(any.paths[0].actors.map((a: Data) => a.id)).toEqual(['IRN', 'RUS', 'nato']);
    const cooperative = await analyze('paths', {
      actor: 'IRN',
      other: 'nato',
      cooperativeOnly: true,
    });
    expect(cooperative.paths[0].actors.map((a: Data) => a.id)).toEqual([
      'IRN',
      'TUR',
      'FIN',
      'nato',
    ]);
    expect(
      cooperative.paths.every((p: Data) => p.steps.every((s: Data) => s.cooperation > 0)),
    ).toBe(true);
  });

  it('turns the Russia–Ukraine dyad from cooperation (Paris, 2019) to words of conflict (2021) and to material conflict in 2022', async () => {
    const years = await analyze('dyad', { actor: 'RUS', other: 'UKR' });
    const year = Object.fromEntries(years.series.map((r: Data) => [r.period, r]));
    expect(year['2019']).toMatchObject({ dominant: 'VERBAL_COOPERATION' });
    expect(year['2019'].meanScore).toBeGreaterThan(0);
    // 2021: the build-up (MOBILIZE) among more accusations, threats and rejections than troop moves.
    expect(year['2021'].dominant).toBe('VERBAL_CONFLICT');
    expect(year['2021'].quad.MATERIAL_CONFLICT).toBeGreaterThanOrEqual(1);
    expect(year['2022'].dominant).toBe('MATERIAL_CONFLICT');
    expect(year['2022'].quad.MATERIAL_CONFLICT).toBeGreaterThanOrEqual(4);
    expect(year['2022'].meanScore).toBeLessThan(-7);
    expect(years.turningPoints).toContainEqual({
      period: '2021',
      previous: '2019',
      kind: 'sign',
      from: 'positive',
      to: 'negative',
    });
    expect(years.turningPoints).toContainEqual({
      period: '2022',
      previous: '2021',
      kind: 'class',
      from: 'VERBAL_CONFLICT',
      to: 'MATERIAL_CONFLICT',
    });
    // Month by month the turn is the invasion itself.
    const months = await analyze('dyad', { actor: 'RUS', other: 'UKR', granularity: 'month' });
    const turn = months.turningPoints.find((t: Data) => t.to === 'MATERIAL_CONFLICT');
    expect(turn).toMatchObject({ period: '2022-02', previous: '2021-12', kind: 'class' });
    expect(months.series.find((r: Data) => r.period === '2022-02')).toMatchObject({
      dominant: 'MATERIAL_CONFLICT',
      meanScore: -9.5,
    });
  });

  it('turns the Russia–Türkiye dyad from conflict (the downed jet, 2015) to cooperation (Astana, 2016)', async () => {
    const d = await analyze('dyad', { actor: 'vladimir-putin', other: 'TUR' });
    expect(d.a).toBe('RUS');
    expect(d.turningPoints).toContainEqual({
      period: '2016',
      previous: '2015',
      kind: 'sign',
      from: 'negative',
      to: 'positive',
    });
  });

  it('finds the unbalanced triangle Russia · Türkiye · Ukraine: Türkiye arms the enemy of its partner', async () => {
    const d = await analyze('balance', { actor: 'TUR', unbalancedOnly: true });
    const triangle = d.triangles.list.find((t: Data) => t.actors.join('|') === 'RUS|TUR|UKR');
    expect(triangle).toMatchObject({ balanced: false, positive: 2 });
    expect(d.partners.map((p: Data) => p.id)).toEqual(
      expect.arrayContaining(['RUS', 'UKR', 'IRN']),
    );
    expect(d.adversaries.map((p: Data) => p.id)).toContain('SYR');
  });

  it('computes on the graph as it stood in a period', async () => {
    const before = await runAnalysis(db, 'centrality', { to: '2016-12-31', limit: 5000 });
    const all = await runAnalysis(db, 'centrality', { limit: 5000 });
    expect(before.graph.actors).toBeLessThan(all.graph.actors);
    expect((before.data as Data).map((r: Data) => r.id)).not.toContain('UKR');
    await expect(
      runAnalysis(db, 'dyad', { actor: 'RUS', other: 'UKR', to: '2016-12-31' }),
    ).rejects.toThrow(UnknownActorError);
  });

  it('leaves statements rejected in review out of every measure', async () => {
    const found = await db.run(
      `MATCH (s:Statement {source: 'RUS', target: 'UKR', type: 'MOBILIZE'}) RETURN s.id AS id`,
    );
    expect(found.records).toHaveLength(1);
    const statement = found.records[0].get('id') as string;
    const reviewer = { user: 'analytics-test' };
    const buildUp = async () =>
      (await analyze('dyad', { actor: 'RUS', other: 'UKR', granularity: 'month' })).series.find(
        (r: Data) => r.period === '2021-11',
      ).quad;
    try {
      await reviewStatement(db, statement, { action: 'reject' }, reviewer);
      expect(await buildUp()).toMatchObject({ MATERIAL_CONFLICT: 0 });
    } finally {
      await reviewStatement(db, statement, { action: 'reset' }, reviewer);
    }
    expect(await buildUp()).toMatchObject({ MATERIAL_CONFLICT: 1 });
  });

  it('refuses unknown measures, bad parameters and unknown actors with clear errors', async () => {
    await expect(runAnalysis(db, 'closeness')).rejects.toThrow(UnknownMeasureError);
    await expect(runAnalysis(db, 'paths', { actor: 'IRN' })).rejects.toThrow(
      /parameter "other" is required/,
    );
    await expect(
      runAnalysis(db, 'dyad', { actor: 'RUS', other: 'UKR', granularity: 'week' }),
    ).rejects.toThrow(QueryParamsError);
    await expect(runAnalysis(db, 'centrality', { from: '2022-02-30' })).rejects.toThrow(
      /YYYY-MM-DD/,
    );
    await expect(runAnalysis(db, 'balance', { actor: 'atlantis' })).rejects.toThrow(
      /"atlantis" has no statements/,
    );
  });
});
