// Starts a worker thread from a module beside its caller: in the compiled CLI the worker is a .js file beside the
// caller's chunk in dist/; from the sources (tests, tsx) it is TypeScript, and a small bootstrap registers tsx in the
// new thread first (Node 20 does not pass loader hooks to workers).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** tsx's ES module API (its CommonJS twin cannot register the ESM hooks). */
function tsxApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: string | { default: string } }>;
  };
  const entry = pkg.exports['./esm/api'].import;
  const file = typeof entry === 'string' ? entry : entry.default;
  return pathToFileURL(path.join(path.dirname(manifest), file)).href;
}

/** `startWorker(import.meta.url, 'extract-worker', data)`: the worker module named, beside the caller. */
export function startWorker(callerUrl: string, name: string, workerData?: unknown): Worker {
  const fromSource = callerUrl.endsWith('.ts');
  const script = new URL(`./${name}.${fromSource ? 'ts' : 'js'}`, callerUrl);
  if (!fromSource) return new Worker(script, { workerData });
  const bootstrap = `import(${JSON.stringify(tsxApi())})
    .then(({ register }) => { register(); return import(${JSON.stringify(script.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}
