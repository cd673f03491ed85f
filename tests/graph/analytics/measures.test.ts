// The measures on small graphs built here, with answers worked out by hand.
import { describe, expect, it } from 'vitest';
import { balance } from '../../../graph/analytics/balance.ts';
import { blocs } from '../../../graph/analytics/blocs.ts';
import { centrality } from '../../../graph/analytics/centrality.ts';
import { dyadTrend } from '../../../graph/analytics/dyad.ts';
import { paths } from '../../../graph/analytics/paths.ts';
import { coop, fight, graphOf, said } from './_graph.ts';

const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('centrality', () => {
  // A star: everyone acts on the hub; a tail hangs off one spoke.
  const star = graphOf([coop('a', 'hub', 3), coop('b', 'hub'), fight('c', 'hub'), coop('c', 'd')]);

  it('ranks the hub first by PageRank, with evidence-weighted degree and partners', () => {
    const rows = centrality(star);
    expect(rows[0]).toMatchObject({ rank: 1, id: 'hub', degree: 5, partners: 3 });
    expect(rows.find((r) => r.id === 'a')).toMatchObject({ degree: 3, partners: 1 });
    expect(rows.reduce((t, r) => t + r.pagerank, 0)).toBeCloseTo(1, 6);
  });

  it('gives betweenness to the actors every path crosses, none to the leaves', () => {
    const between = new Map(centrality(star).map((r) => [r.id, r.betweenness]));
    expect(between.get('hub')).toBeGreaterThan(between.get('c')!);
    expect(between.get('c')).toBeGreaterThan(0);
    expect([between.get('a'), between.get('b'), between.get('d')]).toEqual([0, 0, 0]);
  });
});

describe('blocs', () => {
  // Two cooperating triangles, joined by heavy conflict and one weak cooperation; x fights its only partner.
  const rows = [
    coop('a1', 'a2', 3),
    coop('a2', 'a3', 3),
    coop('a1', 'a3', 3),
    coop('b1', 'b2', 3),
    coop('b2', 'b3', 3),
    coop('b1', 'b3', 3),
    fight('a1', 'b1', 10),
    coop('a3', 'b3', 1),
    coop('x', 'a1', 1),
    fight('x', 'a1', 5),
  ];

  it('finds the cooperating groups despite the conflict between them, named by their most central member', () => {
    const { cooperation } = blocs(graphOf(rows));
    const groups = cooperation.blocs.map((b) => ids(b.members).sort());
    expect(groups).toContainEqual(['b1', 'b2', 'b3']);
    expect(groups).toContainEqual(['a1', 'a2', 'a3', 'x']);
    const a = cooperation.blocs.find((b) => ids(b.members).includes('a1'))!;
    expect(a.leader).toBe(a.members[0].id);
    expect(a.name).toBe(a.members[0].name);
    expect(cooperation.modularity).toBeGreaterThan(0.2);
  });

  it('puts an actor whose conflict outweighs its cooperation out of the signed bloc', () => {
    const { signed } = blocs(graphOf(rows));
    const groups = signed.blocs.map((b) => ids(b.members).sort());
    expect(groups).toContainEqual(['a1', 'a2', 'a3']);
    expect(groups).toContainEqual(['x']);
    // Left: the weak a3–b3 cooperation between blocs (net 7).
    expect(signed.frustration).toBe(7);
  });

  it('is the same on every run', () => {
    expect(blocs(graphOf(rows))).toEqual(blocs(graphOf(rows)));
  });
});

describe('paths', () => {
  const g = graphOf([
    coop('a', 'b'),
    coop('b', 'c'),
    fight('a', 'd'),
    fight('d', 'c'),
    coop('c', 'e'),
    coop('a', 'f'),
    coop('f', 'g'),
    coop('g', 'c'),
  ]);
  const base = { from: 'a', to: 'c', cooperativeOnly: false, slack: 1, maxLength: 4, limit: 20 };

  it('lists the shortest paths, then the ones a step longer', () => {
    const r = paths(g, base);
    expect(r.shortest).toBe(2);
    expect(r.paths.map((p) => ids(p.actors).join(''))).toEqual(['abc', 'adc', 'afgc']);
    expect(r.paths[1].steps[0]).toMatchObject({ from: 'a', to: 'd', conflict: 1, netScore: -9 });
  });

  it('goes through cooperative pairs only when asked', () => {
    const r = paths(g, { ...base, cooperativeOnly: true, slack: 0 });
    expect(r.paths.map((p) => ids(p.actors).join(''))).toEqual(['abc']);
  });

  it('finds nothing beyond maxLength or between unconnected actors', () => {
    expect(paths(g, { ...base, to: 'e', maxLength: 2 })).toMatchObject({
      shortest: null,
      paths: [],
    });
    expect(paths(graphOf([coop('a', 'b'), coop('c', 'd')]), base).paths).toEqual([]);
  });

  it('stops listing around hubs: at most MAX_ENUMERATED paths are searched, and the answer says so', () => {
    const names = Array.from({ length: 12 }, (_, i) => `k${i}`);
    const complete = graphOf(names.flatMap((a, i) => names.slice(i + 1).map((b) => coop(a, b))));
    const r = paths(complete, { ...base, from: 'k0', to: 'k1', slack: 5, maxLength: 6, limit: 5 });
    expect(r.shortest).toBe(1);
    expect(r.paths.map((p) => p.length)).toEqual([1, 2, 2, 2, 2]);
    expect(r.truncated).toBe(true);
    // Everything found is a simple path of at most 6 steps.
    for (const p of r.paths) expect(new Set(p.actors.map((a) => a.id)).size).toBe(p.length + 1);
  });

  it('cuts the list at its limit and says so', () => {
    const r = paths(g, { ...base, limit: 2 });
    expect(r.paths).toHaveLength(2);
    expect(r.truncated).toBe(true);
  });
});

describe('dyad trends', () => {
  const g = graphOf([
    said('a', 'b', 'VERBAL_COOPERATION', '2019-03'),
    said('b', 'a', 'MATERIAL_COOPERATION', '2019-07'),
    said('a', 'b', 'VERBAL_CONFLICT', '2020-01'),
    said('a', 'b', 'MATERIAL_CONFLICT', '2021-05', 2),
    said('b', 'a', 'VERBAL_COOPERATION', '2021-06'),
    said('a', 'b', 'VERBAL_COOPERATION', null),
  ]);

  it('gives counts per quad class, directions and mean score per year', () => {
    const d = dyadTrend(g, 'a', 'b', 'year');
    expect(
      d.series.map((r) => [r.period, r.statements, r.fromA, r.fromB, r.meanScore, r.dominant]),
    ).toEqual([
      ['2019', 2, 1, 1, 5, 'MATERIAL_COOPERATION'],
      ['2020', 1, 1, 0, -3, 'VERBAL_CONFLICT'],
      ['2021', 3, 2, 1, -5, 'MATERIAL_CONFLICT'],
    ]);
    expect(d.series[2].quad).toMatchObject({ MATERIAL_CONFLICT: 2, VERBAL_COOPERATION: 1 });
    expect(d.undated).toBe(1);
  });

  it('marks where the sign turns and where the dominant class shifts', () => {
    const d = dyadTrend(g, 'a', 'b', 'year');
    expect(d.turningPoints).toEqual([
      { period: '2020', previous: '2019', kind: 'sign', from: 'positive', to: 'negative' },
      {
        period: '2020',
        previous: '2019',
        kind: 'class',
        from: 'MATERIAL_COOPERATION',
        to: 'VERBAL_CONFLICT',
      },
      {
        period: '2021',
        previous: '2020',
        kind: 'class',
        from: 'VERBAL_CONFLICT',
        to: 'MATERIAL_CONFLICT',
      },
    ]);
    expect(dyadTrend(g, 'a', 'b', 'month').series.map((r) => r.period)).toEqual([
      '2019-03',
      '2019-07',
      '2020-01',
      '2021-05',
      '2021-06',
    ]);
  });

  it('lets a month whose mean score is zero keep the side before it', () => {
    const zero = graphOf([
      said('a', 'b', 'VERBAL_COOPERATION', '2021-01'),
      said('a', 'b', 'VERBAL_CONFLICT', '2021-05'),
      said('b', 'a', 'VERBAL_COOPERATION', '2021-05'),
      said('a', 'b', 'MATERIAL_CONFLICT', '2021-06'),
      said('a', 'b', 'VERBAL_CONFLICT', '2021-08'),
      said('a', 'b', 'VERBAL_COOPERATION', '2021-08'),
      said('a', 'b', 'VERBAL_CONFLICT', '2021-09'),
    ]);
    const signs = dyadTrend(zero, 'a', 'b', 'month').turningPoints.filter((t) => t.kind === 'sign');
    // 2021-05 and 2021-08 are at zero: cooperation (2021-01) turns to conflict in 2021-06, and no more.
    expect(signs).toEqual([
      { period: '2021-06', previous: '2021-01', kind: 'sign', from: 'positive', to: 'negative' },
    ]);
  });
});

describe('balance', () => {
  // a and b are friends, both fight c (balanced); a and d are friends, d is friends with c, whom a fights
  // (unbalanced: the friend of my enemy).
  const g = graphOf([
    coop('a', 'b'),
    fight('a', 'c'),
    fight('b', 'c'),
    coop('a', 'd', 2),
    coop('d', 'c'),
    said('b', 'd', 'VERBAL_COOPERATION', '2020-01'),
  ]);

  it("ranks an actor's partners and adversaries by net score", () => {
    const r = balance(g, { actor: 'a', unbalancedOnly: false, limit: 10 });
    expect(r.partners.map((p) => [p.id, p.netScore])).toEqual([
      ['d', 14],
      ['b', 7],
    ]);
    expect(r.adversaries.map((p) => [p.id, p.netScore])).toEqual([['c', -9]]);
  });

  it('finds balanced and unbalanced triangles', () => {
    const r = balance(g, { actor: null, unbalancedOnly: false, limit: 10 });
    expect(r.triangles).toMatchObject({ balanced: 2, unbalanced: 2 });
    const unbalanced = r.triangles.list.filter((t) => !t.balanced).map((t) => t.actors.join(''));
    expect(unbalanced.sort()).toEqual(['acd', 'bcd']);
    const only = balance(g, { actor: 'a', unbalancedOnly: true, limit: 10 }).triangles;
    expect(only.list.map((t) => t.actors.join(''))).toEqual(['acd']);
    expect(only).toMatchObject({ balanced: 2, unbalanced: 1 });
  });
});
