// Turning points: where a pair's monthly mean score changes side.
import { describe, expect, it } from 'vitest';
import { turningPoints } from '../../../web/app/timeline/turning-points.ts';

const m = (month: string, meanScore: number, statements = 1) => ({ month, meanScore, statements });

describe('turningPoints', () => {
  it('marks each month whose mean score crosses zero from the last month with statements', () => {
    expect(
      turningPoints([
        m('2021-01', 4),
        m('2021-02', 2),
        m('2021-05', -6),
        m('2021-06', 0),
        m('2022-01', 3),
      ]),
    ).toEqual([
      { month: '2021-05', to: 'conflict', before: 2, after: -6 },
      { month: '2022-01', to: 'cooperation', before: -6, after: 3 },
    ]);
  });

  it('has none for a relation that stays on one side, or months without statements', () => {
    expect(turningPoints([m('2021-01', -4), m('2021-03', -1)])).toEqual([]);
    expect(turningPoints([m('2021-01', 4), m('2021-02', -4, 0), m('2021-03', 2)])).toEqual([]);
  });
});
