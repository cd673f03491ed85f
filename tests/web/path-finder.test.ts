// The path finder in a real browser: two actors chosen by name, the shortest paths listed as the analytics API
// finds them (cooperation only, in the filters' period, within a longest length), each hop's evidence on demand,
// and the paths drawn and highlighted in the graph.
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

  it('with "Cooperation only" and the filters’ period, lists what the API finds with those options', async () => {
    // A pair whose shortest paths change when only cooperative relations count: the option must matter.
    const candidates = await env.db.run(
      `MATCH (a:Actor:State)-[r1]-(m:Actor)-[r2]-(b:Actor:State)
       WHERE a.id < b.id AND r1.quadClass IS NOT NULL AND r2.quadClass IS NOT NULL AND NOT (a)--(b)
       RETURN DISTINCT a.id AS a, a.name AS aName, b.id AS b, b.name AS bName ORDER BY a, b LIMIT 40`,
    );
    const answer = async (a: string, b: string, options: string) => {
      const response = await fetch(
        `${env.server.url}/api/analytics/paths?actor=${a}&other=${b}&maxLength=4&slack=0&rollUp=false${options}`,
      );
      const body = (await response.json()) as {
        data: Paths & { paths: { steps: { cooperation: number }[] }[] };
      };
      // An actor with no statement in the period is not a candidate.
      if (response.status === 404) return null;
      expect(response.status, JSON.stringify(body)).toBe(200);
      return body.data;
    };
    const chips = (paths: Paths['paths']) => paths.map((p) => p.actors.map((x) => x.id));
    const period = '&from=2015-01-01&to=2023-12-31';
    let pair: { a: string; aName: string; b: string; bName: string } | undefined;
    let expected: Paths | undefined;
    for (const r of candidates.records) {
      const [a, b] = [r.get('a') as string, r.get('b') as string];
      const any = await answer(a, b, period);
      const cooperative = any && (await answer(a, b, `${period}&cooperativeOnly=true`));
      if (
        any &&
        cooperative?.paths.length &&
        JSON.stringify(chips(any.paths)) !== JSON.stringify(chips(cooperative.paths))
      ) {
        pair = { a, b, aName: r.get('aName'), bName: r.get('bName') };
        expected = cooperative;
        // Every hop of a cooperation-only path has cooperative statements.
        for (const p of cooperative.paths)
          for (const step of p.steps) expect(step.cooperation).toBeGreaterThan(0);
        break;
      }
    }
    expect(pair, 'a pair whose cooperative paths differ').toBeDefined();

    const page = await _open(env.browser, env.server.url, '#tab=paths&from=2015&to=2023');
    try {
      await choose(page, 'path-from', pair!.aName);
      await choose(page, 'path-to', pair!.bName);
      await page.check('#path-cooperative');
      await page.check('#path-period');
      const [request] = await Promise.all([
        page.waitForRequest((r) => r.url().includes('/api/analytics/paths')),
        page.click('#path-find'),
      ]);
      const sent = new URL(request.url()).searchParams;
      expect(sent.get('cooperativeOnly')).toBe('true');
      expect(sent.get('from')).toBe('2015-01-01');
      expect(sent.get('to')).toBe('2023-12-31');
      const paths = page.locator('.paths > li');
      await paths.first().waitFor();
      const shown = await paths.evaluateAll((items) =>
        items.map((li) =>
          [...li.querySelectorAll('.path-seq .actor-chip')].map((c) =>
            c.getAttribute('data-actor'),
          ),
        ),
      );
      expect(shown).toEqual(chips(expected!.paths));
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
