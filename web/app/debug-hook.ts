// A read-only view of the explorer for tests and the console: window.__entente (counts, what the reducers draw).
import { drawnPixelCount } from './export/export-view.ts';
import type { FitRegion } from './explorer/camera-fit.ts';
import type { DrawnBox, Explorer } from './explorer/explorer.ts';
import type { FiltersStore } from './state/filters.ts';
import type { ViewStore } from './state/view.ts';

export interface DebugHook {
  readonly graph: { readonly order: number; readonly size: number };
  ready(): boolean;
  layoutRunning(): boolean;
  filters(): unknown;
  view(): unknown;
  /** The actors picked together (shift-click, box). */
  picked(): string[];
  /** Node keys the node reducer does not hide. */
  visibleNodes(): string[];
  /** Edges the edge reducer does not hide, with their data. */
  visibleEdges(): VisibleEdge[];
  nodeDisplay(key: string): unknown;
  /** The actor's layout position (graph coordinates), or null. */
  nodePosition(key: string): { x: number; y: number } | null;
  drawnPixels(): number;
  /** Where an actor and its label are drawn, in viewport pixels, or null when not drawn. */
  drawnBox(key: string): DrawnBox | null;
  /** The part of the stage not under the toolbar, banner and legend (viewport pixels). */
  freeRegion(): FitRegion;
  /** The camera moves, or will once the layout stops (a fit or centring is due). */
  cameraMoving(): boolean;
  /** The camera's state (x, y, ratio, angle). */
  camera(): { x: number; y: number; ratio: number; angle: number };
  /** Sigma's renders so far, and when (performance.now()) the largest graph yet was first drawn: for the bench. */
  renders(): RenderStats;
}

export interface RenderStats {
  count: number;
  largestOrder: number;
  largestAt: number;
}

export interface VisibleEdge {
  key: string;
  type: string;
  quadClass: string | null;
  count: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

declare global {
  interface Window {
    __entente?: DebugHook;
  }
}

export function exposeDebugHook(
  explorer: Explorer,
  filters: FiltersStore,
  view: ViewStore,
  ready: () => boolean,
  freeRegion: () => FitRegion,
): () => void {
  const { graph, sigma } = explorer;
  const renders: RenderStats = { count: 0, largestOrder: 0, largestAt: 0 };
  const onRender = () => {
    renders.count++;
    if (graph.order > renders.largestOrder) {
      renders.largestOrder = graph.order;
      renders.largestAt = performance.now();
    }
  };
  sigma.on('afterRender', onRender);
  const hook: DebugHook = Object.freeze({
    graph: Object.freeze({
      get order() {
        return graph.order;
      },
      get size() {
        return graph.size;
      },
    }),
    ready,
    layoutRunning: () => explorer.layout.state.get().running,
    filters: () => structuredClone(filters.get()),
    view: () => structuredClone(view.get()),
    picked: () => [...explorer.picked.get()],
    visibleNodes() {
      const reducer = sigma.getSetting('nodeReducer')!;
      return graph.filterNodes((n, a) => !reducer(n, a).hidden);
    },
    visibleEdges() {
      const reducer = sigma.getSetting('edgeReducer')!;
      return graph
        .filterEdges((e, a) => !reducer(e, a).hidden)
        .map((e) => {
          const a = graph.getEdgeAttributes(e);
          return {
            key: e,
            type: a.type,
            quadClass: a.quadClass,
            count: a.count,
            firstSeen: a.firstSeen,
            lastSeen: a.lastSeen,
          };
        });
    },
    nodeDisplay: (key: string) => structuredClone(sigma.getNodeDisplayData(key) ?? null),
    nodePosition: (key: string) =>
      graph.hasNode(key)
        ? { x: graph.getNodeAttribute(key, 'x'), y: graph.getNodeAttribute(key, 'y') }
        : null,
    drawnPixels: () => drawnPixelCount(sigma),
    drawnBox: (key: string) => explorer.drawnBox(key),
    freeRegion,
    cameraMoving: () => sigma.getCamera().isAnimated() || explorer.cameraDue(),
    camera: () => {
      const { x, y, ratio, angle } = sigma.getCamera().getState();
      return { x, y, ratio, angle };
    },
    renders: () => ({ ...renders }),
  });
  window.__entente = hook;
  return () => {
    sigma.off('afterRender', onRender);
    if (window.__entente === hook) delete window.__entente;
  };
}
