// The explorer's measures on small graphs in Node: parallel-edge curvature, degree, PageRank and communities.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parseRelationId } from '../../../graph/relation-id.ts';
import { createGraph, type EntenteGraph } from '../../../web/app/explorer/graph-data.ts';

// @sigma/edge-curve loads sigma's rendering, which reads WebGL constants when loaded; Node has no WebGL.
let computeMetrics: typeof import('../../../web/app/explorer/metrics/index.ts').computeMetrics;
let parallelEdgeCurvature: typeof import('../../../web/app/explorer/metrics/parallel-edge-curvature.ts').parallelEdgeCurvature;
beforeAll(async () => {
  vi.stubGlobal('WebGL2RenderingContext', {});
  vi.stubGlobal('WebGLRenderingContext', {});
  ({ computeMetrics } = await import('../../../web/app/explorer/metrics/index.ts'));
  ({ parallelEdgeCurvature } =
    await import('../../../web/app/explorer/metrics/parallel-edge-curvature.ts'));
});

function graphOf(edges: [string, string, string, number?][]): EntenteGraph {
  const graph = createGraph();
  for (const [key, source, target, count] of edges) {
    for (const n of [source, target]) {
      if (!graph.hasNode(n))
        graph.addNode(n, { label: n, type: 'State', countryCode: null, x: 0, y: 0 });
    }
    graph.addEdgeWithKey(key, source, target, {
      type: parseRelationId(key)!.type,
      quadClass: null,
      count: count ?? 1,
      firstSeen: null,
      lastSeen: null,
      meanScore: 0,
    });
  }
  return graph;
}

describe('parallelEdgeCurvature', () => {
  it('leaves a lone edge straight and bends the edges of a bundle apart', () => {
    const graph = graphOf([
      ['A|ATTACK|B', 'A', 'B'],
      ['A|SANCTION|B', 'A', 'B'],
      ['A|THREATEN|B', 'A', 'B'],
      ['B|CONSULT|C', 'B', 'C'],
    ]);
    const curvature = parallelEdgeCurvature(graph);
    expect(curvature.has('B|CONSULT|C')).toBe(false);
    const bundle = ['A|ATTACK|B', 'A|SANCTION|B', 'A|THREATEN|B'].map((e) => curvature.get(e)!);
    expect(new Set(bundle).size).toBe(3);
    expect(bundle[0]).toBeCloseTo(-bundle[2]);
  });

  it('bends two opposite edges to opposite sides (both positive, each along its own direction)', () => {
    const curvature = parallelEdgeCurvature(
      graphOf([
        ['A|SUPPORT|B', 'A', 'B'],
        ['B|SUPPORT|A', 'B', 'A'],
      ]),
    );
    expect(curvature.get('A|SUPPORT|B')).toBeGreaterThan(0);
    expect(curvature.get('B|SUPPORT|A')).toBe(curvature.get('A|SUPPORT|B'));
  });

  it('never writes into the explored graph', () => {
    const graph = graphOf([
      ['A|ATTACK|B', 'A', 'B'],
      ['A|SANCTION|B', 'A', 'B'],
    ]);
    parallelEdgeCurvature(graph);
    expect(Object.keys(graph.getEdgeAttributes('A|ATTACK|B')).sort()).toEqual(
      ['count', 'firstSeen', 'lastSeen', 'meanScore', 'quadClass', 'type'].sort(),
    );
  });
});

describe('computeMetrics', () => {
  it('finds the two cliques of a barbell as two communities, the bridge ends ranked highest', () => {
    const graph = graphOf([
      ['A|CONSULT|B', 'A', 'B', 5],
      ['B|CONSULT|C', 'B', 'C', 5],
      ['C|CONSULT|A', 'C', 'A', 5],
      ['D|CONSULT|E', 'D', 'E', 5],
      ['E|CONSULT|F', 'E', 'F', 5],
      ['F|CONSULT|D', 'F', 'D', 5],
      ['C|CONSULT|D', 'C', 'D', 1],
    ]);
    const m = computeMetrics(graph);
    expect(m.communityCount).toBe(2);
    expect(m.community.get('A')).toBe(m.community.get('B'));
    expect(m.community.get('A')).not.toBe(m.community.get('E'));
    expect(m.degree.get('C')).toBe(3);
    expect(m.maxDegree).toBe(3);
    expect(m.maxCount).toBe(5);
    expect([...m.pagerank.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(m.pagerank.get('C')).toBeGreaterThan(m.pagerank.get('A')!);
  });

  it('gives an empty graph empty measures', () => {
    const m = computeMetrics(createGraph());
    expect(m).toMatchObject({ maxPagerank: 0, maxDegree: 0, communityCount: 0, maxCount: 1 });
  });
});
