// A settling ForceAtlas2 run in a worker of its own: all its iterations in one go, with copies of the positions
// posted as it goes. The library's supervisor asks for one iteration per message, a round trip to the page each,
// which on a loaded machine costs far more than the iteration itself.
import iterateModule from 'graphology-layout-forceatlas2/iterate.js';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { cjsDefault } from './cjs-default.ts';

const iterate = cjsDefault(iterateModule);
/** A copy of the positions goes to the page at most this often (the page draws them; the result does not depend on it). */
const PROGRESS_MS = 50;

export interface SettleRequest {
  nodes: ArrayBuffer;
  edges: ArrayBuffer;
  settings: ForceAtlas2Settings;
  iterations: number;
}

export interface SettleMessage {
  nodes: ArrayBuffer;
  /** True on the last message: the positions after every iteration. */
  done: boolean;
}

const post = (message: SettleMessage) => postMessage(message, { transfer: [message.nodes] });

addEventListener('message', (event: MessageEvent<SettleRequest>) => {
  const { settings, iterations } = event.data;
  const nodes = new Float32Array(event.data.nodes);
  const edges = new Float32Array(event.data.edges);
  let posted = performance.now();
  for (let i = 1; i < iterations; i++) {
    iterate(settings, nodes, edges);
    if (performance.now() - posted >= PROGRESS_MS) {
      posted = performance.now();
      post({ nodes: nodes.slice().buffer, done: false });
    }
  }
  if (iterations > 0) iterate(settings, nodes, edges);
  post({ nodes: nodes.buffer, done: true });
});
