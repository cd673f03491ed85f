// Picking several actors in a real browser (shift-click, shift-drag a box) and acting on them together: the
// relations between them listed, pin, hide, expand, export.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { _open, _pageErrors, _screenshot, _settle, _withSampleExplorer } from './_browser.ts';

const env = _withSampleExplorer();

interface Drawn {
  id: string;
  x: number;
  y: number;
}

/** Every visible actor's centre in page pixels. */
async function drawn(page: Page): Promise<Drawn[]> {
  const stage = (await page.locator('#graph').boundingBox())!;
  const points = await page.evaluate(() =>
    window.__entente!.visibleNodes().flatMap((id) => {
      const b = window.__entente!.drawnBox(id);
      return b ? [{ id, x: b.x, y: b.y }] : [];
    }),
  );
  return points.map((p) => ({ ...p, x: p.x + stage.x, y: p.y + stage.y }));
}

const picked = (page: Page) => page.evaluate(() => window.__entente!.picked().sort());
const [SRC, , TGT] = [0, 1, 2];
const ends = (relationId: string) => {
  const parts = relationId.split('|');
  return [parts[SRC], parts[TGT]];
};

/**
 * Shift-clicks three actors drawn alone in the free part of the stage, two of them related: returns them and the
 * relations drawn before the picks.
 */
async function pickThree(page: Page): Promise<{ chosen: string[]; edges: string[] }> {
  await _settle(page);
  const points = await drawn(page);
  const region = await page.evaluate(() => window.__entente!.freeRegion());
  const stage = (await page.locator('#graph').boundingBox())!;
  // Actors drawn alone (no other centre within 16px), inside the free part of the stage.
  const alone = points.filter(
    (p) =>
      p.y - stage.y > region.top + 10 &&
      p.y - stage.y < region.bottom - 10 &&
      p.x - stage.x > 10 &&
      p.x - stage.x < region.right - 10 &&
      points.every((q) => q === p || Math.hypot(q.x - p.x, q.y - p.y) > 16),
  );
  // Under the bar the first pick opens (at most 360px wide at the right, a few rows high): clicked first or not at all.
  const underBar = (p: Drawn) => p.x - stage.x > region.right - 380 && p.y - stage.y < 52 + 160;
  const byId = new Map(alone.map((p) => [p.id, p]));
  const edges = (await page.evaluate(() => window.__entente!.visibleEdges())).map((e) => e.key);
  // Three such actors with at least one relation between two of them, at most one under the bar.
  const edge = edges.find(
    (e) =>
      ends(e).every((n) => byId.has(n)) &&
      ends(e).filter((n) => underBar(byId.get(n)!)).length <= 1,
  )!;
  expect(edge).toBeDefined();
  const third = alone.find((p) => !ends(edge).includes(p.id) && !underBar(p))!;
  const chosen = [...ends(edge), third.id].sort(
    (a, b) => Number(underBar(byId.get(b)!)) - Number(underBar(byId.get(a)!)),
  );

  await page.keyboard.down('Shift');
  for (const id of chosen) await page.mouse.click(byId.get(id)!.x, byId.get(id)!.y);
  await page.keyboard.up('Shift');
  expect(await picked(page)).toEqual([...new Set(chosen)].sort());
  return { chosen, edges };
}

describe('picking actors together', () => {
  it('shift-click picks actors; the bar lists the relations between them, pins and hides them', async () => {
    const page = await _open(env.browser, env.server.url);
    try {
      const { chosen, edges } = await pickThree(page);
      const bar = page.locator('.picked-bar');
      expect(await bar.locator('.picked-count').textContent()).toBe(`${chosen.length} picked`);
      for (const id of chosen) {
        const display = (await page.evaluate((n) => window.__entente!.nodeDisplay(n), id)) as {
          highlighted?: boolean;
        };
        expect(display.highlighted).toBe(true);
      }
      // Nothing selected by the shift-clicks: the panel stays as it was.
      expect(
        await page.evaluate(() => (window.__entente!.view() as { selection: unknown }).selection),
      ).toBeNull();

      // The relations between them: exactly the visible relations whose two ends are picked.
      await bar.getByRole('button', { name: 'Relations between' }).click();
      const listed = await bar
        .locator('.picked-relations li')
        .evaluateAll((li) => li.map((x) => x.getAttribute('data-relation')!));
      const between = edges.filter((e) => ends(e).every((n) => chosen.includes(n)));
      expect([...listed].sort()).toEqual(between.sort());
      await _screenshot(page, 'picked-actors');
      await bar.locator('.picked-relations li button').first().click();
      await expect
        .poll(() =>
          page.evaluate(
            () => (window.__entente!.view() as { selection: { id: string } }).selection?.id,
          ),
        )
        .toBe(listed[0]);

      // Pin all, then hide all: they leave the graph and the picks are cleared.
      await bar.getByRole('button', { name: 'Pin', exact: true }).click();
      const view = () =>
        page.evaluate(() => window.__entente!.view() as { pinned: string[]; hidden: string[] });
      expect((await view()).pinned.sort()).toEqual([...chosen].sort());
      await bar.getByRole('button', { name: 'Hide', exact: true }).click();
      expect((await view()).hidden.sort()).toEqual([...chosen].sort());
      const visible = await page.evaluate(() => window.__entente!.visibleNodes());
      expect(visible.filter((n) => chosen.includes(n))).toEqual([]);
      expect(await picked(page)).toEqual([]);
      expect(await bar.isHidden()).toBe(true);
      expect(_pageErrors(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('exports the picked actors and the relations between them, not the whole view', async () => {
    const page = await _open(env.browser, env.server.url);
    try {
      const { chosen, edges } = await pickThree(page);
      const between = edges.filter((e) => ends(e).every((n) => chosen.includes(n))).sort();
      expect(between.length).toBeGreaterThan(0);
      // The whole view holds more: exporting the picks is not exporting what is shown.
      expect(edges.length).toBeGreaterThan(between.length);
      const bar = page.locator('.picked-bar');
      const save = async (label: string) => {
        await bar.getByRole('button', { name: 'Export', exact: true }).click();
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          bar.getByRole('button', { name: label, exact: true }).click(),
        ]);
        expect(file.suggestedFilename()).toMatch(/^entente-picked-/);
        return fs.readFileSync(await file.path(), 'utf8');
      };
      const json = JSON.parse(await save('JSON')) as {
        nodes: { key: string }[];
        edges: { key: string }[];
      };
      expect(json.nodes.map((n) => n.key).sort()).toEqual([...chosen].sort());
      expect(json.edges.map((e) => e.key).sort()).toEqual(between);
      const gexf = await save('GEXF');
      expect(gexf.match(/<node /g)?.length).toBe(chosen.length);
      expect(gexf.match(/<edge /g)?.length).toBe(between.length);
      const graphml = await save('GraphML');
      expect(graphml.match(/<node /g)?.length).toBe(chosen.length);
      expect(graphml.match(/<edge /g)?.length).toBe(between.length);
      // The picks stay: the export acts on them without clearing them.
      expect(await picked(page)).toEqual([...chosen].sort());
      expect(_pageErrors(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('shift-drag picks the actors inside the box, expand brings in their neighbours, Esc clears', async () => {
    const page = await _open(env.browser, env.server.url, '#limit=10');
    try {
      await _settle(page);
      const stage = (await page.locator('#graph').boundingBox())!;
      const region = await page.evaluate(() => window.__entente!.freeRegion());
      const points = await drawn(page);
      // A box over about the left half of the free region, its far corner moved off any actor (the layout decides
      // where they are).
      const clear = (x: number, y: number) =>
        points.every((p) => Math.hypot(p.x - x, p.y - y) > 20);
      const x0 = stage.x + 6;
      const y0 = stage.y + region.top + 6;
      const corners = [0, 24, -24, 48, -48, 72, -72].flatMap((dx) =>
        [0, 24, 48].map((dy) => ({
          x1: stage.x + region.right / 2 + dx,
          y1: stage.y + region.bottom - 6 - dy,
        })),
      );
      const far = corners.find((c) => clear(c.x1, c.y1));
      expect(far).toBeDefined();
      const box = { x0, y0, ...far! };
      expect(clear(box.x0, box.y0)).toBe(true);
      const inside = points
        .filter((p) => p.x >= box.x0 && p.x <= box.x1 && p.y >= box.y0 && p.y <= box.y1)
        .map((p) => p.id)
        .sort();
      expect(inside.length).toBeGreaterThan(0);
      const position = await page.evaluate((n) => window.__entente!.nodePosition(n), inside[0]);

      await page.keyboard.down('Shift');
      await page.mouse.move(box.x0, box.y0);
      await page.mouse.down();
      await page.mouse.move((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, { steps: 4 });
      await page.mouse.move(box.x1, box.y1, { steps: 4 });
      await page.mouse.up();
      await page.keyboard.up('Shift');
      expect(await picked(page)).toEqual(inside);
      // The drag drew a box and did not pan the camera.
      const after = await drawn(page);
      const moved = after.find((p) => p.id === inside[0])!;
      const before = points.find((p) => p.id === inside[0])!;
      expect(Math.hypot(moved.x - before.x, moved.y - before.y)).toBeLessThan(1);
      expect(await page.evaluate((n) => window.__entente!.nodePosition(n), inside[0])).toEqual(
        position,
      );

      // Expand: every picked actor's neighbours come in.
      const neighbours = await env.db.run(
        `MATCH (a:Actor)-[]-(n:Actor) WHERE a.id IN $ids RETURN collect(DISTINCT n.id) AS ids`,
        { ids: inside },
      );
      const expected = neighbours.records[0].get('ids') as string[];
      await page
        .locator('.picked-bar')
        .getByRole('button', { name: 'Expand', exact: true })
        .click();
      // One neighbourhood request per picked actor, one after another.
      await expect
        .poll(
          async () => {
            const shown = await page.evaluate(() => window.__entente!.visibleNodes());
            return expected.filter((n) => !shown.includes(n));
          },
          { timeout: 30_000 },
        )
        .toEqual([]);

      await page.keyboard.press('Escape');
      expect(await picked(page)).toEqual([]);
      expect(await page.locator('.picked-bar').isHidden()).toBe(true);
      expect(_pageErrors(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
