// Sigma's node and edge reducers: all display (size, colour, highlight, hiding) derived from state, never stored in the graph.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { NodeMeasures } from '../analytics/node-measures.ts';
import type { ViewState } from '../state/view.ts';
import type { EdgeAttributes, EntenteGraph, NodeAttributes } from './graph-data.ts';
import type { GraphMetrics } from './metrics/index.ts';
import {
  actorTypeColor,
  blocColor,
  communityColor,
  DIMMED_EDGE_COLOR,
  DIMMED_NODE_COLOR,
  quadClassColor,
} from './palette.ts';
import type { Scale } from './scale.ts';
import type { Visibility } from './visibility.ts';

export interface ReducerInputs {
  graph: EntenteGraph;
  view: ViewState;
  metrics: GraphMetrics;
  visibility: Visibility;
  /** The actor search or a click brought into focus, with its neighbours. */
  focus: { node: string; neighbours: Set<string> } | null;
  /** The selected relation's edge. */
  focusEdge: string | null;
  /** Actors marked together (a path found by the path finder): drawn and labelled, the rest dimmed. */
  marked: Set<string> | null;
  /** Actors picked together (shift-click, box): drawn highlighted and labelled over any dimming. */
  picked: Set<string>;
  /** Which cheaper programs the graph's size calls for. */
  scale: Scale;
  /** The analytics of the filters' period (sizes and blocs), once loaded. */
  measures: NodeMeasures | null;
}

export function focusOf(graph: EntenteGraph, view: ViewState): ReducerInputs['focus'] {
  const node = view.hovered ?? (view.selection?.kind === 'actor' ? view.selection.id : null);
  if (!node || !graph.hasNode(node)) return null;
  return { node, neighbours: new Set(graph.neighbors(node)) };
}

const MIN_SIZE = 4;
const MAX_SIZE = 18;

export function nodeSize(inputs: ReducerInputs, node: string): number {
  const { metrics, measures, view } = inputs;
  const mode = view.sizeMode;
  // Until the analytics arrive every actor has the middle size; an actor silent in the period the least.
  const [value, max] =
    mode === 'degree'
      ? [metrics.degree.get(node) ?? 0, metrics.maxDegree]
      : [measures?.values[mode].get(node) ?? 0, measures?.max[mode] ?? 0];
  return max > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(value / max) : MIN_SIZE + 2;
}

/** An actor's colour in the current colour mode, before any highlight or dimming. */
export function baseNodeColour(inputs: ReducerInputs, node: string, type: string): string {
  switch (inputs.view.colourMode) {
    case 'community':
      return communityColor(inputs.metrics.community.get(node) ?? 0);
    case 'bloc':
      return blocColor(inputs.measures?.bloc.get(node));
    case 'type':
      return actorTypeColor(type);
  }
}

export function createNodeReducer(get: () => ReducerInputs) {
  return (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const inputs = get();
    const { view, visibility, focus, focusEdge } = inputs;
    const pinned = view.pinned.includes(node);
    const display: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      label: pinned ? `${data.label} (pinned)` : data.label,
      size: nodeSize(inputs, node),
      color: baseNodeColour(inputs, node, data.type),
      hidden: visibility.hiddenNodes.has(node),
      type: inputs.scale.pointNodes ? 'point' : 'circle',
      zIndex: 1,
    };
    if (focus) {
      if (node === focus.node) {
        display.highlighted = true;
        display.forceLabel = true;
        display.zIndex = 3;
      } else if (focus.neighbours.has(node)) {
        // No forceLabel: the label grid keeps neighbours' labels from piling up.
        display.zIndex = 2;
      } else {
        display.color = DIMMED_NODE_COLOR;
        display.label = null;
        display.zIndex = 0;
      }
    } else if (inputs.marked) {
      if (inputs.marked.has(node)) {
        display.highlighted = true;
        display.forceLabel = true;
        display.zIndex = 3;
      } else {
        display.color = DIMMED_NODE_COLOR;
        display.label = null;
        display.zIndex = 0;
      }
    } else if (focusEdge && inputs.graph.hasEdge(focusEdge)) {
      if (inputs.graph.hasExtremity(focusEdge, node)) {
        display.highlighted = true;
        display.forceLabel = true;
        display.zIndex = 3;
      } else {
        display.color = DIMMED_NODE_COLOR;
        display.label = null;
      }
    }
    if (inputs.picked.has(node)) {
      display.color = baseNodeColour(inputs, node, data.type);
      display.label = pinned ? `${data.label} (pinned)` : data.label;
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 4;
    }
    return display;
  };
}

export function createEdgeReducer(get: () => ReducerInputs) {
  return (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const { graph, metrics, visibility, focus, focusEdge, view, scale } = get();
    const curvature = metrics.curvature.get(edge);
    const count = data.count ?? 1;
    const display: Partial<EdgeDisplayData> & { curvature?: number } = {
      color: quadClassColor(data.quadClass),
      size: 0.6 + 4.4 * (Math.log1p(count) / Math.log1p(Math.max(metrics.maxCount, 2))),
      hidden: visibility.hiddenEdges.has(edge),
      // A large graph draws plain lines; arrows and curves come back where the eye is (below).
      type: scale.lineEdges ? 'line' : curvature === undefined ? 'arrow' : 'curved',
      // Edge labels only where the eye already is: the hovered actor's relations, the selected relation.
      label: null,
      zIndex: 1,
    };
    const detailed = () => {
      display.type = curvature === undefined ? 'arrow' : 'curved';
      if (curvature !== undefined) display.curvature = curvature;
    };
    if (!scale.lineEdges) detailed();
    if (focus) {
      if (!graph.hasExtremity(edge, focus.node)) {
        display.color = DIMMED_EDGE_COLOR;
        display.zIndex = 0;
      } else {
        detailed();
        display.zIndex = 2;
        if (view.hovered === focus.node) display.label = data.type;
      }
    } else if (get().marked) {
      const marked = get().marked!;
      if (marked.has(graph.source(edge)) && marked.has(graph.target(edge))) {
        detailed();
        display.zIndex = 3;
      } else {
        display.color = DIMMED_EDGE_COLOR;
        display.zIndex = 0;
      }
    } else if (focusEdge) {
      if (edge === focusEdge) {
        detailed();
        display.size = (display.size ?? 1) + 2;
        display.zIndex = 3;
        display.forceLabel = true;
        display.label = data.type;
      } else {
        display.color = DIMMED_EDGE_COLOR;
        display.zIndex = 0;
      }
    }
    return display;
  };
}
