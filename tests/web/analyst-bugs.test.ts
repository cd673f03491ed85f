// The bugs an analyst hit in the explorer, each pinned in a real browser against the real API and Neo4j: deep links
// centred, the same filtered view however reached, Reset, exports of what is shown, community colours, the camera
// (labels whole) on the first view, after a filter, after "Max. actors loaded" and "Fit", and the header's counts.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { startServer } from '../../web/server/index.ts';
import { ACTOR_TYPE_STYLES } from '../../web/app/explorer/palette.ts';
import { useSampleCorpus } from '../setup/sample-corpus.ts';
import { _ensureBuilt, _launch, _open, _pageErrors, _screenshot, DIST } from './_browser.ts';

let db: Database;
let browser: Browser;
let server: { url: string; close(): Promise<void> };
/** The actor the deep-link test opens: Iran when the corpus has it, else the most connected actor. */
let linked: string;

beforeAll(async () => {
  _ensureBuilt();
  db = new Database();
  await useSampleCorpus();
  const found = await db.run(
    `MATCH (a:Actor)-[r]-() WITH a, count(r) AS degree
     RETURN a.id AS id ORDER BY (a.id = 'IRN') DESC, degree DESC LIMIT 1`,
  );
  linked = found.records[0].get('id') as string;
  server = await startServer({ db, host: '127.0.0.1', port: 0, staticDir: DIST });
  browser = await _launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

/** Waits until no reload is due or under way, the layout has stopped and the camera is still. */
async function still(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      window.__entente!.ready() &&
      !window.__entente!.layoutRunning() &&
      !window.__entente!.cameraMoving(),
    null,
    { timeout: 30_000 },
  );
}

/** How far the actor is from the middle of the free stage, as a share of its width and height. */
const offCentre = (page: Page, id: string) =>
  page.evaluate((id) => {
    const box = window.__entente!.drawnBox(id);
    const r = window.__entente!.freeRegion();
    if (!box) return Infinity;
    return Math.max(
      Math.abs(box.x - (r.left + r.right) / 2) / (r.right - r.left),
      Math.abs(box.y - (r.top + r.bottom) / 2) / (r.bottom - r.top),
    );
  }, id);

/** Visible actors whose disc or label reaches outside the free stage. */
const outside = (page: Page) =>
  page.evaluate(() => {
    const r = window.__entente!.freeRegion();
    return window.__entente!.visibleNodes().filter((n) => {
      const b = window.__entente!.drawnBox(n);
      return !b || b.left < r.left || b.right > r.right || b.top < r.top || b.bottom > r.bottom;
    });
  });

/** The right-most visible actor, where its label ends and the canvas's width (viewport pixels, from sigma). */
const rightMost = (page: Page) =>
  page.evaluate(() => {
    const hook = window.__entente!;
    const boxes = hook.visibleNodes().map((id) => ({ id, box: hook.drawnBox(id)! }));
    const last = boxes.reduce((a, b) => (b.box.x > a.box.x ? b : a));
    const label = (hook.nodeDisplay(last.id) as { label: string | null }).label;
    return {
      id: last.id,
      label,
      labelEnd: last.box.right,
      canvas: document.querySelector('#graph canvas')!.clientWidth,
    };
  });

/** The view as drawn: visible actors, and visible relations with their counts. */
const drawn = (page: Page) =>
  page.evaluate(() => ({
    nodes: window.__entente!.visibleNodes().sort(),
    edges: window
      .__entente!.visibleEdges()
      .map((e) => `${e.key}:${e.count}`)
      .sort(),
  }));

describe('the analyst’s bugs', () => {
  it('a deep link to an actor centres it once the layout settles, and its panel has a Centre button', async () => {
    const page = await _open(browser, server.url, `#actor=${encodeURIComponent(linked)}`);
    try {
      const centre = page.getByRole('button', { name: 'Centre', exact: true });
      await centre.waitFor();
      await expect.poll(() => offCentre(page, linked), { timeout: 20_000 }).toBeLessThan(0.08);
      await still(page);
      expect(await offCentre(page, linked)).toBeLessThan(0.08);
      await _screenshot(page, 'deep-link-centred');

      // Dragged away, the Centre button brings it back.
      const stage = (await page.locator('#graph').boundingBox())!;
      await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
      await page.mouse.down();
      await page.mouse.move(stage.x + stage.width - 20, stage.y + stage.height / 2 + 100, {
        steps: 8,
      });
      await page.mouse.up();
      await still(page);
      expect(await offCentre(page, linked)).toBeGreaterThan(0.2);
      await centre.click();
      await expect.poll(() => offCentre(page, linked)).toBeLessThan(0.08);
      expect(_pageErrors(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('filters set in the open page draw the same view as the same URL reloaded', async () => {
    const page = await _open(browser, server.url);
    try {
      await page.getByRole('button', { name: 'Cooperation', exact: true }).click();
      await page.locator('#filter-year-from').fill('2022');
      await page.locator('#filter-year-to').fill('2022');
      await expect
        .poll(() => new URL(page.url()).hash)
        .toMatch(/from=2022.*to=2022|to=2022.*from=2022/);
      const reloaded = await _open(browser, server.url, new URL(page.url()).hash);
      const expected = await drawn(reloaded);
      await reloaded.context().close();
      expect(expected.edges.length).toBeGreaterThan(0);
      await expect.poll(() => drawn(page), { timeout: 15_000 }).toEqual(expected);
      expect(await page.evaluate(() => window.__entente!.ready())).toBe(true);
      expect(await drawn(page)).toEqual(expected);
    } finally {
      await page.context().close();
    }
  });

  it('Reset filters on a filtered URL gives the unfiltered view and the full year range back', async () => {
    const fresh = await _open(browser, server.url);
    const expected = await drawn(fresh);
    const years = async (p: Page) => ({
      min: await p.getAttribute('#filter-year-from', 'min'),
      max: await p.getAttribute('#filter-year-to', 'max'),
    });
    await expect.poll(() => years(fresh).then((y) => y.min)).not.toBeNull();
    const fullYears = await years(fresh);
    await fresh.context().close();

    const page = await _open(
      browser,
      server.url,
      '#quad=VERBAL_COOPERATION%2CMATERIAL_COOPERATION&structural=0&from=2021&to=2022',
    );
    try {
      const narrowed = await drawn(page);
      expect(narrowed.nodes.length).toBeLessThan(expected.nodes.length);
      await page.getByRole('button', { name: 'Reset filters' }).click();
      await expect.poll(() => drawn(page), { timeout: 15_000 }).toEqual(expected);
      expect(await years(page)).toEqual(fullYears);
      expect(await page.inputValue('#filter-year-from')).toBe(fullYears.min);
      expect(await page.inputValue('#filter-year-to')).toBe(fullYears.max);
      expect(new URL(page.url()).hash).toBe('');
    } finally {
      await page.context().close();
    }
  });

  it('GEXF, GraphML and JSON exports hold what is shown, filters applied', async () => {
    const page = await _open(browser, server.url);
    try {
      const all = await page.evaluate(() => window.__entente!.graph.order);
      await page.getByRole('button', { name: 'Conflict', exact: true }).click();
      await page.waitForFunction(() => window.__entente!.ready());
      const shown = await drawn(page);
      expect(shown.nodes.length).toBeLessThan(all);
      const download = async (label: string) => {
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: label, exact: true }).click(),
        ]);
        return fs.readFileSync(await file.path(), 'utf8');
      };
      const json = JSON.parse(await download('JSON')) as {
        nodes: { key: string }[];
        edges: { key: string; attributes: { quadClass: string | null } }[];
      };
      expect(json.nodes.map((n) => n.key).sort()).toEqual(shown.nodes);
      expect(json.edges.length).toBe(shown.edges.length);
      expect(json.edges.every((e) => e.attributes.quadClass?.endsWith('CONFLICT'))).toBe(true);
      const gexf = await download('GEXF');
      expect(gexf.match(/<node /g)?.length).toBe(shown.nodes.length);
      expect(gexf.match(/<edge /g)?.length).toBe(shown.edges.length);
      const graphml = await download('GraphML');
      expect(graphml).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">');
      expect(graphml.match(/<node /g)?.length).toBe(shown.nodes.length);
      expect(graphml.match(/<edge /g)?.length).toBe(shown.edges.length);
    } finally {
      await page.context().close();
    }
  });

  it('colour by community: a palette of its own, named communities, no type dots', async () => {
    const page = await _open(browser, server.url);
    try {
      expect(await page.locator('.sidebar .dot:visible').count()).toBeGreaterThan(0);
      await page.getByLabel('Colour by').selectOption('community');
      await expect.poll(() => page.locator('.legend li.community').count()).toBeGreaterThan(1);
      expect(await page.locator('.sidebar .dot:visible').count()).toBe(0);
      const labels = new Set(
        await page.evaluate(() =>
          window.__entente!.visibleNodes().map((n) => {
            const d = window.__entente!.nodeDisplay(n) as { label: string | null };
            return d.label;
          }),
        ),
      );
      const named = await page.locator('.legend li.community').allTextContents();
      for (const text of named) {
        const name = /^(.*)’s \(\d+\)$/.exec(text)?.[1];
        expect(name && labels.has(name), text).toBe(true);
      }
      const typeColours = new Set(ACTOR_TYPE_STYLES.map((s) => s.color.toLowerCase()));
      const colours = await page.evaluate(() =>
        window
          .__entente!.visibleNodes()
          .map((n) => (window.__entente!.nodeDisplay(n) as { color: string }).color),
      );
      expect(colours.filter((c) => typeColours.has(c.toLowerCase()))).toEqual([]);
      await _screenshot(page, 'communities-legend');
    } finally {
      await page.context().close();
    }
  });

  it('"Max. actors loaded" reloads and fits the camera to what is left, clear of the banner', async () => {
    const page = await _open(browser, server.url);
    try {
      await still(page);
      for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
      await still(page);
      await page.locator('#filter-max-actors').fill('20');
      await page.locator('#filter-max-actors').press('Enter');
      await page.waitForFunction(() => window.__entente!.graph.order === 20);
      await expect.poll(() => page.locator('.banner').isVisible()).toBe(true);
      await expect.poll(() => outside(page), { timeout: 20_000 }).toEqual([]);
      await still(page);
      expect(await outside(page)).toEqual([]);
      await _screenshot(page, 'max-actors-fitted');
    } finally {
      await page.context().close();
    }
  });

  it('the first view, as opened, leaves every label whole inside the stage', async () => {
    const page = await _open(browser, server.url);
    try {
      await expect.poll(() => outside(page), { timeout: 20_000 }).toEqual([]);
      await still(page);
      expect(await outside(page)).toEqual([]);
      const last = await rightMost(page);
      expect(last.label, last.id).toBeTruthy();
      expect(last.labelEnd, last.id).toBeLessThanOrEqual(last.canvas);
      await _screenshot(page, 'first-view-labels');
    } finally {
      await page.context().close();
    }
  });

  it('a filter draws other actors, and the camera fits them with their labels whole', async () => {
    const page = await _open(browser, server.url);
    try {
      await still(page);
      const before = await page.evaluate(() => window.__entente!.graph.order);
      await page.getByRole('button', { name: 'Conflict', exact: true }).click();
      // The server's answer for the filter replaces the graph (the filter hides actors before that).
      await expect
        .poll(() => page.evaluate(() => window.__entente!.graph.order), { timeout: 20_000 })
        .toBeLessThan(before);
      await still(page);
      expect(await outside(page)).toEqual([]);
      const last = await rightMost(page);
      expect(last.labelEnd, last.id).toBeLessThanOrEqual(last.canvas);
    } finally {
      await page.context().close();
    }
  });

  it('"Fit" leaves every label whole inside the stage', async () => {
    const page = await _open(browser, server.url);
    try {
      await still(page);
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await still(page);
      await page.getByRole('button', { name: 'Fit', exact: true }).click();
      await expect.poll(() => outside(page)).toEqual([]);
      await _screenshot(page, 'fit-labels');
    } finally {
      await page.context().close();
    }
  });

  it('the header says how many actors are drawn of how many the database holds, and why', async () => {
    const page = await _open(browser, server.url);
    try {
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as {
        counts: { actors: number };
      };
      const counts = page.locator('.counts');
      const shown = await page.evaluate(() => window.__entente!.visibleNodes().length);
      await expect
        .poll(() => counts.textContent())
        .toMatch(new RegExp(`^${shown} of ${health.counts.actors} actors drawn`));
      expect(await counts.getAttribute('title')).toMatch(/with no relation, are never drawn/);
    } finally {
      await page.context().close();
    }
  });
});
