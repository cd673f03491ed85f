// The analytics API's answers for a period, turned into what the display reads per actor: centralities to size by,
// cooperation blocs to colour by, signed blocs to list (pure; no fetching here).
import type { Bloc, BlocsResult, CentralityRow } from '../api/types.ts';
import type { SizeMode } from '../state/view.ts';

/** The size modes the analytics API answers (the others are measured on the graph shown). */
export type MeasureSizeMode = Exclude<SizeMode, 'degree'>;

/** Each size mode read from the centrality ranking: its label and the row's value. */
export const MEASURE_SIZES: readonly {
  mode: MeasureSizeMode;
  label: string;
  value(row: CentralityRow): number;
}[] = [
  { mode: 'pagerank', label: 'PageRank', value: (r) => r.pagerank },
  { mode: 'betweenness', label: 'Betweenness', value: (r) => r.betweenness },
  { mode: 'weightedDegree', label: 'Weighted degree', value: (r) => r.degree },
];

export interface Period {
  from: string | null;
  to: string | null;
}

export interface NodeMeasures {
  period: Period;
  /** Every actor with a statement in the period, by PageRank. */
  ranking: CentralityRow[];
  values: Record<MeasureSizeMode, Map<string, number>>;
  max: Record<MeasureSizeMode, number>;
  /** Cooperation blocs of more than one actor, the most central first. */
  blocs: Bloc[];
  /** Actor → its bloc's number; actors alone in theirs are absent. */
  bloc: Map<string, number>;
  modularity: number;
  /** Signed blocs of more than one actor (conflict pushes apart), with the frustration left. */
  signed: { blocs: Bloc[]; frustration: number };
}

export function nodeMeasures(
  period: Period,
  ranking: CentralityRow[],
  found: BlocsResult,
): NodeMeasures {
  const values = {} as NodeMeasures['values'];
  const max = {} as NodeMeasures['max'];
  for (const { mode, value } of MEASURE_SIZES) {
    values[mode] = new Map(ranking.map((r) => [r.id, value(r)]));
    max[mode] = Math.max(0, ...values[mode].values());
  }
  const blocs = found.cooperation.blocs.filter((b) => b.members.length > 1);
  return {
    period,
    ranking,
    values,
    max,
    blocs,
    bloc: new Map(blocs.flatMap((b) => b.members.map((m) => [m.id, b.bloc] as const))),
    modularity: found.cooperation.modularity,
    signed: {
      blocs: found.signed.blocs.filter((b) => b.members.length > 1),
      frustration: found.signed.frustration,
    },
  };
}
