// The evidence graph: counts per pair, quad class and month; persons and bodies rolled up to what they act for.
import { describe, expect, it } from 'vitest';
import { dyadGraph } from '../../../graph/analytics/evidence-graph.ts';
import { actor, coop, fight, graphOf, said } from './_graph.ts';

describe('evidence graph', () => {
  it('sums statements per ordered pair, quad class and month', () => {
    const g = graphOf([
      coop('a', 'b', 2),
      said('a', 'b', 'VERBAL_CONFLICT', '2020-02'),
      fight('b', 'a'),
    ]);
    expect(g.order).toBe(2);
    expect(g.size).toBe(2);
    const ab = g.getEdgeAttributes('a->b');
    expect(ab).toMatchObject({ count: 3, cooperation: 2, conflict: 1, scoreSum: 11 });
    expect(ab.periods['2020-02']).toMatchObject({ count: 1, scoreSum: -3 });
    const dyad = dyadGraph(g).getEdgeAttributes('a--b');
    expect(dyad).toMatchObject({ count: 4, cooperation: 2, conflict: 2, scoreSum: 2 });
    expect(dyad.quad).toEqual({
      VERBAL_COOPERATION: 0,
      MATERIAL_COOPERATION: 2,
      VERBAL_CONFLICT: 1,
      MATERIAL_CONFLICT: 1,
    });
  });

  it('counts a leader, a minister and a ministry for their state, and drops what a state says to itself', () => {
    const actors = [
      actor('rus'),
      actor('putin', { type: 'Person', leads: ['rus'] }),
      actor('mfa', { type: 'GovernmentBody', partOf: 'rus' }),
      actor('lavrov', { type: 'Person', partOf: 'mfa', countryCode: 'rus' }),
      actor('wagner', { type: 'ArmedGroup', countryCode: 'rus' }),
    ];
    const g = graphOf(
      [coop('putin', 'x'), coop('lavrov', 'x'), coop('mfa', 'rus'), fight('wagner', 'rus')],
      actors,
    );
    expect(g.nodes().sort()).toEqual(['rus', 'wagner', 'x']);
    expect(g.getEdgeAttribute('rus->x', 'count')).toBe(2);
    expect(g.getNodeAttribute('rus', 'members').sort()).toEqual(['lavrov', 'putin', 'rus']);
    // Without the roll-up every actor stands for itself.
    expect(
      graphOf([coop('putin', 'x')], actors, false)
        .nodes()
        .sort(),
    ).toEqual(['putin', 'x']);
  });
});
