#!/usr/bin/env node
// The `entente` command: the compiled bundle in dist/ (built on install, `npm start` and `npm test`) when no source
// is newer than it; otherwise, while the sources are being edited, the TypeScript itself through tsx.
// `entente extract` starts from its start-up snapshot (bin/extract-snapshot.ts) when the build made one for this
// Node and no options were given to Node itself (a loader hook, an inspector: they are for the modules as loaded).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtAndFresh } from './build-stamp.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Runs `extract` from its snapshot in a child Node and ends with its outcome; false when there is no usable blob
 * or the child could not start (the modules then run here).
 */
async function extractFromSnapshot() {
  if (process.execArgv.length > 0) return false;
  const { SNAPSHOT_NODE_FLAGS, SNAPSHOT_SCRIPT, usableSnapshot } =
    await import('./extract-snapshot-files.js');
  const blob = usableSnapshot(ROOT);
  if (!blob) return false;
  const { spawnSync } = await import('node:child_process');
  const script = pathToFileURL(
    fileURLToPath(new URL(`../dist/${SNAPSHOT_SCRIPT}`, import.meta.url)),
  );
  // `extract` opens no TLS connection, and Node 20 reads and parses NODE_EXTRA_CA_CERTS's certificates as it
  // starts: with a system bundle named there, that is most of a Node start.
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const child = spawnSync(
    process.execPath,
    [...SNAPSHOT_NODE_FLAGS, '--snapshot-blob', blob, script.href, ...process.argv.slice(2)],
    { stdio: 'inherit', env },
  );
  if (child.error) return false;
  if (child.signal) process.kill(process.pid, child.signal);
  process.exitCode = child.status ?? 1;
  return true;
}

if (builtAndFresh(ROOT)) {
  if (process.argv[2] !== 'extract' || !(await extractFromSnapshot()))
    await import(new URL('../dist/cli.js', import.meta.url).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./cli.ts');
}
