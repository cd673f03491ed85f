// Dyad trends: for two actors, statements per quad class and mean score per month or year (a Goldstein-style
// series), with turning points where the mean score changes sign and shifts of the dominant quad class.
import { QUAD_CLASSES, type QuadClass } from '../../ingest/ontology/vocabulary.ts';
import { emptyQuad, type EvidenceGraph, type QuadCounts } from './evidence-graph.ts';

export type Granularity = 'month' | 'year';

export interface DyadPeriodRow {
  period: string;
  statements: number;
  /** Statements from the first actor to the second, and back. */
  fromA: number;
  fromB: number;
  quad: QuadCounts;
  meanScore: number;
  /** The quad class with the most statements (ties: the more conflictual one). */
  dominant: QuadClass;
}

export interface TurningPoint {
  period: string;
  previous: string;
  kind: 'sign' | 'class';
  from: string;
  to: string;
}

export interface DyadResult {
  a: string;
  b: string;
  granularity: Granularity;
  series: DyadPeriodRow[];
  turningPoints: TurningPoint[];
  /** Statements without a date count in no period. */
  undated: number;
}

const round = (n: number) => Math.round(n * 100) / 100;
const sign = (n: number) => (n > 0 ? 'positive' : n < 0 ? 'negative' : 'zero');

export function dyadTrend(
  graph: EvidenceGraph,
  a: string,
  b: string,
  granularity: Granularity,
): DyadResult {
  const rows = new Map<string, DyadPeriodRow & { scoreSum: number }>();
  let undated = 0;
  for (const [source, target] of [
    [a, b],
    [b, a],
  ]) {
    const key = `${source}->${target}`;
    if (!graph.hasEdge(key)) continue;
    for (const [month, p] of Object.entries(graph.getEdgeAttributes(key).periods)) {
      if (month === '') {
        undated += p.count;
        continue;
      }
      const period = granularity === 'year' ? month.slice(0, 4) : month;
      const row = rows.get(period) ?? {
        period,
        statements: 0,
        fromA: 0,
        fromB: 0,
        quad: emptyQuad(),
        meanScore: 0,
        dominant: QUAD_CLASSES[0],
        scoreSum: 0,
      };
      row.statements += p.count;
      if (source === a) row.fromA += p.count;
      else row.fromB += p.count;
      for (const q of QUAD_CLASSES) row.quad[q] += p.quad[q];
      row.scoreSum += p.scoreSum;
      rows.set(period, row);
    }
  }
  const series = [...rows.values()]
    .sort((x, y) => x.period.localeCompare(y.period))
    .map(({ scoreSum, ...row }) => ({
      ...row,
      meanScore: round(scoreSum / row.statements),
      // QUAD_CLASSES runs from cooperation to conflict: on a tie the later (more conflictual) class wins.
      dominant: QUAD_CLASSES.reduce((best, q) => (row.quad[q] >= row.quad[best] ? q : best)),
    }));
  const turningPoints: TurningPoint[] = [];
  // A period whose mean is exactly zero keeps the side before it: the sign turns against the last signed period.
  let signed: DyadPeriodRow | null = null;
  for (let i = 0; i < series.length; i++) {
    const now = series[i];
    if (now.meanScore !== 0) {
      if (signed && Math.sign(signed.meanScore) !== Math.sign(now.meanScore))
        turningPoints.push({
          period: now.period,
          previous: signed.period,
          kind: 'sign',
          from: sign(signed.meanScore),
          to: sign(now.meanScore),
        });
      signed = now;
    }
    const before = series[i - 1];
    if (before && before.dominant !== now.dominant)
      turningPoints.push({
        period: now.period,
        previous: before.period,
        kind: 'class',
        from: before.dominant,
        to: now.dominant,
      });
  }
  return { a, b, granularity, series, turningPoints, undated };
}
