// The path finder in a real browser: two actors chosen by name, the shortest paths listed as the analytics API
// finds them, each hop's evidence on demand, and the paths drawn and highlighted in the graph.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { _open, _pageErrors, _screenshot, _withSampleExplorer } from './_browser.ts';

const env = _withSampleExplorer();

interface Paths {
  shortest: number | null;
  paths: { actors: { id: string; name: string }[]; steps: { from: string; to: string }[] }[];
}

async function choose(page: Page, id: string, name: string): Promise<void> {
  await page.fill(`#${id}`, name);
}

describe('path finder', () => {
  it('lists the shortest paths between two actors with each hop’s evidence, and draws them', async () => {
    // Two actors with statements, two steps apart (no relation of their own), with names the search finds.
    const found = await env.db.run(
      `MATCH (a:Actor:State)-[r1]-(m:Actor)-[r2]-(b:Actor:State)
       WHERE a.id < b.id AND r1.quadClass IS NOT NULL AND r2.quadClass IS NOT NULL AND NOT (a)--(b)
       RETURN a.id AS a, a.name AS aName, b.id AS b, b.name AS bName ORDER BY a.id, b.id LIMIT 1`,
    );
    const [a, aName, b, bName] = ['a', 'aName', 'b', 'bName'].map(
      (k) => found.records[0].get(k) as string,
    );
    const expected = (await (
      await fetch(
        `${env.server.url}/api/analytics/paths?actor=${a}&other=${b}&maxLength=4&slack=0&rollUp=false`,
      )
    ).json()) as { data: Paths };
    expect(expected.data.paths.length).toBeGreaterThan(0);

    const page = await _open(env.browser, env.server.url, '#tab=paths');
    try {
      await choose(page, 'path-from', aName);
      await choose(page, 'path-to', bName);
      await page.click('#path-find');
      const paths = page.locator('.paths > li');
      await paths.first().waitFor();
      expect(await paths.count()).toBe(expected.data.paths.length);
      const shown = await paths.evaluateAll((items) =>
        items.map((li) =>
          [...li.querySelectorAll('.path-seq .actor-chip')].map((c) =>
            c.getAttribute('data-actor'),
          ),
        ),
      );
      expect(shown).toEqual(expected.data.paths.map((p) => p.actors.map((x) => x.id)));

      // A hop's evidence: sentences the database holds for that pair.
      const hop = paths.first().locator('.hop-row').first();
      await hop.locator('summary').click();
      const sentence = hop.locator('.evidence-item .sentence').first();
      await sentence.waitFor();
      const step = expected.data.paths[0].steps[0];
      const held = await env.db.run(
        `MATCH (s:Statement) WHERE s.sentence = $text
           AND ((s.source = $from AND s.target = $to) OR (s.source = $to AND s.target = $from))
         RETURN count(s) AS n`,
        { text: await sentence.textContent(), from: step.from, to: step.to },
      );
      expect(held.records[0].get('n')).toBeGreaterThan(0);

      // Drawn: every actor of the paths is in the graph and highlighted; another actor is dimmed.
      await page.click('#path-draw');
      const ids = [...new Set(expected.data.paths.flatMap((p) => p.actors.map((x) => x.id)))];
      await expect
        .poll(
          () =>
            page.evaluate(
              (ids) =>
                ids.every(
                  (id) =>
                    (window.__entente!.nodeDisplay(id) as { highlighted?: boolean } | null)
                      ?.highlighted === true,
                ),
              ids,
            ),
          // Each hop's subgraph is fetched in turn before the path is marked.
          { timeout: 20_000 },
        )
        .toBe(true);
      const other = await page.evaluate(
        (ids) => window.__entente!.visibleNodes().find((n) => !ids.includes(n)) ?? null,
        ids,
      );
      if (other)
        expect(
          (await page.evaluate((n) => window.__entente!.nodeDisplay(n), other)) as {
            highlighted?: boolean;
          },
        ).not.toMatchObject({ highlighted: true });
      await _screenshot(
        page,
        'path-finder',
        process.env.ENTENTE_UPDATE_SCREENSHOT ? path.resolve('docs/path-finder.png') : undefined,
      );
      expect(_pageErrors(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('says so when no path is within the longest length', async () => {
    const found = await env.db.run(
      `MATCH (a:Actor:State)-[r1]-(m:Actor)-[r2]-(b:Actor:State)
       WHERE a.id < b.id AND r1.quadClass IS NOT NULL AND r2.quadClass IS NOT NULL AND NOT (a)--(b)
       RETURN a.name AS aName, b.name AS bName ORDER BY a.id, b.id LIMIT 1`,
    );
    const page = await _open(env.browser, env.server.url, '#tab=paths');
    try {
      await choose(page, 'path-from', found.records[0].get('aName'));
      await choose(page, 'path-to', found.records[0].get('bName'));
      await page.fill('#path-max-length', '1');
      await page.click('#path-find');
      await expect
        .poll(() => page.locator('.path-results').textContent())
        .toMatch(/^No path from .+ within 1 steps\.$/);
    } finally {
      await page.context().close();
    }
  });
});
