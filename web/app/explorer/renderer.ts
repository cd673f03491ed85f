// Mounts sigma on the explored graph with Entente's settings; returns the renderer (kill() tears it down).
import Sigma from 'sigma';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import {
  EdgeArrowProgram,
  EdgeLineProgram,
  NodeCircleProgram,
  NodePointProgram,
  type EdgeProgramType,
  type NodeProgramType,
} from 'sigma/rendering';
import type {
  EdgeAttributes,
  EntenteGraph,
  GraphAttributes,
  NodeAttributes,
} from './graph-data.ts';
import { createEdgeReducer, createNodeReducer, type ReducerInputs } from './reducers.ts';

type EdgeProgram = EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>;
type NodeProgram = NodeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type EntenteSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** How actor labels are drawn (also what the camera fit measures them with). */
export const LABEL_STYLE = {
  font: 'Inter, "Segoe UI", system-ui, sans-serif',
  size: 12,
  weight: '500',
} as const;

export function mountRenderer(
  container: HTMLElement,
  graph: EntenteGraph,
  inputs: () => ReducerInputs,
): EntenteSigma {
  return new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, container, {
    allowInvalidContainer: true,
    defaultEdgeType: 'arrow',
    // `point` and `line` are the cheap programs the reducers pick for large graphs (graph/scale.ts).
    nodeProgramClasses: {
      circle: NodeCircleProgram as unknown as NodeProgram,
      point: NodePointProgram as unknown as NodeProgram,
    },
    edgeProgramClasses: {
      arrow: EdgeArrowProgram as unknown as EdgeProgram,
      curved: EdgeCurvedArrowProgram as unknown as EdgeProgram,
      line: EdgeLineProgram as unknown as EdgeProgram,
    },
    enableEdgeEvents: true,
    hideEdgesOnMove: true,
    zIndex: true,
    renderEdgeLabels: true,
    edgeLabelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#5f6673' },
    labelFont: LABEL_STYLE.font,
    labelSize: LABEL_STYLE.size,
    labelWeight: LABEL_STYLE.weight,
    labelColor: { color: '#1f2430' },
    // Label grid: at most one label per 110px cell (biggest node wins), none for nodes under 7px.
    labelDensity: 0.8,
    labelGridCellSize: 110,
    labelRenderedSizeThreshold: 7,
    minCameraRatio: 0.03,
    maxCameraRatio: 8,
    stagePadding: 50,
    nodeReducer: createNodeReducer(inputs),
    edgeReducer: createEdgeReducer(inputs),
  });
}
