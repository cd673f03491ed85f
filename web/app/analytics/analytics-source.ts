// The analytics of the filters' period, fetched from /api/analytics when something shows them (a size or colour
// mode, the Analytics tab) and again when the period changes; one typed state with named actions.
import { api } from '../api/client.ts';
import type { BlocsResult, CentralityRow } from '../api/types.ts';
import { firstDay, lastDay } from '../state/months.ts';
import type { FiltersState } from '../state/filters.ts';
import { createStore } from '../state/store.ts';
import { nodeMeasures, type NodeMeasures, type Period } from './node-measures.ts';

export interface AnalyticsState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The period asked for last (statement dates). */
  period: Period | null;
  /** The last answer (kept while the next period loads, so the display does not flash). */
  measures: NodeMeasures | null;
  error: string | null;
}

export type AnalyticsAction =
  | { type: 'loading'; period: Period }
  | { type: 'loaded'; measures: NodeMeasures }
  | { type: 'failed'; period: Period; message: string };

const samePeriod = (a: Period | null, b: Period | null) =>
  a !== null && b !== null && a.from === b.from && a.to === b.to;

export function reduceAnalytics(state: AnalyticsState, action: AnalyticsAction): AnalyticsState {
  switch (action.type) {
    case 'loading':
      return { ...state, status: 'loading', period: action.period, error: null };
    case 'loaded':
      // An answer for a period no longer asked for is dropped.
      return samePeriod(state.period, action.measures.period)
        ? {
            status: 'ready',
            period: action.measures.period,
            measures: action.measures,
            error: null,
          }
        : state;
    case 'failed':
      return samePeriod(state.period, action.period)
        ? { ...state, status: 'error', error: action.message }
        : state;
  }
}

/** The filters' months as the statement dates the API takes. */
export const periodOf = (f: Pick<FiltersState, 'from' | 'to'>): Period => ({
  from: f.from === null ? null : firstDay(f.from),
  to: f.to === null ? null : lastDay(f.to),
});

/** Enough rows for every actor the explorer can load (its maximum). */
const RANKING_LIMIT = 5000;

export function createAnalyticsSource() {
  const store = createStore<AnalyticsState, AnalyticsAction>(
    { status: 'idle', period: null, measures: null, error: null },
    reduceAnalytics,
  );
  return {
    ...store,
    /** Fetches the period's measures unless they are loaded or loading. Actors are not rolled up: every actor
     *  drawn gets its own value. */
    ensure(period: Period): void {
      const s = store.get();
      if (samePeriod(s.period, period) && s.status !== 'error') return;
      store.dispatch({ type: 'loading', period });
      const scope = { from: period.from, to: period.to, rollUp: false };
      Promise.all([
        api.analytics('centrality', { ...scope, limit: RANKING_LIMIT }),
        api.analytics('blocs', { ...scope, minSize: 2 }),
      ])
        .then(([c, b]) =>
          store.dispatch({
            type: 'loaded',
            measures: nodeMeasures(period, c.data as CentralityRow[], b.data as BlocsResult),
          }),
        )
        .catch((error: Error) =>
          store.dispatch({ type: 'failed', period, message: error.message }),
        );
    },
  };
}
export type AnalyticsSource = ReturnType<typeof createAnalyticsSource>;
