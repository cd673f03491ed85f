// Saved investigations in a real browser: a view (filters, selection, colours, camera, a pin, a hidden actor, the
// console's Cypher) and a bookmarked statement saved, then the page reloaded at #investigation=ID and all of it back.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { _open, _pageErrors, _screenshot, _withSampleExplorer } from './_browser.ts';

const NAME = 'Browser test investigation';
const QUERY = 'MATCH (a:Actor) RETURN a.name LIMIT 3';
const env = _withSampleExplorer();

afterAll(async () => {
  await env.db.run(
    'MATCH (i:Investigation) WHERE i.name = $name DELETE i',
    { name: NAME },
    { routing: 'write' },
  );
});

interface Shown {
  filters: { minCount: number };
  view: {
    selection: { kind: string; id: string } | null;
    colourMode: string;
    hidden: string[];
    pinned: string[];
  };
}
const shown = (page: Page) =>
  page.evaluate(
    () =>
      ({
        filters: window.__entente!.filters(),
        view: window.__entente!.view(),
      }) as Shown,
  );
const goTo = async (page: Page, hash: string) => {
  await page.evaluate((h) => (location.hash = h), hash);
  await page.waitForFunction(() => window.__entente?.ready() === true);
};

describe('saved investigations', () => {
  it('saves a view with a bookmark; reloaded at #investigation=ID, the view comes back', async () => {
    // A relation seen in two statements or more, and its source (pinned); another actor (hidden).
    const r = await env.db.run(
      `MATCH (a:Actor)-[r]->(b:Actor) WHERE r.count >= 2 AND r.id IS NOT NULL
       WITH a, r, b ORDER BY r.count DESC, r.id LIMIT 1
       MATCH (other:Actor)-[o]-() WHERE o.count >= 2 AND NOT other.id IN [a.id, b.id]
       RETURN r.id AS relation, a.id AS pinned, other.id AS hidden ORDER BY other.id LIMIT 1`,
    );
    const [relation, pinned, hidden] = ['relation', 'pinned', 'hidden'].map(
      (k) => r.records[0].get(k) as string,
    );
    const base = 'min=2&colour=community';

    const page = await _open(env.browser, env.server.url, `#${base}&actor=${pinned}`);
    await page.getByRole('button', { name: 'Pin', exact: true }).click();
    await goTo(page, `#${base}&actor=${hidden}`);
    await page.getByRole('button', { name: 'Hide', exact: true }).click();
    await goTo(page, `#${base}&relation=${encodeURIComponent(relation)}`);
    const bookmark = page.locator('.relation-panel .bookmark-statement').first();
    const sentence = await page
      .locator('.relation-panel .evidence-item .sentence')
      .first()
      .textContent();
    await bookmark.click();

    await page.locator('#tab-query').click();
    await page.locator('.cm-content').fill(QUERY);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForFunction(() => !window.__entente!.cameraMoving());
    const camera = await page.evaluate(() => window.__entente!.camera());

    await page.locator('#tab-saved').click();
    await page.locator('#investigation-name').fill(NAME);
    await page.locator('#investigation-note').fill('Check the second source.');
    await page.locator('#investigation-save').click();
    await page.waitForFunction(
      (name) => document.querySelector('#investigation-status')?.textContent === `Saved "${name}".`,
      NAME,
    );
    const saved = await env.db.run('MATCH (i:Investigation {name: $name}) RETURN i.id AS id', {
      name: NAME,
    });
    expect(saved.records).toHaveLength(1);
    const id = saved.records[0].get('id') as string;
    expect(
      await page.locator(`#investigation-list [data-investigation="${id}"]`).textContent(),
    ).toBe(NAME);
    expect(_pageErrors(page)).toEqual([]);
    await page.context().close();

    const again = await _open(env.browser, env.server.url, `#investigation=${id}`);
    await again.waitForFunction(
      (name) =>
        document.querySelector('#investigation-status')?.textContent === `Opened "${name}".`,
      NAME,
    );
    await again.waitForFunction(() => window.__entente?.ready() === true);
    const state = await shown(again);
    expect(state.filters.minCount).toBe(2);
    expect(state.view).toMatchObject({
      selection: { kind: 'relation', id: relation },
      colourMode: 'community',
      hidden: [hidden],
      pinned: [pinned],
    });
    const restored = await again.evaluate(() => window.__entente!.camera());
    for (const k of ['x', 'y', 'ratio', 'angle'] as const)
      expect(restored[k]).toBeCloseTo(camera[k], 6);
    expect(await again.locator('#investigation-name').inputValue()).toBe(NAME);
    expect(await again.locator('#investigation-note').inputValue()).toBe(
      'Check the second source.',
    );
    expect(await again.locator('#investigation-bookmarks .sentence').allTextContents()).toEqual([
      sentence,
    ]);
    expect(await again.locator('#investigation-open').textContent()).toContain(
      `#investigation=${id}`,
    );
    // The URL now holds the view itself.
    expect(await again.evaluate(() => location.hash)).toContain('min=2');
    await _screenshot(again, 'investigation-opened');

    await again.locator('#tab-query').click();
    await again.waitForFunction(
      (q) => document.querySelector('.cm-content')?.textContent === q,
      QUERY,
    );
    expect(_pageErrors(again)).toEqual([]);
  });
});
