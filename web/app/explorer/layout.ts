// The ForceAtlas2 layout in web workers, owned here: settling runs, open runs, positions saved, killed on teardown.
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { cjsDefault } from './cjs-default.ts';
import {
  FA2_VALUES_PER_NODE,
  interceptPositions,
  iterationSettings,
  layoutMatrices,
} from './fa2-worker-adapter.ts';
import type { SettleMessage, SettleRequest } from './fa2-settle-worker.ts';
import type { EntenteGraph } from './graph-data.ts';
import { savePositions } from './positions.ts';
import { createStore } from '../state/store.ts';

const FA2Layout = cjsDefault(FA2LayoutModule);
const forceAtlas2 = cjsDefault(forceAtlas2Module);

export interface LayoutState {
  running: boolean;
}
export type LayoutAction = { type: 'running'; running: boolean };

export interface LayoutController {
  state: ReturnType<typeof createStore<LayoutState, LayoutAction>>;
  start(): void;
  stop(): void;
  toggle(): void;
  /**
   * Settles the graph (used after new actors arrive): a fixed number of iterations for its size
   * (settleIterations), then stops and saves positions. Counted in iterations, not time, so the same actors from the
   * same places settle in the same places on any machine at any load: with places seeded by actor id, the same URL
   * draws the same layout.
   */
  settle(): void;
  savePositions(): void;
  kill(): void;
}

/** What the layout needs from the renderer: redraw after positions were written (returns how long that took). */
export interface LayoutRenderer {
  /** Positions changed in place (no graph events): re-process and draw now; returns the milliseconds spent. */
  positionsChanged(): number;
}

const PPN = FA2_VALUES_PER_NODE;
const GRAPH_EVENTS = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const;
/** After a redraw that took t ms, the next one waits at least REDRAW_SPACING × t (at most MAX_REDRAW_GAP_MS). */
const REDRAW_SPACING = 3;
const MAX_REDRAW_GAP_MS = 400;

/** Iterations of a settling run: about 500,000 node-iterations, from 1,000 (small graphs) down to 150. */
export function settleIterations(order: number): number {
  return Math.min(1000, Math.max(150, Math.round(500_000 / Math.max(order, 1))));
}

/** ForceAtlas2's settings for a graph of this size (Barnes–Hut past 500 actors). */
function settingsFor(order: number) {
  return {
    ...forceAtlas2.inferSettings(Math.max(order, 50)),
    barnesHutOptimize: order > 500,
    // A coarser Barnes–Hut approximation on large graphs: far cheaper iterations, the same overall shape.
    barnesHutTheta: order > 2000 ? 1.2 : 0.5,
    gravity: 1,
    scalingRatio: 8,
    slowDown: 5,
  };
}
const edgeWeight = (_e: string, a: Record<string, unknown>) =>
  Math.log1p((a as { count?: number }).count ?? 1);

export function createLayout(graph: EntenteGraph, renderer?: LayoutRenderer): LayoutController {
  const state = createStore<LayoutState, LayoutAction>({ running: false }, (_s, a) => ({
    running: a.running,
  }));
  // The worker is made for the graph's size (Barnes–Hut past 500 actors) and remade when that changes a lot.
  let supervisor: InstanceType<typeof FA2Layout> | null = null;
  let madeFor = 0;
  const worker = () => {
    const order = graph.order;
    if (supervisor && order <= madeFor * 2 && order >= madeFor / 2) return supervisor;
    supervisor?.kill();
    madeFor = Math.max(order, 1);
    supervisor = new FA2Layout(graph, { settings: settingsFor(order), getEdgeWeight: edgeWeight });
    // Positions are applied at most once per animation frame (and, on large graphs, no more often than the
    // redraw they cost allows), not once per worker iteration.
    if (renderer) interceptPositions(supervisor, keepPositions);
    return supervisor;
  };

  // The newest positions from the worker, not yet written to the graph.
  let pending: Float32Array | null = null;
  let hasPending = false;
  let frame = 0;
  let notBefore = 0;
  const apply = () => {
    if (!hasPending || !pending) return;
    hasPending = false;
    // A result from before the graph changed (the worker is being respawned) no longer lines up.
    if (pending.length !== graph.order * PPN) return;
    let i = 0;
    const m = pending;
    // In place, without one graph event per node: sigma re-reads x and y when it re-processes, and the
    // reducers (which do not depend on position) need not run again. A dragged or pinned actor stays put.
    graph.forEachNode((_n, a) => {
      if (!a.fixed) {
        a.x = m[i];
        a.y = m[i + 1];
      }
      i += PPN;
    });
    const spent = renderer!.positionsChanged();
    notBefore = performance.now() + Math.min(spent * REDRAW_SPACING, MAX_REDRAW_GAP_MS);
  };
  const onFrame = () => {
    frame = 0;
    if (!hasPending) return;
    if (performance.now() < notBefore) frame = requestAnimationFrame(onFrame);
    else apply();
  };
  function keepPositions(matrix: Float32Array) {
    if (!pending || pending.length !== matrix.length) pending = new Float32Array(matrix.length);
    pending.set(matrix);
    hasPending = true;
    if (!frame) frame = requestAnimationFrame(onFrame);
  }
  let saver: ReturnType<typeof setInterval> | undefined;

  const save = () =>
    savePositions(graph.mapNodes((n, a) => [n, a.x, a.y] as [string, number, number]));

  // A settling run: its own worker, remade for each run (a change to the graph during one starts it again).
  let settler: Worker | null = null;
  let restart: ReturnType<typeof setTimeout> | undefined;
  const endSettling = () => {
    clearTimeout(restart);
    for (const event of GRAPH_EVENTS) graph.off(event, onGraphChange);
    settler?.terminate();
    settler = null;
  };
  const onGraphChange = () => {
    clearTimeout(restart);
    restart = setTimeout(runSettler, 0);
  };
  function runSettler() {
    settler?.terminate();
    if (graph.order === 0) return stop();
    const { nodes, edges } = layoutMatrices(graph, edgeWeight);
    const worker = new Worker(new URL('./fa2-settle-worker.ts', import.meta.url), {
      type: 'module',
    });
    settler = worker;
    worker.addEventListener('message', ({ data }: MessageEvent<SettleMessage>) => {
      if (settler !== worker) return;
      keepPositions(new Float32Array(data.nodes));
      if (data.done) stop();
    });
    const request: SettleRequest = {
      nodes: nodes.buffer as ArrayBuffer,
      edges: edges.buffer as ArrayBuffer,
      settings: iterationSettings(settingsFor(graph.order)),
      iterations: settleIterations(graph.order),
    };
    worker.postMessage(request, { transfer: [request.nodes, request.edges] });
  }

  const stop = () => {
    endSettling();
    clearInterval(saver);
    if (supervisor?.isRunning()) supervisor.stop();
    cancelAnimationFrame(frame);
    frame = 0;
    apply();
    save();
    state.dispatch({ type: 'running', running: false });
  };
  const start = () => {
    if (graph.order === 0) return;
    endSettling();
    const layout = worker();
    if (!layout.isRunning()) layout.start();
    clearInterval(saver);
    saver = setInterval(save, 3000);
    state.dispatch({ type: 'running', running: true });
  };
  const onUnload = () => {
    if (!settler) save();
  };
  window.addEventListener('beforeunload', onUnload);

  return {
    state,
    start,
    stop,
    toggle: () => (state.get().running ? stop() : start()),
    settle() {
      if (graph.order === 0) return;
      // An open run is stopped for it: a settling run starts from where the actors are now.
      if (supervisor?.isRunning()) supervisor.stop();
      clearInterval(saver);
      for (const event of GRAPH_EVENTS) graph.on(event, onGraphChange);
      runSettler();
      state.dispatch({ type: 'running', running: true });
    },
    savePositions: save,
    kill() {
      const settling = settler !== null;
      endSettling();
      clearInterval(saver);
      cancelAnimationFrame(frame);
      frame = 0;
      hasPending = false;
      // Half-settled places are not kept: the next visit settles again from the same starting places.
      if (!settling) save();
      supervisor?.kill();
      supervisor = null;
      window.removeEventListener('beforeunload', onUnload);
    },
  };
}
