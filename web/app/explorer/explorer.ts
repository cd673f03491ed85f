// The explorer: owns the graph data, its metrics, the sigma renderer and the layout; turns state into display.
import type { SerializedGraph } from 'graphology-types';
import type { CameraState } from 'sigma/types';
import { api } from '../api/client.ts';
import type { GraphJson } from '../api/types.ts';
import type { FiltersState, FiltersStore } from '../state/filters.ts';
import { createPickedStore, type PickedStore } from '../state/picked.ts';
import { firstDay, lastDay } from '../state/months.ts';
import type { ViewState, ViewStore } from '../state/view.ts';
import {
  createGraph,
  mergeGraphJson,
  replaceGraphJson,
  type EdgeAttributes,
  type EntenteGraph,
  type GraphAttributes,
  type MergeResult,
  type NodeAttributes,
} from './graph-data.ts';
import { mountBoxSelect } from './box-select.ts';
import { fitItems, type FitItem, type FitRegion } from './camera-fit.ts';
import { createLayout, type LayoutController } from './layout.ts';
import type { NodeMeasures } from '../analytics/node-measures.ts';
import { computeMetrics, type GraphMetrics } from './metrics/index.ts';
import { focusOf, type ReducerInputs } from './reducers.ts';
import { LABEL_STYLE, mountRenderer, type EntenteSigma } from './renderer.ts';
import { scaleOf, type Scale } from './scale.ts';
import { computeVisibility, type Visibility } from './visibility.ts';

const MAX_HISTORY = 30;

interface Snapshot {
  graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  view: ViewState;
  camera: CameraState;
}

export interface Explorer {
  graph: EntenteGraph;
  sigma: EntenteSigma;
  layout: LayoutController;
  /** The actors picked together (shift-click, shift-drag a box). */
  picked: PickedStore;
  metrics(): GraphMetrics;
  visibility(): Visibility;
  /** Which cheaper drawing the graph's size calls for (graph/scale.ts). */
  scale(): Scale;
  /** The display data the reducers give every node and edge (what is actually drawn). */
  reducerInputs(): ReducerInputs;
  loadBase(filters: FiltersState, mode?: 'merge' | 'replace'): Promise<void>;
  merge(json: GraphJson): MergeResult;
  replace(json: GraphJson): MergeResult;
  /** Merges an actor's neighbours, reached through the given relation types only (null or none: all). */
  expand(actorId: string, relationTypes?: string[] | null): Promise<MergeResult>;
  /** Merges the neighbours of several actors at once (one step back undoes it). */
  expandMany(actorIds: readonly string[]): Promise<void>;
  /** Brings an actor (with its neighbours) into the graph if absent, selects it and centres the camera on it. */
  showActor(actorId: string): Promise<void>;
  /** Centres the camera on an actor now, and again once the running layout has stopped moving it. */
  centreOn(actorId: string): void;
  zoomIn(): void;
  zoomOut(): void;
  /** Fits every visible actor (or, when some are marked, those) and its label into the free part of the stage. */
  fit(): void;
  /** Fits now, and again once the running layout has stopped. */
  fitWhenSettled(): void;
  /** Whether a camera move is due once the layout stops (a fit or a centring asked for while it ran). */
  cameraDue(): boolean;
  /** Puts the camera at a state, once a move under way has ended, cancelling one due after the layout. */
  setCamera(state: CameraState): Promise<void>;
  /** Marks actors together (a path): they stay drawn and labelled, the rest dims; null clears it. */
  highlight(actorIds: string[] | null): void;
  /** The analytics the size and colour modes read (null: none loaded). */
  setMeasures(measures: NodeMeasures | null): void;
  /** Where an actor and its label are drawn, in viewport pixels (null when not drawn). */
  drawnBox(actorId: string): DrawnBox | null;
  checkpoint(): void;
  canGoBack(): boolean;
  back(): void;
  onHistoryChange(listener: () => void): () => void;
  onDataChange(listener: () => void): () => void;
  kill(): void;
}

export interface DrawnBox {
  x: number;
  y: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ExplorerOptions {
  /** The part of the stage not covered by the toolbar, banner and legend, in viewport pixels. */
  freeRegion?: () => FitRegion;
}

const RESET_CAMERA: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
const LABEL_GAP = 5;

export function createExplorer(
  container: HTMLElement,
  filters: FiltersStore,
  view: ViewStore,
  options: ExplorerOptions = {},
): Explorer {
  const graph = createGraph();
  let metrics = computeMetrics(graph);
  let visibility = computeVisibility(graph, filters.get(), view.get());
  let focus = focusOf(graph, view.get());
  let scale = scaleOf(graph);
  // The reducers run once per node and edge on every refresh: hand them one object per refresh, not per call.
  let cachedInputs: ReducerInputs | null = null;
  let marked: Set<string> | null = null;
  let measures: NodeMeasures | null = null;
  const picked = createPickedStore();
  let pickedSet = new Set<string>();
  const inputs = (): ReducerInputs => {
    const v = view.get();
    if (
      cachedInputs?.view !== v ||
      cachedInputs.metrics !== metrics ||
      cachedInputs.visibility !== visibility ||
      cachedInputs.focus !== focus ||
      cachedInputs.scale !== scale ||
      cachedInputs.marked !== marked ||
      cachedInputs.measures !== measures ||
      cachedInputs.picked !== pickedSet
    ) {
      cachedInputs = {
        graph,
        view: v,
        metrics,
        visibility,
        focus,
        focusEdge: v.selection?.kind === 'relation' ? v.selection.id : null,
        scale,
        marked,
        measures,
        picked: pickedSet,
      };
    }
    return cachedInputs;
  };
  const sigma = mountRenderer(container, graph, inputs);
  // The layout writes positions in place and asks for one re-process and draw (at most one per frame).
  const layout = createLayout(graph, {
    positionsChanged() {
      const t = performance.now();
      sigma.refresh({ partialGraph: { nodes: [] } });
      return performance.now() - t;
    },
  });
  const history: Snapshot[] = [];
  const historyListeners = new Set<() => void>();
  const dataListeners = new Set<() => void>();

  const syncPins = () => {
    const pinned = new Set(view.get().pinned);
    graph.forEachNode((n, a) => {
      const fixed = pinned.has(n);
      if (Boolean(a.fixed) !== fixed) graph.setNodeAttribute(n, 'fixed', fixed);
    });
  };

  let dataFrame = 0;
  const onData = () => {
    if (dataFrame) return;
    dataFrame = requestAnimationFrame(() => {
      dataFrame = 0;
      scale = scaleOf(graph);
      metrics = computeMetrics(graph);
      visibility = computeVisibility(graph, filters.get(), view.get());
      focus = focusOf(graph, view.get());
      if (sigma.getSetting('hideEdgesOnMove') !== scale.hideEdgesOnMove)
        sigma.setSetting('hideEdgesOnMove', scale.hideEdgesOnMove);
      sigma.refresh();
      for (const l of [...dataListeners]) l();
    });
  };
  for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const)
    graph.on(event, onData);

  const offFilters = filters.subscribe(() => {
    visibility = computeVisibility(graph, filters.get(), view.get());
    sigma.refresh();
  });
  const offView = view.subscribe((s, prev) => {
    if (s.hidden !== prev.hidden || s.selection !== prev.selection)
      visibility = computeVisibility(graph, filters.get(), s);
    if (s.pinned !== prev.pinned) syncPins();
    focus = focusOf(graph, s);
    const displayOnly =
      s.hidden === prev.hidden &&
      s.sizeMode === prev.sizeMode &&
      s.pinned === prev.pinned &&
      s.colourMode === prev.colourMode;
    sigma.refresh(displayOnly ? { skipIndexation: true } : undefined);
  });

  sigma.on('enterNode', ({ node }) => {
    view.dispatch({ type: 'hover', node });
    container.style.cursor = 'pointer';
  });
  sigma.on('leaveNode', () => {
    view.dispatch({ type: 'hover', node: null });
    container.style.cursor = '';
  });
  sigma.on('enterEdge', () => (container.style.cursor = 'pointer'));
  sigma.on('leaveEdge', () => (container.style.cursor = ''));
  // Shift-click picks an actor; a quick second shift-click on another is a double click to sigma: it picks too,
  // and neither zooms.
  let lastPicked: string | null = null;
  sigma.on('clickNode', ({ node, event }) => {
    if ((event.original as MouseEvent).shiftKey) {
      lastPicked = node;
      return picked.dispatch({ type: 'toggle', node });
    }
    explorer.checkpoint();
    view.dispatch({ type: 'select', selection: { kind: 'actor', id: node } });
  });
  sigma.on('doubleClickNode', ({ node, event }) => {
    if (!(event.original as MouseEvent).shiftKey) return;
    event.preventSigmaDefault();
    if (node !== lastPicked) picked.dispatch({ type: 'toggle', node });
    lastPicked = null;
  });
  sigma.on('doubleClickStage', ({ event }) => {
    if ((event.original as MouseEvent).shiftKey) event.preventSigmaDefault();
  });
  sigma.on('clickEdge', ({ edge }) => {
    explorer.checkpoint();
    view.dispatch({ type: 'select', selection: { kind: 'relation', id: edge } });
  });
  const boxSelect = mountBoxSelect(
    sigma,
    container,
    (node) => visibility.hiddenNodes.has(node),
    (nodes) => picked.dispatch({ type: 'add', nodes }),
  );
  const offPicked = picked.subscribe((ids) => {
    pickedSet = new Set(ids);
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('clickStage', ({ event }) => {
    if ((event.original as MouseEvent).shiftKey || boxSelect.justBoxed()) return;
    picked.dispatch({ type: 'clear' });
    if (marked) explorer.highlight(null);
    if (view.get().selection) view.dispatch({ type: 'select', selection: null });
  });

  // Dragging an actor moves it (held still against the layout while dragged); its place is saved.
  let dragged: string | null = null;
  sigma.on('downNode', ({ node }) => {
    dragged = node;
    graph.setNodeAttribute(node, 'fixed', true);
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });
  const captor = sigma.getMouseCaptor();
  const onMove = (e: { x: number; y: number; preventSigmaDefault(): void; original: Event }) => {
    if (!dragged) return;
    const position = sigma.viewportToGraph(e);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y });
    e.preventSigmaDefault();
    e.original.preventDefault();
    e.original.stopPropagation();
  };
  const onUp = () => {
    if (!dragged) return;
    graph.setNodeAttribute(dragged, 'fixed', view.get().pinned.includes(dragged));
    dragged = null;
    layout.savePositions();
  };
  captor.on('mousemovebody', onMove);
  captor.on('mouseup', onUp);

  const camera = sigma.getCamera();
  // Sigma sizes its canvases once; the stage can change size without the window doing so.
  const resizer = new ResizeObserver(() => sigma.scheduleRefresh());
  resizer.observe(container);
  const notifyHistory = () => historyListeners.forEach((l) => l());

  // What to redo once the layout stops moving actors (centre on one, or fit all); the user's own camera
  // move (drag or wheel) cancels it.
  let afterLayout: (() => void) | null = null;
  const offLayout = layout.state.subscribe((s, p) => {
    if (p.running && !s.running && afterLayout) {
      const run = afterLayout;
      // Due until it runs (cameraDue), unless a camera move of the user's or another fit replaced it meanwhile.
      requestAnimationFrame(() => {
        if (afterLayout !== run) return;
        afterLayout = null;
        run();
      });
    }
  });
  const cancelAfterLayout = () => (afterLayout = null);
  captor.on('mousedown', cancelAfterLayout);
  captor.on('wheel', cancelAfterLayout);

  let measure: CanvasRenderingContext2D | null = null;
  const labelWidth = (label: string) => {
    measure ??= document.createElement('canvas').getContext('2d');
    if (!measure) return label.length * LABEL_STYLE.size * 0.6;
    measure.font = `${LABEL_STYLE.weight} ${LABEL_STYLE.size}px ${LABEL_STYLE.font}`;
    return measure.measureText(label).width;
  };
  /** An actor's reach at a camera state: the disc, and the label to its right. */
  const boxAt = (actorId: string, state?: CameraState): DrawnBox | null => {
    const d = sigma.getNodeDisplayData(actorId);
    if (!d || visibility.hiddenNodes.has(actorId)) return null;
    const p = sigma.framedGraphToViewport(d, state ? { cameraState: state } : {});
    const label = d.label ? LABEL_GAP + labelWidth(d.label) : 0;
    return {
      x: p.x,
      y: p.y,
      left: p.x - d.size,
      right: p.x + d.size + label,
      top: p.y - Math.max(d.size, LABEL_STYLE.size / 2),
      bottom: p.y + Math.max(d.size, LABEL_STYLE.size / 2),
    };
  };
  const fit = () => {
    const { width, height } = sigma.getDimensions();
    const region = options.freeRegion?.() ?? { left: 0, top: 0, right: width, bottom: height };
    const margin = 8;
    const items: FitItem[] = [];
    graph.forEachNode((n) => {
      // With actors marked (a path), the camera fits them.
      if (marked && !marked.has(n)) return;
      const b = boxAt(n, RESET_CAMERA);
      if (b)
        items.push({
          x: b.x,
          y: b.y,
          left: b.x - b.left,
          right: b.right - b.x,
          up: b.y - b.top,
          down: b.bottom - b.y,
        });
    });
    const centre = { x: width / 2, y: height / 2 };
    const result = fitItems(
      items,
      {
        left: region.left + margin,
        right: region.right - margin,
        top: region.top + margin,
        bottom: region.bottom - margin,
      },
      centre,
      items.length === 1 ? 0.6 : 1,
    );
    if (!result) return void camera.animatedReset({ duration: 300 });
    const q = { x: centre.x - result.tx / result.k, y: centre.y - result.ty / result.k };
    const g = sigma.viewportToFramedGraph(q, { cameraState: RESET_CAMERA });
    void camera.animate({ x: g.x, y: g.y, ratio: 1 / result.k, angle: 0 }, { duration: 300 });
  };
  const centre = (actorId: string) => {
    const display = sigma.getNodeDisplayData(actorId);
    if (!display) return;
    void camera.animate(
      { x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.6) },
      { duration: 500 },
    );
  };

  const explorer: Explorer = {
    graph,
    sigma,
    layout,
    picked,
    metrics: () => metrics,
    visibility: () => visibility,
    scale: () => scale,
    reducerInputs: inputs,
    async loadBase(f, mode = 'replace') {
      const json = await api.graph({
        types: f.actorTypes,
        relationTypes: f.relationTypes,
        // The server's quad-class filter drops structural relations (they have none): only narrow it there
        // when structural relations are off too; otherwise the visibility filter narrows on the client.
        quadClasses: f.structural ? undefined : f.quadClasses,
        from: f.from !== null ? firstDay(f.from) : undefined,
        to: f.to !== null ? lastDay(f.to) : undefined,
        minCount: f.minCount,
        limit: f.maxActors,
      });
      const result = mode === 'replace' ? explorer.replace(json) : explorer.merge(json);
      if (result.nodesPlaced.length) layout.settle();
    },
    merge(json) {
      const result = mergeGraphJson(graph, json);
      syncPins();
      onData();
      return result;
    },
    replace(json) {
      sigma.setCustomBBox(null);
      const result = replaceGraphJson(graph, json);
      syncPins();
      onData();
      return result;
    },
    async expand(actorId, relationTypes) {
      explorer.checkpoint();
      const result = explorer.merge(await api.neighbors(actorId, 1, relationTypes ?? undefined));
      if (result.nodesPlaced.length) layout.settle();
      return result;
    },
    async expandMany(actorIds) {
      explorer.checkpoint();
      let placed = 0;
      // One at a time: the neighbours route is a heavy one, with a bounded number of requests at once.
      for (const id of actorIds)
        placed += explorer.merge(await api.neighbors(id, 1)).nodesPlaced.length;
      if (placed) layout.settle();
    },
    async showActor(actorId) {
      explorer.checkpoint();
      if (!graph.hasNode(actorId)) {
        const json = await api.neighbors(actorId, 1).catch(() => null);
        if (json && explorer.merge(json).nodesPlaced.length) layout.settle();
      }
      view.dispatch({ type: 'select', selection: { kind: 'actor', id: actorId } });
      // Sigma draws the new data on the next frames; centre once it has.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      explorer.centreOn(actorId);
    },
    centreOn(actorId) {
      centre(actorId);
      afterLayout = layout.state.get().running
        ? () => {
            const s = view.get().selection;
            if (s?.kind === 'actor' && s.id === actorId) centre(actorId);
          }
        : null;
    },
    zoomIn: () => void camera.animatedZoom({ duration: 250 }),
    zoomOut: () => void camera.animatedUnzoom({ duration: 250 }),
    fit() {
      afterLayout = null;
      fit();
    },
    fitWhenSettled() {
      fit();
      afterLayout = layout.state.get().running ? fit : null;
    },
    cameraDue: () => afterLayout !== null,
    async setCamera(state) {
      afterLayout = null;
      // A fit under way would otherwise overwrite the state on its next frame.
      while (camera.isAnimated()) await new Promise((r) => requestAnimationFrame(r));
      camera.setState(state);
    },
    drawnBox: (actorId) => boxAt(actorId),
    highlight(actorIds) {
      marked = actorIds ? new Set(actorIds) : null;
      sigma.refresh({ skipIndexation: true });
    },
    setMeasures(next) {
      if (next === measures) return;
      measures = next;
      sigma.refresh();
    },
    checkpoint() {
      history.push({
        graph: graph.export(),
        view: { ...view.get(), hovered: null },
        camera: camera.getState(),
      });
      if (history.length > MAX_HISTORY) history.shift();
      notifyHistory();
    },
    canGoBack: () => history.length > 0,
    back() {
      const snapshot = history.pop();
      if (!snapshot) return;
      layout.stop();
      graph.clear();
      sigma.setCustomBBox(null);
      graph.import(snapshot.graph);
      view.dispatch({ type: 'replace', view: { ...snapshot.view, tab: view.get().tab } });
      onData();
      camera.animate(snapshot.camera, { duration: 300 });
      notifyHistory();
    },
    onHistoryChange(listener) {
      historyListeners.add(listener);
      return () => historyListeners.delete(listener);
    },
    onDataChange(listener) {
      dataListeners.add(listener);
      return () => dataListeners.delete(listener);
    },
    kill() {
      cancelAnimationFrame(dataFrame);
      boxSelect.teardown();
      offPicked();
      captor.off('mousemovebody', onMove);
      captor.off('mouseup', onUp);
      captor.off('mousedown', cancelAfterLayout);
      captor.off('wheel', cancelAfterLayout);
      offLayout();
      resizer.disconnect();
      offFilters();
      offView();
      layout.kill();
      sigma.kill();
      graph.removeAllListeners();
    },
  };
  return explorer;
}
