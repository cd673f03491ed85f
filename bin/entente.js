#!/usr/bin/env node
// The `entente` command: the compiled bundle in dist/ (built on install, `npm start` and `npm test`) when no source
// is newer than it; otherwise, while the sources are being edited, the TypeScript itself through tsx.
import { fileURLToPath } from 'node:url';
import { builtAndFresh } from './build-stamp.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

if (builtAndFresh(ROOT)) {
  await import(new URL('../dist/cli.js', import.meta.url).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./cli.ts');
}
