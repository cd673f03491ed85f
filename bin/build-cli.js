#!/usr/bin/env node
// Compiles the `entente` command (CLI and server) into dist/: one ES module bundle with the project's TypeScript and
// JSON data inlined, packages left to node_modules, and each command's heavy modules in chunks loaded on use.
// Run by `npm install` (prepare), `npm start` and `npm test`; bin/entente.js runs it when it is fresh.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOURCE_DIRS, STAMP } from './build-stamp.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'dist');

const esbuild = await import('esbuild').catch(() => null);
if (!esbuild) {
  console.error(
    'entente/bin/build-cli: esbuild is not installed; `entente` runs the TypeScript through tsx',
  );
  process.exit(0);
}

// Built beside dist/ and swapped in, so a command starting meanwhile never sees half a build.
const staging = fs.mkdtempSync(path.join(ROOT, '.dist-'));
try {
  await esbuild.build({
    entryPoints: {
      cli: path.join(ROOT, 'bin', 'cli.ts'),
      // Started by pipeline/extract-pool.ts from beside its own chunk.
      'extract-worker': path.join(ROOT, 'pipeline', 'extract-worker.ts'),
      // Started by queries/analytics/measure-pool.ts the same way.
      'measure-worker': path.join(ROOT, 'queries', 'analytics', 'measure-worker.ts'),
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    // Flat: graph/config.ts finds the project root one level above its module, in graph/ or in dist/.
    outdir: staging,
    chunkNames: '[name]-[hash]',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  fs.writeFileSync(path.join(staging, STAMP), `${SOURCE_DIRS.join('\n')}\n`);
  const old = `${OUT}.old-${process.pid}`;
  if (fs.existsSync(OUT)) fs.renameSync(OUT, old);
  fs.renameSync(staging, OUT);
  fs.rmSync(old, { recursive: true, force: true });
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
