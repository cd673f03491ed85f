// How the drawing scales with the graph: past a size, cheaper programs and no edges while the camera moves.
import type { EntenteGraph } from './graph-data.ts';

export interface ScaleSettings {
  /** Past this many relations, edges are 1px lines (no arrowheads, no curves) except where the eye is. */
  lineEdgesAbove: number;
  /** Past this many actors, nodes are drawn as points (one vertex each) rather than triangles. */
  pointNodesAbove: number;
  /** Past this many relations, edges are not drawn while panning or zooming. */
  hideEdgesOnMoveAbove: number;
}

// Triangle programs cost per instance even when hidden; with software WebGL (and on weak GPUs) 20,000 arrows
// take about a second per frame where 20,000 lines take a tenth of that (bench/large-graph.ts).
export const DEFAULT_SCALE_SETTINGS: ScaleSettings = {
  lineEdgesAbove: 4000,
  pointNodesAbove: 2000,
  hideEdgesOnMoveAbove: 4000,
};

export interface Scale {
  lineEdges: boolean;
  pointNodes: boolean;
  hideEdgesOnMove: boolean;
}

export function scaleOf(
  graph: EntenteGraph,
  settings: ScaleSettings = DEFAULT_SCALE_SETTINGS,
): Scale {
  return {
    lineEdges: graph.size > settings.lineEdgesAbove,
    pointNodes: graph.order > settings.pointNodesAbove,
    hideEdgesOnMove: graph.size > settings.hideEdgesOnMoveAbove,
  };
}
