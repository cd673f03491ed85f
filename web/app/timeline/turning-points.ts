// Turning points of a pair's relation: the months whose mean score changes side (cooperation ↔ conflict)
// from the last month before them that had statements.

export interface ScoredMonth {
  month: string;
  meanScore: number;
  statements: number;
}

export interface TurningPoint {
  month: string;
  /** The side the relation turned to. */
  to: 'cooperation' | 'conflict';
  before: number;
  after: number;
}

const side = (score: number) => (score > 0 ? 'cooperation' : score < 0 ? 'conflict' : null);

/** Months (in order) where the mean score crosses zero; a month at exactly zero keeps the previous side. */
export function turningPoints(months: readonly ScoredMonth[]): TurningPoint[] {
  const out: TurningPoint[] = [];
  let previous: ScoredMonth | null = null;
  for (const m of months) {
    if (!m.statements) continue;
    const now = side(m.meanScore);
    if (now === null) continue;
    if (previous && side(previous.meanScore) !== now)
      out.push({ month: m.month, to: now, before: previous.meanScore, after: m.meanScore });
    previous = m;
  }
  return out;
}
