// The one place that reaches into graphology-layout-forceatlas2's internals: it takes over the worker supervisor's
// message handler so positions reach the page when the page asks, not once per worker iteration, and builds the
// matrices a settling run (fa2-settle-worker.ts, with the library's iterate.js) iterates over.
// Written against the version below; tests/web/explorer/fa2-worker-adapter.test.ts fails when it changes.
import defaultsModule from 'graphology-layout-forceatlas2/defaults.js';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { AbstractGraph } from 'graphology-types';
import { cjsDefault } from './cjs-default.ts';

/** The graphology-layout-forceatlas2 version whose internals this adapter was written for. */
export const FA2_INTERNALS_VERSION = '0.10.1';

/** Values per node in the worker's node matrix (helpers.js `PPN`): x and y come first. */
export const FA2_VALUES_PER_NODE = 10;

/** The supervisor's (FA2LayoutSupervisor in worker.js) members the adapter uses. */
interface SupervisorInternals {
  worker: Worker | null;
  running: boolean;
  matrices: { nodes: Float32Array } | null;
  handleMessage(event: MessageEvent<{ nodes: ArrayBuffer }>): void;
  askForIterations(withEdges?: boolean): void;
}

/**
 * From now on, each result the worker sends goes to `onPositions` (a node matrix the callee may keep only for the
 * call), and the buffer goes back to the worker at once, so the layout keeps iterating while the page draws. The
 * supervisor does not write positions into the graph itself any more: that is the callee's job.
 */
export function interceptPositions(
  supervisor: object,
  onPositions: (nodes: Float32Array) => void,
): void {
  const s = supervisor as SupervisorInternals;
  const onMessage = (event: MessageEvent<{ nodes: ArrayBuffer }>) => {
    if (!s.running || !s.matrices) return;
    const matrix = new Float32Array(event.data.nodes);
    onPositions(matrix);
    s.matrices.nodes = matrix;
    s.askForIterations();
  };
  s.worker?.removeEventListener('message', s.handleMessage);
  // spawnWorker() (after the graph changes) listens with this.handleMessage: the intercepting one from now on.
  s.handleMessage = onMessage;
  s.worker?.addEventListener('message', onMessage);
}

/** The node and edge matrices of the library's iteration, in the graph's node and edge order. */
export function layoutMatrices(
  graph: AbstractGraph,
  getEdgeWeight: (edge: string, attributes: Record<string, unknown>) => number,
): { nodes: Float32Array; edges: Float32Array } {
  return graphToByteArrays(graph, getEdgeWeight);
}

/** Every setting one iteration reads: the library's defaults under the given ones (as its supervisor merges them). */
export function iterationSettings(settings: ForceAtlas2Settings): Required<ForceAtlas2Settings> {
  return { ...cjsDefault(defaultsModule), ...settings };
}
