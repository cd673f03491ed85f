// Expanding an actor's neighbours by quad class or relation type, from its panel, in a real browser: exactly the
// partners the database has through those relation types come in, and no other.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  CONFLICT_CLASSES,
  COOPERATION_CLASSES,
  RELATION_TYPES,
  type QuadClass,
} from '../../ingest/ontology/vocabulary.ts';
import { _open, _pageErrors, _screenshot, _withSampleExplorer } from './_browser.ts';

const env = _withSampleExplorer();

const typesOf = (classes: readonly QuadClass[]) =>
  RELATION_TYPES.filter((t) => t.quadClass !== null && classes.includes(t.quadClass)).map(
    (t) => t.id,
  );
const CONFLICT = typesOf(CONFLICT_CLASSES);
const COOPERATION = typesOf(COOPERATION_CLASSES);

const shown = (page: Page) =>
  page.evaluate(() => window.__entente!.visibleNodes()).then((n) => [...new Set(n)].sort());

describe('expand by relation type', () => {
  it('brings in only the partners reached through conflict, then through cooperation, then one type', async () => {
    const page = await _open(env.browser, env.server.url, '#limit=10');
    try {
      const before = await shown(page);
      // The shown actor with the most conflict partners outside the view, and its partners by type.
      const partners = await env.db.run(
        `MATCH (x:Actor)-[r]-(n:Actor) WHERE x.id IN $shown AND x <> n
         RETURN x.id AS id, x.name AS name, collect(DISTINCT {partner: n.id, type: type(r)}) AS links`,
        { shown: before },
      );
      const candidates = partners.records.map((r) => {
        const links = r.get('links') as { partner: string; type: string }[];
        const through = (types: string[]) =>
          [...new Set(links.filter((l) => types.includes(l.type)).map((l) => l.partner))].sort();
        return { id: r.get('id') as string, name: r.get('name') as string, links, through };
      });
      const outside = (ids: string[], view: string[]) => ids.filter((n) => !view.includes(n));
      const x = candidates.sort(
        (a, b) =>
          outside(b.through(CONFLICT), before).length - outside(a.through(CONFLICT), before).length,
      )[0];
      expect(outside(x.through(CONFLICT), before).length).toBeGreaterThan(0);

      await page.evaluate((id) => (location.hash = `limit=10&actor=${id}`), x.id);
      await expect.poll(() => page.locator('.actor-name').textContent()).toBe(x.name);
      await page.waitForFunction(() => window.__entente!.ready());
      expect(await shown(page)).toEqual(before);

      const expand = async (label: RegExp) => {
        const option = page.locator('select.expand-choice option', { hasText: label });
        await page
          .locator('select.expand-choice')
          .selectOption((await option.getAttribute('value'))!);
        const order = await page.evaluate(() => window.__entente!.graph.order);
        await page.locator('.actor-panel button.expand').click();
        await page.waitForFunction((n) => window.__entente!.graph.order > n, order);
        await expect
          .poll(() => page.locator('.actor-panel button.expand').textContent())
          .toBe('Expand');
      };

      // Conflict only: every conflict partner is in, and nothing else came.
      await expand(/^conflict only/);
      const afterConflict = await shown(page);
      expect(afterConflict).toEqual([...new Set([...before, ...x.through(CONFLICT)])].sort());
      // The option named how many partners it brings.
      expect(
        await page
          .locator('select.expand-choice option', { hasText: /^conflict only/ })
          .textContent(),
      ).toBe(`conflict only (${x.through(CONFLICT).length})`);
      await _screenshot(page, 'expand-conflict');

      // Then cooperation only, when it brings someone new.
      if (outside(x.through(COOPERATION), afterConflict).length) {
        await expand(/^cooperation only/);
        expect(await shown(page)).toEqual(
          [...new Set([...afterConflict, ...x.through(COOPERATION)])].sort(),
        );
      }

      // One type: the back button returns to before, then a single conflict type brings only its partners.
      const type = CONFLICT.find((t) => outside(x.through([t]), before).length > 0)!;
      await page.locator('button', { hasText: '← Back' }).click();
      if (outside(x.through(COOPERATION), afterConflict).length)
        await page.locator('button', { hasText: '← Back' }).click();
      await expect.poll(() => shown(page)).toEqual(before);
      const label = RELATION_TYPES.find((t) => t.id === type)!;
      expect(label).toBeDefined();
      const option = page.locator('select.expand-choice option', { hasText: /^by type: / });
      const values = await option.evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
      expect(values).toContain(`type:${type}`);
      await page.locator('select.expand-choice').selectOption(`type:${type}`);
      const order = await page.evaluate(() => window.__entente!.graph.order);
      await page.locator('.actor-panel button.expand').click();
      await page.waitForFunction((n) => window.__entente!.graph.order > n, order);
      expect(await shown(page)).toEqual([...new Set([...before, ...x.through([type])])].sort());
      expect(_pageErrors(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
