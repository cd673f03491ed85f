// The explored graph's data: new actors start in a place seeded by their id, so every load lays out alike.
import { describe, expect, it } from 'vitest';
import { createGraph, mergeGraphJson } from '../../../web/app/explorer/graph-data.ts';
import type { GraphJson } from '../../../web/app/api/types.ts';

const node = (key: string) => ({
  key,
  attributes: { label: key, type: 'State', countryCode: null, mentions: 1 },
});
const json = {
  nodes: ['IRN', 'RUS', 'SYR', 'TUR', 'lonely'].map(node),
  edges: [
    {
      key: 'IRN|SUPPORT|SYR',
      source: 'IRN',
      target: 'SYR',
      attributes: {
        type: 'SUPPORT',
        quadClass: 'MATERIAL_COOPERATION',
        count: 2,
        firstSeen: '2020-01-01',
        lastSeen: '2021-01-01',
        meanScore: 5,
      },
    },
  ],
} as unknown as GraphJson;

describe('mergeGraphJson', () => {
  it('places new actors the same way on every load (seeded by id), apart from each other', () => {
    const a = createGraph();
    const b = createGraph();
    mergeGraphJson(a, json);
    mergeGraphJson(b, json);
    const places = a.mapNodes((n, p) => [n, p.x, p.y]);
    expect(b.mapNodes((n, p) => [n, p.x, p.y])).toEqual(places);
    expect(new Set(places.map(([, x, y]) => `${x},${y}`)).size).toBe(places.length);
  });
});
