// The ForceAtlas2 adapter reaches into the library's worker supervisor: pinned to the version it was written for,
// and checked against that version's supervisor and against a stand-in worker.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import {
  FA2_INTERNALS_VERSION,
  FA2_VALUES_PER_NODE,
  interceptPositions,
  iterationSettings,
} from '../../../web/app/explorer/fa2-worker-adapter.ts';

const require = createRequire(import.meta.url);
const library = (file: string) => require.resolve(`graphology-layout-forceatlas2/${file}`);

describe('ForceAtlas2 worker adapter', () => {
  it('was written for the installed graphology-layout-forceatlas2, which package.json pins exactly', () => {
    const installed = JSON.parse(fs.readFileSync(library('package.json'), 'utf8')).version;
    const pinned = JSON.parse(fs.readFileSync('package.json', 'utf8')).dependencies[
      'graphology-layout-forceatlas2'
    ];
    expect(installed).toBe(FA2_INTERNALS_VERSION);
    expect(pinned).toBe(FA2_INTERNALS_VERSION);
  });

  it("matches that version's supervisor: its members and the node matrix layout", () => {
    const Supervisor = require('graphology-layout-forceatlas2/worker.js');
    expect(typeof Supervisor.prototype.handleMessage).toBe('function');
    expect(typeof Supervisor.prototype.askForIterations).toBe('function');
    const source = fs.readFileSync(library('worker.js'), 'utf8');
    for (const member of ['this.worker', 'this.matrices', 'this.running', 'this.handleMessage'])
      expect(source).toContain(member);
    expect(fs.readFileSync(library('helpers.js'), 'utf8')).toContain(
      `var PPN = ${FA2_VALUES_PER_NODE};`,
    );
    // What a settling run uses: the default settings, the matrices and one iteration over them.
    const read = fs.readFileSync(library('iterate.js'), 'utf8').matchAll(/options\.(\w+)/g);
    const settings = iterationSettings({ gravity: 2 });
    for (const [, name] of read) expect(settings, name).toHaveProperty(name);
    expect(settings.gravity).toBe(2);
    expect(typeof require('graphology-layout-forceatlas2/helpers.js').graphToByteArrays).toBe(
      'function',
    );
    expect(typeof require('graphology-layout-forceatlas2/iterate.js')).toBe('function');
  });

  it('hands each result to the page, gives the buffer back and asks for more, and only while running', () => {
    const worker = new EventTarget();
    const original = vi.fn();
    const supervisor = {
      worker,
      running: true,
      matrices: { nodes: new Float32Array(FA2_VALUES_PER_NODE) },
      handleMessage: original,
      askForIterations: vi.fn(),
    };
    worker.addEventListener('message', original);
    const received: number[][] = [];
    interceptPositions(supervisor, (nodes) => received.push([...nodes.slice(0, 2)]));

    const result = new Float32Array(FA2_VALUES_PER_NODE);
    result.set([3, 4]);
    worker.dispatchEvent(new MessageEvent('message', { data: { nodes: result.buffer } }));
    expect(received).toEqual([[3, 4]]);
    expect(supervisor.matrices.nodes.buffer).toBe(result.buffer);
    expect(supervisor.askForIterations).toHaveBeenCalledTimes(1);
    expect(original).not.toHaveBeenCalled();
    // A respawned worker listens with the supervisor's handleMessage: the intercepting one.
    expect(supervisor.handleMessage).not.toBe(original);

    supervisor.running = false;
    worker.dispatchEvent(new MessageEvent('message', { data: { nodes: result.buffer } }));
    expect(received).toHaveLength(1);
  });
});
