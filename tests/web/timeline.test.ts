// The timeline under the graph, in a real browser: statements per month stacked by quad class, a brush that
// sets the period at month precision (the server then draws that period), and a play button that steps it.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QUAD_CLASS_STYLES } from '../../web/app/explorer/palette.ts';
import { _open, _pageErrors, _screenshot, _withSampleExplorer } from './_browser.ts';

const env = _withSampleExplorer();

const period = (page: Page) =>
  page.evaluate(() => {
    const f = window.__entente!.filters() as { from: string | null; to: string | null };
    return { from: f.from, to: f.to };
  });

describe('timeline', () => {
  it('stacks the statements of each month by quad class, in the legend’s colours', async () => {
    const page = await _open(env.browser, env.server.url);
    try {
      const bars = page.locator('.timeline rect.bar');
      await bars.first().waitFor();
      const drawn = await bars.evaluateAll((rects) =>
        rects.map((r) => ({
          quad: r.getAttribute('data-quad')!,
          count: Number(r.getAttribute('data-count')),
          fill: r.getAttribute('fill')!,
          month: r.parentElement!.getAttribute('data-month')!,
        })),
      );
      const counts = await env.db.run(
        `MATCH (s:Statement) WHERE s.quadClass IS NOT NULL AND s.date IS NOT NULL
         RETURN left(s.date, 7) AS month, s.quadClass AS quad, count(s) AS n`,
      );
      const expected = counts.records
        .map((r) => `${r.get('month')} ${r.get('quad')} ${r.get('n')}`)
        .sort();
      expect(drawn.map((b) => `${b.month} ${b.quad} ${b.count}`).sort()).toEqual(expected);
      const colour = new Map<string, string>(QUAD_CLASS_STYLES.map((s) => [s.id, s.color]));
      expect(drawn.every((b) => b.fill === colour.get(b.quad))).toBe(true);
      expect(_pageErrors(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('brushing a stretch of months sets the period to those months and the server draws only that period', async () => {
    const page = await _open(env.browser, env.server.url);
    try {
      const svg = page.locator('.timeline svg');
      await svg.waitFor();
      const box = (await svg.boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.4);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.4, { steps: 6 });
      await page.mouse.up();
      await expect.poll(() => period(page).then((p) => p.from)).toMatch(/^\d{4}-\d{2}$/);
      const { from, to } = await period(page);
      expect(to).toMatch(/^\d{4}-\d{2}$/);
      expect(from! <= to!).toBe(true);
      expect(page.url()).toContain(`from=${from}`);
      expect(page.url()).toContain(`to=${to}`);
      await page.waitForFunction(() => window.__entente!.ready());
      const edges = await page.evaluate(() => window.__entente!.visibleEdges());
      expect(edges.length).toBeGreaterThan(0);
      for (const e of edges.filter((x) => x.firstSeen)) {
        expect(e.lastSeen!.slice(0, 7) >= from!, e.key).toBe(true);
        expect(e.firstSeen!.slice(0, 7) <= to!, e.key).toBe(true);
      }
      expect(await page.locator('.timeline-summary').textContent()).toMatch(
        new RegExp(`^${from} to ${to}: \\d+ statements`),
      );
      await _screenshot(
        page,
        'timeline',
        process.env.ENTENTE_UPDATE_SCREENSHOT ? path.resolve('docs/timeline.png') : undefined,
      );
    } finally {
      await page.context().close();
    }
  });

  it('play steps the period forward a month at a time; pause stops it', async () => {
    const page = await _open(env.browser, env.server.url, '#from=2016-01&to=2016-06');
    try {
      const play = page.locator('#timeline-play');
      await play.click();
      expect(await play.getAttribute('aria-pressed')).toBe('true');
      await expect
        .poll(() => period(page), { timeout: 10_000 })
        .toEqual({
          from: '2016-03',
          to: '2016-08',
        });
      await play.click();
      expect(await play.getAttribute('aria-pressed')).toBe('false');
      const paused = await period(page);
      await page.waitForFunction(() => window.__entente!.ready());
      expect(await period(page)).toEqual(paused);
    } finally {
      await page.context().close();
    }
  });
});
