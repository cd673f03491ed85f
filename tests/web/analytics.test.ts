// Analytics in a real browser: actors sized and coloured by the measures /api/analytics computes for the filters'
// period, the ranking table and the named blocs; expectations are read from the API, not written down.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BlocsResult, CentralityRow } from '../../web/app/api/types.ts';
import { _open, _pageErrors, _screenshot, _withSampleExplorer } from './_browser.ts';

const env = _withSampleExplorer();
/** A condition waited for: the first measure also starts its thread, which takes a while on a busy machine. */
const WAIT = { timeout: 30_000 };

async function analytics<T>(measure: string, params: Record<string, string>): Promise<T> {
  const query = new URLSearchParams({ rollUp: 'false', ...params });
  const response = await fetch(`${env.server.url}/api/analytics/${measure}?${query}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: T }).data;
}

const ranking = (params: Record<string, string> = {}) =>
  analytics<CentralityRow[]>('centrality', { limit: '5000', ...params });

/** Drawn actors and the size the node reducer gives each. */
const drawnSizes = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() =>
    Object.fromEntries(
      window
        .__entente!.visibleNodes()
        .map((n) => [n, (window.__entente!.nodeDisplay(n) as { size: number }).size]),
    ),
  );

/** Pairs of drawn actors whose sizes are not ordered as the measure orders them (0 once the sizes follow it). */
function misorderedPairs(sizes: Record<string, number>, value: Map<string, number>): number {
  const ids = Object.keys(sizes);
  let wrong = 0;
  for (const a of ids)
    for (const b of ids) {
      const [va, vb] = [value.get(a) ?? 0, value.get(b) ?? 0];
      if (va > vb && !(sizes[a] > sizes[b])) wrong++;
      if (va === vb && sizes[a] !== sizes[b]) wrong++;
    }
  return wrong;
}

describe('analytics in the explorer', () => {
  it('sizes actors by betweenness, PageRank and weighted degree of the period, as the API computes them', async () => {
    const period = { from: '2022-01-01', to: '2022-12-31' };
    const [inPeriod, allDates] = await Promise.all([ranking(period), ranking()]);
    const page = await _open(env.browser, env.server.url, '#from=2022-01&to=2022-12');
    try {
      const before = await drawnSizes(page);
      const drawn = Object.keys(before);
      const betweenness = new Map(inPeriod.map((r) => [r.id, r.betweenness]));
      expect(Math.max(...drawn.map((n) => betweenness.get(n) ?? 0))).toBeGreaterThan(0);
      // The period matters: over all dates the drawn actors would be ordered otherwise.
      expect(
        misorderedPairs(
          Object.fromEntries(drawn.map((n) => [n, betweenness.get(n) ?? 0])),
          new Map(allDates.map((r) => [r.id, r.betweenness])),
        ),
      ).toBeGreaterThan(0);

      await page.getByLabel('Size by').selectOption('betweenness');
      await expect
        .poll(async () => misorderedPairs(await drawnSizes(page), betweenness), WAIT)
        .toBe(0);
      expect(page.url()).toContain('size=betweenness');
      const after = await drawnSizes(page);
      expect(drawn.some((n) => after[n] !== before[n])).toBe(true);
      await expect.poll(() => page.locator('.legend').textContent(), WAIT).toContain('Betweenness');

      for (const [mode, value] of [
        ['pagerank', (r: CentralityRow) => r.pagerank],
        ['weightedDegree', (r: CentralityRow) => r.degree],
      ] as const) {
        await page.getByLabel('Size by').selectOption(mode);
        const byMode = new Map(inPeriod.map((r) => [r.id, value(r)]));
        await expect
          .poll(async () => misorderedPairs(await drawnSizes(page), byMode), WAIT)
          .toBe(0);
      }
      expect(_pageErrors(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('lists the ranking as a sortable table whose rows select the actor', async () => {
    const rows = await ranking();
    const page = await _open(env.browser, env.server.url, '#tab=analytics');
    try {
      const table = page.locator('.analytics-ranking table');
      const firstActor = () =>
        table.locator('tbody tr').first().locator('td').first().textContent();
      await expect.poll(firstActor, WAIT).toBe(rows[0].name);
      expect(await table.locator('tbody tr').count()).toBe(rows.length);

      await table.getByRole('button', { name: 'Betweenness' }).click();
      const byBetweenness = [...rows].sort((a, b) => b.betweenness - a.betweenness);
      await expect.poll(firstActor, WAIT).toBe(byBetweenness[0].name);
      expect(await table.locator('th', { hasText: 'Betweenness' }).getAttribute('aria-sort')).toBe(
        'descending',
      );

      await table.locator('tbody tr').first().locator('td button').click();
      await expect
        .poll(() => page.evaluate(() => window.__entente!.view()))
        .toMatchObject({ selection: { kind: 'actor', id: byBetweenness[0].id } });
      await _screenshot(page, 'analytics-ranking');
      expect(_pageErrors(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('colours actors by cooperation bloc, the legend naming the blocs with the modularity', async () => {
    const found = await analytics<BlocsResult>('blocs', { minSize: '2' });
    const blocs = found.cooperation.blocs;
    expect(blocs.length).toBeGreaterThan(1);
    const page = await _open(env.browser, env.server.url, '#colour=bloc&tab=analytics');
    try {
      await expect
        .poll(() => page.locator('.legend').textContent(), WAIT)
        .toContain(`Cooperation blocs (modularity ${found.cooperation.modularity.toFixed(2)})`);
      const legendNames = await page.locator('.legend li.bloc').allTextContents();
      expect(legendNames).toEqual(
        blocs.slice(0, legendNames.length).map((b) => `${b.name}’s (${b.members.length})`),
      );
      expect(legendNames.length).toBe(Math.min(6, blocs.length));

      // Actors of one bloc share a colour, and no two blocs do.
      const colours = await page.evaluate(() =>
        Object.fromEntries(
          window
            .__entente!.visibleNodes()
            .map((n) => [n, (window.__entente!.nodeDisplay(n) as { color: string }).color]),
        ),
      );
      const blocColours = blocs.map(
        (b) => new Set(b.members.filter((m) => m.id in colours).map((m) => colours[m.id])),
      );
      for (const set of blocColours) expect(set.size).toBeLessThanOrEqual(1);
      const distinct = blocColours.filter((s) => s.size === 1).map((s) => [...s][0]);
      expect(new Set(distinct).size).toBe(distinct.length);
      expect(distinct.length).toBeGreaterThan(1);

      // The tab lists every bloc with its members.
      const items = page.locator('.bloc-item');
      expect(await items.count()).toBe(blocs.length);
      expect(await items.first().locator('.actor-chip').allTextContents()).toEqual(
        blocs[0].members.map((m) => m.name),
      );
      await expect(page.locator('.analytics-blocs h3').textContent()).resolves.toContain(
        found.cooperation.modularity.toFixed(2),
      );
      // And the signed blocs, where conflict pushes apart, with the frustration left.
      const signed = found.signed.blocs;
      expect(signed.length).toBeGreaterThan(0);
      await expect(page.locator('.analytics-signed-blocs h3').textContent()).resolves.toBe(
        `Signed blocs · frustration ${found.signed.frustration}`,
      );
      const signedItems = page.locator('.signed-bloc-item');
      expect(await signedItems.count()).toBe(signed.length);
      expect(await signedItems.locator('h4').allTextContents()).toEqual(
        signed.map((b) => `${b.name}’s bloc · ${b.members.length} actors`),
      );
      await _screenshot(page, 'analytics-blocs');
      expect(_pageErrors(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
