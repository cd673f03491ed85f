// Headless Chromium (Debian's /usr/bin/chromium, software WebGL) against the built UI: what the browser tests
// and the large-graph bench share.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { PROJECT_ROOT } from '../graph/config.ts';

/** The built UI, as the API server serves it. */
export const DIST = path.join(PROJECT_ROOT, 'web', 'dist');
/** Screenshots and other by-products (git-ignored). */
export const ARTIFACTS = path.join(PROJECT_ROOT, 'tests', 'artifacts');
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
}

/** `npm test` builds before vitest; a lone run (a test file, the bench) builds when web/dist has no app yet. */
export function ensureUiBuilt(): void {
  const index = path.join(DIST, 'index.html');
  if (fs.existsSync(index) && fs.readFileSync(index, 'utf8').includes('/assets/')) return;
  execFileSync('npx', ['vite', 'build'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    timeout: 120_000,
  });
}
