// A pair's relation over time, as the relation panel charts it: statements per month (both directions, every type)
// and the turning points the analytics dyad measure finds in the same months (actors not rolled up).
import { api } from '../api/client.ts';
import type { DyadResult, MonthRow } from '../api/types.ts';

export type DyadTurningPoint = DyadResult['turningPoints'][number];

export interface PairSeries {
  months: MonthRow[];
  /** Months where the mean score changes side (`kind: 'sign'`) or the dominant quad class shifts. */
  turningPoints: DyadTurningPoint[];
}

export async function loadPairSeries(a: string, b: string): Promise<PairSeries> {
  const [result, dyad] = await Promise.all([
    api.runQuery('statements-per-month', { a, b }),
    api
      .analytics('dyad', { actor: a, other: b, granularity: 'month', rollUp: false })
      // A pair with structural relations only has no statement the measures read: no turning point.
      .catch((error: { status?: number }) =>
        error.status === 404 ? null : Promise.reject(error as Error),
      ),
  ]);
  return {
    months: result.rows as unknown as MonthRow[],
    turningPoints: (dyad?.data as DyadResult | undefined)?.turningPoints ?? [],
  };
}
