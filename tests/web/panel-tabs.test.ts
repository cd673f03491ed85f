// The panel's tab row at a 1280 px window in a real browser: every tab in sight on one row, whichever is open.
import { describe, expect, it } from 'vitest';
import { _open, _pageErrors, _screenshot, _withSampleExplorer } from './_browser.ts';

const env = _withSampleExplorer();

interface Box {
  left: number;
  right: number;
  top: number;
}

describe('panel tabs', () => {
  it('at 1280 px every tab is whole and in sight on one row, whichever tab is open', async () => {
    const page = await _open(env.browser, env.server.url);
    try {
      expect(page.viewportSize()?.width).toBe(1280);
      const tabs = page.getByRole('tab');
      const names = await tabs.allTextContents();
      expect(names.length).toBe(8);
      for (const name of names) {
        await page.getByRole('tab', { name, exact: true }).click();
        const row = await page.evaluate(() => {
          const box = (e: Element): Box => {
            const r = e.getBoundingClientRect();
            return { left: r.left, right: r.right, top: r.top };
          };
          const list = document.querySelector('[role=tablist]')!;
          return {
            list: box(list),
            panel: box(document.querySelector('.panel')!),
            scrolls: list.scrollWidth > list.clientWidth,
            tabs: [...list.querySelectorAll('[role=tab]')].map(box),
          };
        });
        expect(row.scrolls, `with ${name} open`).toBe(false);
        for (const [i, tab] of row.tabs.entries()) {
          expect(tab.left, `${names[i]} with ${name} open`).toBeGreaterThanOrEqual(row.panel.left);
          expect(tab.right, `${names[i]} with ${name} open`).toBeLessThanOrEqual(row.panel.right);
          expect(tab.top, `${names[i]} on the first row`).toBe(row.tabs[0].top);
        }
      }
      await page.getByRole('tab', { name: 'Details', exact: true }).click();
      await _screenshot(page, 'panel-tabs-1280');
      expect(_pageErrors(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
