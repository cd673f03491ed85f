#!/usr/bin/env node
// Compiles the `entente` command (CLI and server) into dist/: one ES module bundle with the project's TypeScript and
// JSON data inlined, packages left to node_modules (but compromise), and each command's heavy modules in chunks
// loaded on use; then the built-in rules and word lists checked (ingest/check-built-in-data.ts: a fault fails the
// build, since the bundle loads them unchecked) and the prepared actor index written beside the modules
// (ingest/actors/prepare-actor-index.ts).
// Run by `npm install` (prepare), `npm start` and `npm test`; bin/entente.js runs it when it is fresh.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SOURCE_DIRS, STAMP } from './build-stamp.js';
import {
  SNAPSHOT_BLOB,
  SNAPSHOT_INFO,
  SNAPSHOT_NODE_FLAGS,
  SNAPSHOT_SCRIPT,
} from './extract-snapshot-files.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'dist');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
// These are inlined: Node resolving and loading their hundreds of files one by one cost more at start-up than
// compiling one file (compromise alone about a third of a second).
const INLINED = ['compromise', 'neo4j-driver', 'chrono-node', 'zod', 'yaml', 'commander'];
const EXTERNAL = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter(
  (name) => !INLINED.includes(name),
);

const esbuild = await import('esbuild').catch(() => null);
if (!esbuild) {
  console.error(
    'entente/bin/build-cli: esbuild is not installed; `entente` runs the TypeScript through tsx',
  );
  process.exit(0);
}

/** What Node's output says of why it failed: its error (a V8 fatal error is two lines), not the warnings before it. */
function failure(output) {
  const lines = output.split('\n').filter((line) => line.replace('#', '').trim());
  const at = lines.findIndex((line) => /error/i.test(line) && !/warning/i.test(line));
  if (at < 0) return lines[0];
  return lines[at].startsWith('#')
    ? `${lines[at]} ${lines[at + 1] ?? ''}`.replace(/#\s*/g, '').trim()
    : lines[at];
}

/**
 * The script with each character past ASCII written as its \u escape: V8 holds a source with one such character
 * (esbuild leaves them in regular expression literals: dashes, quotes) at two bytes a character. An escape means
 * the same code unit in a string, a regular expression or a name.
 */
const asciiOnly = (code) =>
  code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * `entente extract`'s start-up snapshot (bin/extract-snapshot.ts): one CommonJS script with every package inlined (a
 * snapshot's script can require only Node's own modules), run by Node to write the blob, and the Node version and
 * project root it holds beside it. A snapshot that cannot be built is left out: `extract` then starts as the rest.
 */
async function buildExtractSnapshot(dir) {
  const script = path.join(dir, SNAPSHOT_SCRIPT);
  try {
    const { outputFiles } = await esbuild.build({
      entryPoints: [path.join(ROOT, 'bin', 'extract-snapshot.ts')],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      outfile: script,
      write: false,
      logLevel: 'error',
      // V8 keeps the script's source in the heap, so in the blob each start reads: without comments and
      // indentation it is 2.9 MB rather than 4.5 MB.
      minifyWhitespace: true,
      legalComments: 'none',
      // Read when called, so a module finds the files beside it in dist/ as it is when the blob starts.
      define: {
        ENTENTE_DATA_CHECKED_AT_BUILD: 'true',
        'import.meta.url': 'globalThis.__ententeModuleUrl',
      },
      banner: {
        js: "globalThis.__ententeModuleUrl = require('node:url').pathToFileURL(__filename).href;",
      },
    });
    fs.writeFileSync(script, asciiOnly(outputFiles[0].text));
    execFileSync(
      process.execPath,
      [
        ...SNAPSHOT_NODE_FLAGS,
        '--snapshot-blob',
        path.join(dir, SNAPSHOT_BLOB),
        '--build-snapshot',
        script,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    fs.writeFileSync(
      path.join(dir, SNAPSHOT_INFO),
      JSON.stringify({ node: process.version, root: ROOT }),
    );
  } catch (error) {
    console.error(
      `entente/bin/build-cli: no start-up snapshot for extract (it starts without): ${failure(
        String(error.stderr ?? error.message),
      )}`,
    );
  }
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
      // Run once below, to write the prepared actor index.
      'prepare-actor-index': path.join(ROOT, 'ingest', 'actors', 'prepare-actor-index.ts'),
      // Run once below: the bundle loads the built-in rules and word lists without checking them.
      'check-built-in-data': path.join(ROOT, 'ingest', 'check-built-in-data.ts'),
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // Flat: ingest/project-root.ts finds the project root one level above its module, in ingest/ or in dist/.
    outdir: staging,
    chunkNames: '[name]-[hash]',
    sourcemap: 'linked',
    logLevel: 'warning',
    // ingest/checked-on-load.ts: the checks run here, at build time, not at each start.
    define: { ENTENTE_DATA_CHECKED_AT_BUILD: 'true' },
    // The inlined CommonJS packages require Node's own modules.
    banner: {
      js: "import { createRequire as __entente_createRequire } from 'node:module'; const require = __entente_createRequire(import.meta.url);",
    },
  });
  const { checkBuiltInData } = await import(
    pathToFileURL(path.join(staging, 'check-built-in-data.js')).href
  );
  checkBuiltInData();
  const { writePreparedActorIndex } = await import(
    pathToFileURL(path.join(staging, 'prepare-actor-index.js')).href
  );
  writePreparedActorIndex(staging);
  await buildExtractSnapshot(staging);
  fs.writeFileSync(path.join(staging, STAMP), `${SOURCE_DIRS.join('\n')}\n`);
  const old = `${OUT}.old-${process.pid}`;
  if (fs.existsSync(OUT)) fs.renameSync(OUT, old);
  fs.renameSync(staging, OUT);
  fs.rmSync(old, { recursive: true, force: true });
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
