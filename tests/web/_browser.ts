// Browser-test helpers: the app opened in headless Chromium against the real API server, readiness, screenshots.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { Database } from '../../graph/database.ts';
import { ARTIFACTS, DIST, ensureUiBuilt, launchChromium } from '../../web/headless-chromium.ts';
import { startServer } from '../../web/server/index.ts';
import { useSampleCorpus } from '../setup/sample-corpus.ts';

export { ARTIFACTS, DIST };
export const _launch = launchChromium;
export const _ensureBuilt = ensureUiBuilt;

/** Opens the app in a fresh context (no shared localStorage) and waits until the first graph is loaded. */
export async function _open(browser: Browser, baseUrl: string, hash = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { _errors?: string[] })._errors = errors;
  await page.goto(`${baseUrl}/${hash}`);
  // Not the 20 s default: a file's first page meets a cold server, and this shared machine is often loaded.
  await page.waitForFunction(() => window.__entente?.ready() === true, null, { timeout: 60_000 });
  return page;
}

export const _pageErrors = (page: Page): string[] =>
  (page as Page & { _errors?: string[] })._errors ?? [];

/** Waits for the layout to settle so screenshots are not mid-motion. */
export async function _settle(page: Page, ms = 4000): Promise<void> {
  await page.waitForFunction(() => !window.__entente?.layoutRunning(), null, {
    timeout: ms + 10_000,
  });
  // Two animation frames: sigma has drawn the last positions.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

export async function _screenshot(page: Page, name: string, also?: string): Promise<Buffer> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const png = await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
  if (also) {
    fs.mkdirSync(path.dirname(also), { recursive: true });
    fs.writeFileSync(also, png);
  }
  return png;
}

/** Counts non-background pixels of a PNG inside a page region, decoding it in the browser. */
export async function _inkedPixels(
  page: Page,
  png: Buffer,
  region: { x: number; y: number; width: number; height: number },
): Promise<number> {
  return page.evaluate(
    async ({ data, region }) => {
      // An <img> (CSP allows data: images, not data: fetches).
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = region.width;
      canvas.height = region.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(
        image,
        region.x,
        region.y,
        region.width,
        region.height,
        0,
        0,
        region.width,
        region.height,
      );
      const pixels = ctx.getImageData(0, 0, region.width, region.height).data;
      let inked = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (pixels[i] < 235 || pixels[i + 1] < 235 || pixels[i + 2] < 235) inked++;
      }
      return inked;
    },
    { data: png.toString('base64'), region },
  );
}

/** The sample corpus in the test Neo4j, the API server on a free port and Chromium: what most browser tests use. */
export interface SampleExplorer {
  db: Database;
  browser: Browser;
  server: { url: string; close(): Promise<void> };
}

/** Registers the hooks that start (and stop) a SampleExplorer for the calling test file; read it inside tests. */
export function _withSampleExplorer(): SampleExplorer {
  const env = {} as SampleExplorer;
  beforeAll(async () => {
    ensureUiBuilt();
    env.db = new Database();
    await useSampleCorpus();
    env.server = await startServer({ db: env.db, host: '127.0.0.1', port: 0, staticDir: DIST });
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
    await env.db?.close();
  });
  return env;
}
