// The gold scorer's metric math, checked against hand-computed tables.
import { describe, expect, it } from 'vitest';
import {
  countsBy,
  linkingAccuracy,
  matchRelations,
  matchSpans,
  relationKey,
  resolveOccurrence,
  scores,
  type LinkedSpan,
  type RelationTriple,
} from '../../eval/metrics.ts';

describe('resolveOccurrence', () => {
  const text = "Iranian drones hit Iran's neighbour, and Iran denied it.";
  it.each([
    ['Iran', 1, 19, 23],
    ['Iran', 2, 41, 45],
    ['Iranian', 1, 0, 7],
  ])('%s #%i → [%i, %i)', (surface, occurrence, start, end) => {
    expect(resolveOccurrence(text, surface, occurrence)).toEqual({ start, end });
  });
  it('skips matches inside longer words and returns null past the last one', () => {
    expect(resolveOccurrence(text, 'Iran', 3)).toBeNull();
    expect(resolveOccurrence('Tehran', 'Iran', 1)).toBeNull();
    expect(resolveOccurrence(text, '', 1)).toBeNull();
  });
});

describe('scores', () => {
  // tp fp fn → P, R, F1 (F1 = 2PR/(P+R))
  it.each([
    [8, 2, 4, 0.8, 8 / 12, (2 * 0.8 * (8 / 12)) / (0.8 + 8 / 12)],
    [3, 1, 1, 0.75, 0.75, 0.75],
    [1, 0, 3, 1, 0.25, 0.4],
    [0, 5, 5, 0, 0, 0],
  ])('tp %i fp %i fn %i', (tp, fp, fn, p, r, f1) => {
    const s = scores({ tp, fp, fn });
    expect(s.precision).toBeCloseTo(p, 10);
    expect(s.recall).toBeCloseTo(r, 10);
    expect(s.f1).toBeCloseTo(f1, 10);
  });
  it('leaves undefined ratios null', () => {
    expect(scores({ tp: 0, fp: 0, fn: 0 })).toMatchObject({
      precision: null,
      recall: null,
      f1: null,
    });
    expect(scores({ tp: 0, fp: 0, fn: 2 })).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(scores({ tp: 0, fp: 3, fn: 0 })).toMatchObject({ precision: 0, recall: null, f1: 0 });
  });
});

describe('matchSpans', () => {
  const gold: LinkedSpan[] = [
    { start: 0, end: 7, actorId: 'RUS' }, // "Russian"
    { start: 18, end: 32, actorId: 'vladimir-putin' }, // "Vladimir Putin"
    { start: 40, end: 46, actorId: 'IRN' }, // "Tehran"
  ];
  const predicted: LinkedSpan[] = [
    { start: 0, end: 7, actorId: 'RUS' }, // exact, right id
    { start: 27, end: 32, actorId: 'vladimir-putin' }, // "Putin": overlap only
    { start: 40, end: 46, actorId: 'tehran' }, // exact, wrong id
    { start: 40, end: 46, actorId: 'IRN' }, // duplicate offsets: ignored
    { start: 50, end: 54, actorId: 'USA' }, // spurious
  ];
  it('exact: 2 tp, 2 fp, 1 fn', () => {
    const m = matchSpans(gold, predicted, 'exact');
    expect(m.counts).toEqual({ tp: 2, fp: 2, fn: 1 });
    expect(m.missed.map((g) => g.actorId)).toEqual(['vladimir-putin']);
  });
  it('lenient: 3 tp, 1 fp, 0 fn', () => {
    expect(matchSpans(gold, predicted, 'lenient').counts).toEqual({ tp: 3, fp: 1, fn: 0 });
  });
  it('lenient matching is one-to-one and prefers the exact candidate', () => {
    const g: LinkedSpan[] = [
      { start: 0, end: 10, actorId: 'a' },
      { start: 10, end: 20, actorId: 'b' },
    ];
    const p: LinkedSpan[] = [
      { start: 5, end: 15, actorId: 'x' }, // overlaps both by 5
      { start: 10, end: 20, actorId: 'b' }, // exact for the second
    ];
    const m = matchSpans(g, p, 'lenient');
    expect(m.counts).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(m.pairs.map(([gg, pp]) => `${gg.actorId}=${pp.actorId}`).sort()).toEqual(['a=x', 'b=b']);
  });
  it('linking accuracy counts matching ids among exact pairs: 1 of 2', () => {
    const m = matchSpans(gold, predicted, 'exact');
    expect(linkingAccuracy(m.pairs)).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(linkingAccuracy([]).accuracy).toBeNull();
  });
});

describe('matchRelations', () => {
  const gold: RelationTriple[] = [
    { source: 'RUS', target: 'UKR', type: 'ATTACK' },
    { source: 'IRN', target: 'RUS', type: 'COOPERATE' },
    { source: 'vladimir-putin', target: 'RUS', type: 'LEADS' },
    { source: 'UKR', target: 'IRN', type: 'CRITICIZE' },
  ];
  const predicted: RelationTriple[] = [
    { source: 'RUS', target: 'UKR', type: 'ATTACK' }, // tp
    { source: 'RUS', target: 'UKR', type: 'ATTACK' }, // duplicate: ignored
    { source: 'RUS', target: 'IRN', type: 'COOPERATE' }, // tp (undirected)
    { source: 'RUS', target: 'vladimir-putin', type: 'LEADS' }, // fp (directed, reversed)
    { source: 'IRN', target: 'UKR', type: 'CRITICIZE' }, // fp (directed, reversed)
    { source: 'RUS', target: 'UKR', type: 'THREATEN' }, // fp (wrong type)
  ];
  it('gives 2 tp, 3 fp, 2 fn', () => {
    const m = matchRelations(gold, predicted);
    expect(m.counts).toEqual({ tp: 2, fp: 3, fn: 2 });
    expect(m.missed.map(relationKey).sort()).toEqual([
      'UKR|CRITICIZE|IRN',
      'vladimir-putin|LEADS|RUS',
    ]);
  });
  it('undirected keys are order-free, directed keys are not', () => {
    expect(relationKey({ source: 'b', target: 'a', type: 'CONSULT' })).toBe(
      relationKey({ source: 'a', target: 'b', type: 'CONSULT' }),
    );
    expect(relationKey({ source: 'b', target: 'a', type: 'SUPPORT' })).not.toBe(
      relationKey({ source: 'a', target: 'b', type: 'SUPPORT' }),
    );
  });
  it('splits counts by group: events vs structural', () => {
    const m = matchRelations(gold, predicted);
    const by = countsBy(m, (r) => (r.type === 'LEADS' ? 'structural' : 'events'));
    // events: tp ATTACK, COOPERATE; fp CRITICIZE(rev), THREATEN; fn CRITICIZE
    expect(by.get('events')).toEqual({ tp: 2, fp: 2, fn: 1 });
    // structural: fp LEADS(rev); fn LEADS
    expect(by.get('structural')).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});
