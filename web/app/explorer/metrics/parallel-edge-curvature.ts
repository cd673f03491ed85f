// Curvature of parallel edges (several relations between the same two actors), from @sigma/edge-curve's index.
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import { MultiDirectedGraph } from 'graphology';
import type { EntenteGraph } from '../graph-data.ts';

export interface ParallelEdgeCurvatureOptions {
  /** The largest curvature, reached by the outermost edge of a bundle. */
  maxCurvature: number;
}

export const DEFAULT_PARALLEL_EDGE_CURVATURE: ParallelEdgeCurvatureOptions = {
  maxCurvature: 2.5 * DEFAULT_EDGE_CURVATURE,
};

/**
 * Edge → curvature, for edges that share their pair of actors with others (absent: draw straight). The library
 * indexes a topology-only copy, so the explored graph's data is never written to.
 */
export function parallelEdgeCurvature(
  graph: EntenteGraph,
  options: Partial<ParallelEdgeCurvatureOptions> = {},
): Map<string, number> {
  const { maxCurvature } = { ...DEFAULT_PARALLEL_EDGE_CURVATURE, ...options };
  const topology = new MultiDirectedGraph<
    Record<string, never>,
    { parallelIndex?: number | null; parallelMaxIndex?: number | null }
  >();
  graph.forEachNode((n) => topology.addNode(n));
  graph.forEachEdge((e, _a, s, t) => topology.addEdgeWithKey(e, s, t));
  indexParallelEdgesIndex(topology);
  const out = new Map<string, number>();
  topology.forEachEdge((e, { parallelIndex, parallelMaxIndex }) => {
    if (typeof parallelIndex !== 'number' || typeof parallelMaxIndex !== 'number') return;
    // Bundles one way are indexed -max..max; edges facing others are 1..max, each side bending its own way.
    const spread = Math.min(maxCurvature, DEFAULT_EDGE_CURVATURE * Math.abs(parallelMaxIndex));
    out.set(e, parallelMaxIndex === 0 ? 0 : (spread * parallelIndex) / Math.abs(parallelMaxIndex));
  });
  return out;
}
