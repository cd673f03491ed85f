// The ForceAtlas2 layout in its web worker, owned here: start/stop, positions saved, killed on teardown.
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { cjsDefault } from './cjs-default.ts';
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
  /** Runs for a while, then stops and saves positions (used after new actors arrive). */
  runFor(ms: number): void;
  savePositions(): void;
  kill(): void;
}

export function createLayout(graph: EntenteGraph): LayoutController {
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
    supervisor = new FA2Layout(graph, {
      settings: {
        ...forceAtlas2.inferSettings(Math.max(order, 50)),
        barnesHutOptimize: order > 500,
        gravity: 1,
        scalingRatio: 8,
        slowDown: 5,
      },
      getEdgeWeight: (_e, a) => Math.log1p((a as { count?: number }).count ?? 1),
    });
    return supervisor;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saver: ReturnType<typeof setInterval> | undefined;

  const save = () =>
    savePositions(graph.mapNodes((n, a) => [n, a.x, a.y] as [string, number, number]));

  const stop = () => {
    clearTimeout(timer);
    clearInterval(saver);
    if (supervisor?.isRunning()) supervisor.stop();
    save();
    state.dispatch({ type: 'running', running: false });
  };
  const start = () => {
    if (graph.order === 0) return;
    const layout = worker();
    if (!layout.isRunning()) layout.start();
    clearInterval(saver);
    saver = setInterval(save, 3000);
    state.dispatch({ type: 'running', running: true });
  };
  const onUnload = () => save();
  window.addEventListener('beforeunload', onUnload);

  return {
    state,
    start,
    stop,
    toggle: () => (supervisor?.isRunning() ? stop() : start()),
    runFor(ms) {
      start();
      clearTimeout(timer);
      timer = setTimeout(stop, ms);
    },
    savePositions: save,
    kill() {
      clearTimeout(timer);
      clearInterval(saver);
      save();
      supervisor?.kill();
      supervisor = null;
      window.removeEventListener('beforeunload', onUnload);
    },
  };
}
