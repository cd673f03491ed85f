// The layout in a real browser: the same URL opened twice, in two fresh browsers (no saved positions), draws every
// actor in the same place; a reload in the same browser keeps the places it saved.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { _open, _pageErrors, _settle, _withSampleExplorer } from './_browser.ts';

const env = _withSampleExplorer();

/** Every actor's layout position (graph coordinates), by id, once the layout has stopped. */
async function settledPositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  await _settle(page, 60_000);
  return page.evaluate(() => {
    const hook = window.__entente!;
    const ids = hook.visibleNodes().sort();
    return Object.fromEntries(ids.map((id) => [id, hook.nodePosition(id)!]));
  });
}

/** The largest distance between an actor's two places, relative to the spread of the first layout. */
function largestMove(
  a: Record<string, { x: number; y: number }>,
  b: Record<string, { x: number; y: number }>,
): number {
  const xs = Object.values(a).map((p) => p.x);
  const ys = Object.values(a).map((p) => p.y);
  const spread = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  let most = 0;
  for (const [id, p] of Object.entries(a)) {
    const q = b[id];
    most = Math.max(most, q ? Math.hypot(p.x - q.x, p.y - q.y) / spread : Infinity);
  }
  return most;
}

describe('layout across loads', () => {
  it('the same URL in two fresh browsers puts every actor in the same place', async () => {
    // A filtered URL as well as the plain one: the layout depends only on what the URL shows.
    for (const hash of ['', '#quad=VERBAL_CONFLICT%2CMATERIAL_CONFLICT&from=2020']) {
      const first = await _open(env.browser, env.server.url, hash);
      const a = await settledPositions(first);
      expect(_pageErrors(first)).toEqual([]);
      await first.context().close();
      const second = await _open(env.browser, env.server.url, hash);
      const b = await settledPositions(second);
      await second.context().close();
      expect(Object.keys(a).length, hash).toBeGreaterThan(10);
      expect(Object.keys(b), hash).toEqual(Object.keys(a));
      expect(largestMove(a, b), hash).toBeLessThan(1e-4);
    }
  });

  it('a reload in the same browser keeps every place, and runs no layout', async () => {
    const page = await _open(env.browser, env.server.url);
    try {
      const before = await settledPositions(page);
      await page.reload();
      await page.waitForFunction(() => window.__entente?.ready() === true, null, {
        timeout: 60_000,
      });
      expect(await page.evaluate(() => window.__entente!.layoutRunning())).toBe(false);
      const after = await settledPositions(page);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      expect(largestMove(before, after)).toBeLessThan(1e-3);
    } finally {
      await page.context().close();
    }
  });
});
