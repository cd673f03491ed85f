// Keyboard and screen-reader access in a real browser: skip links first in the tab order, and the list of the
// actors and relations shown (sortable, filterable) whose rows open what they name.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { _open, _pageErrors, _screenshot, _withSampleExplorer } from './_browser.ts';

const env = _withSampleExplorer();

const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || '');

describe('keyboard access and the list of what is shown', () => {
  it('skip links come first and move the focus without touching the view in the URL', async () => {
    const page = await _open(
      env.browser,
      env.server.url,
      '#quad=VERBAL_CONFLICT%2CMATERIAL_CONFLICT',
    );
    try {
      const hash = new URL(page.url()).hash;
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('Skip to search');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('Skip to graph');
      await page.keyboard.press('Enter');
      expect(await focused(page)).toBe('graph');
      await page.locator('a.skip-link', { hasText: 'Skip to search' }).focus();
      await page.keyboard.press('Enter');
      expect(await focused(page)).toBe('actor-search');
      await page.locator('a.skip-link', { hasText: 'Skip to the list' }).focus();
      await page.keyboard.press('Enter');
      expect(await focused(page)).toBe('tab-list');
      expect(await page.locator('#tabpanel-list').isVisible()).toBe(true);
      // The filters in the URL are untouched (the open tab joins them).
      expect(new URL(page.url()).hash).toContain(hash.slice(1));
    } finally {
      await page.context().close();
    }
  });

  it('lists the actors and relations shown; filters, sorts and opens them from the keyboard', async () => {
    const page = await _open(env.browser, env.server.url);
    try {
      await page.click('#tab-list');
      const actors = page.locator('.shown-table').nth(0);
      const relations = page.locator('.shown-table').nth(1);
      await actors.locator('tbody tr').first().waitFor();
      const visible = await page.evaluate(() => window.__entente!.visibleNodes().length);
      const visibleEdges = await page.evaluate(() => window.__entente!.visibleEdges().length);
      expect(await actors.locator('caption').textContent()).toMatch(
        new RegExp(`^Actors shown \\(${visible}\\b`),
      );
      expect(await relations.locator('caption').textContent()).toMatch(
        new RegExp(`^Relations shown \\(${visibleEdges}\\b`),
      );
      expect(await actors.locator('tbody tr').count()).toBe(Math.min(visible, 300));

      // Sorted by name on request, the header says so.
      await actors.getByRole('button', { name: 'Actor', exact: true }).click();
      expect(await actors.locator('th').first().getAttribute('aria-sort')).toBe('ascending');
      const names = await actors.locator('tbody tr td:first-child').allTextContents();
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

      // The filter narrows both tables.
      await page.fill('#shown-filter', 'ira');
      await expect.poll(() => actors.locator('tbody tr').count()).toBeLessThan(visible);
      for (const row of await actors.locator('tbody tr').allTextContents())
        expect(row.toLowerCase()).toContain('ira');

      // Enter on a row's first cell opens the actor.
      const first = actors.locator('tbody tr td:first-child button').first();
      const name = await first.textContent();
      await first.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.actor-name').textContent()).toBe(name);
      await _screenshot(page, 'shown-list');
      expect(_pageErrors(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
