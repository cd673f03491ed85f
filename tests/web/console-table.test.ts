// Query results as tables in a real browser: actors and relations as chips that open them, paths as sequences,
// lists and maps folded rather than JSON, and the table exported as CSV.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../web/server/index.ts';
import { _open, _pageErrors, _screenshot, DIST, _withSampleExplorer } from './_browser.ts';

const env = _withSampleExplorer();

const QUERY =
  'MATCH p = (a:Actor)-[r]->(b:Actor) WHERE r.id IS NOT NULL WITH a, r, b, p ORDER BY r.count DESC, r.id LIMIT 3 ' +
  'RETURN a, r, b, p, range(1, 7) AS xs, {count: r.count, first: r.firstSeen} AS stats';

async function runCypher(page: Page, query: string): Promise<void> {
  await page.evaluate(() =>
    (document.querySelector('.cypher-editor .cm-content') as HTMLElement).focus(),
  );
  await page.keyboard.press('Control+A');
  await page.keyboard.type(query);
  await page.click('#run-cypher');
  await page.locator('.results .results-table tbody tr').first().waitFor();
}

const selection = (page: Page) =>
  page.evaluate(() => (window.__entente!.view() as { selection: unknown }).selection);

describe('query results as tables', () => {
  it('shows actors, relations and paths as chips, folds lists and maps, and exports CSV', async () => {
    const expected = await env.db.run(
      'MATCH (a:Actor)-[r]->(b:Actor) WHERE r.id IS NOT NULL RETURN a.id AS aid, a.name AS name, r.id AS rid ORDER BY r.count DESC, rid LIMIT 3',
    );
    const first = expected.records[0];
    const page = await _open(env.browser, env.server.url);
    try {
      await page.click('#tab-query');
      await runCypher(page, QUERY);
      const rows = page.locator('.results-table tbody tr');
      expect(await rows.count()).toBe(3);
      const cell = (row: number, column: number) =>
        rows.nth(row).locator(`td:nth-child(${column})`);
      expect(await cell(0, 1).locator('.actor-chip').getAttribute('data-actor')).toBe(
        first.get('aid'),
      );
      expect(await cell(0, 1).textContent()).toBe(first.get('name'));
      expect(await cell(0, 2).locator('.relation-chip').getAttribute('data-relation')).toBe(
        first.get('rid'),
      );
      // The path: actor → relation → actor.
      const path = cell(0, 4).locator('.path-seq');
      expect(await path.locator('.actor-chip').count()).toBe(2);
      expect(await path.locator('.relation-chip').getAttribute('data-relation')).toBe(
        first.get('rid'),
      );
      // Seven numbers fold into a list, the map into keys and values; no JSON anywhere.
      const list = cell(0, 5).locator('details.folded.list');
      expect(await list.locator('summary').textContent()).toBe('7 items');
      await list.locator('summary').click();
      expect(await list.locator('li').allTextContents()).toEqual([
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7',
      ]);
      const map = cell(0, 6).locator('details.folded.map');
      await map.locator('summary').click();
      expect(await map.locator('dt').allTextContents()).toEqual(['count', 'first']);
      for (const text of await page.locator('.results-table td').allTextContents())
        expect(text).not.toMatch(/^[[{]"/);
      await _screenshot(page, 'console-table');

      // CSV: the header and one line per row, cells as readable text.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export CSV' }).click(),
      ]);
      const csv = fs.readFileSync(await download.path(), 'utf8').split('\r\n');
      expect(csv[0]).toBe('a,r,b,p,xs,stats');
      expect(csv).toHaveLength(4);
      expect(csv[1]).toContain(`(Actor:`);
      expect(csv[1]).toContain('"1, 2, 3, 4, 5, 6, 7"');

      // Chips open what they name: the relation's evidence, the actor's panel.
      await cell(0, 2).locator('.relation-chip').click();
      expect(await selection(page)).toEqual({ kind: 'relation', id: first.get('rid') });
      await page.locator('.relation-panel').waitFor();
      await page.click('#tab-query');
      await cell(0, 1).locator('.actor-chip').click();
      await expect.poll(() => selection(page)).toEqual({ kind: 'actor', id: first.get('aid') });
      expect(_pageErrors(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('a named query’s actors are chips too', async () => {
    const page = await _open(env.browser, env.server.url);
    try {
      await page.click('#tab-query');
      await page.locator('.chip[data-query="most-central"]').click();
      await page.locator('form.named-query button[type=submit]').click();
      await page.locator('.results-table tbody tr').first().waitFor();
      const chips = page.locator('.results-table tbody tr td:first-child .actor-chip');
      expect(await chips.count()).toBe(await page.locator('.results-table tbody tr').count());
    } finally {
      await page.context().close();
    }
  });

  it('a named query’s actor parameter takes a name, suggested as one types, and sends its id', async () => {
    const expected = (await (
      await fetch(`${env.server.url}/api/queries/partners`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ params: { id: 'IRN' } }),
      })
    ).json()) as { rows: { partner: { id: string } }[] };
    expect(expected.rows.length).toBeGreaterThan(0);
    const page = await _open(env.browser, env.server.url);
    try {
      await page.click('#tab-query');
      await page.locator('.chip[data-query="partners"]').click();
      const field = page.locator('#param-partners-id');
      await field.pressSequentially('Iran');
      await expect
        .poll(() =>
          page
            .locator('#param-partners-id-list option')
            .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)),
        )
        .toContain('Iran');
      await page.locator('form.named-query button[type=submit]').click();
      await page.locator('.results-table tbody tr').first().waitFor();
      const partners = await page
        .locator('.results-table tbody tr td:first-child .actor-chip')
        .evaluateAll((chips) => chips.map((c) => c.getAttribute('data-actor')));
      expect(partners).toEqual(expected.rows.map((r) => r.partner.id));
    } finally {
      await page.context().close();
    }
  });

  it('says when the rows were cut at the size limit', async () => {
    const small = await startServer({
      db: env.db,
      host: '127.0.0.1',
      port: 0,
      staticDir: DIST,
      cypherByteLimit: 4096,
    });
    const page = await _open(env.browser, small.url);
    try {
      await page.click('#tab-query');
      await runCypher(
        page,
        "UNWIND range(1, 50) AS i RETURN i, reduce(s = 'x', k IN range(1, 8) | s + s) AS text",
      );
      const summary = await page.locator('.results .results-header .muted').first().textContent();
      expect(summary).toMatch(/truncated at the size limit/);
      const rows = await page.locator('.results-table tbody tr').count();
      expect(rows).toBeGreaterThan(0);
      expect(rows).toBeLessThan(50);
    } finally {
      await page.context().close();
      await small.close();
    }
  });
});
