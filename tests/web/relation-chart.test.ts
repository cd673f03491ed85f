// The relation panel's chart in a real browser: the pair's statements per month by quad class, the mean score
// line, and the turning points, against what the database holds for the pair.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { startServer } from '../../web/server/index.ts';
import { turningPoints } from '../../web/app/timeline/turning-points.ts';
import { useSampleCorpus } from '../setup/sample-corpus.ts';
import { _ensureBuilt, _launch, _open, _pageErrors, _screenshot, DIST } from './_browser.ts';

let db: Database;
let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  _ensureBuilt();
  db = new Database();
  await useSampleCorpus();
  server = await startServer({ db, host: '127.0.0.1', port: 0, staticDir: DIST });
  browser = await _launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

describe('relation panel chart', () => {
  it('charts the pair over time: counts per quad class, mean score per month, turning points', async () => {
    // Every pair's months; the test opens the pair with the most turning points (the most months on a tie).
    const series = await db.run(
      `MATCH (s:Statement) WHERE s.quadClass IS NOT NULL AND s.date IS NOT NULL
       WITH CASE WHEN s.source < s.target THEN [s.source, s.target] ELSE [s.target, s.source] END AS pair,
            left(s.date, 7) AS month, s
       WITH pair, month, count(s) AS statements, round(avg(s.score), 2) AS meanScore,
            collect(s.relationId)[0] AS relation
       ORDER BY pair, month
       RETURN pair, collect({month: month, statements: statements, meanScore: meanScore}) AS months,
              collect(relation)[0] AS relation`,
    );
    const pairs = series.records
      .map((r) => {
        const months = r.get('months') as {
          month: string;
          statements: number;
          meanScore: number;
        }[];
        return {
          pair: r.get('pair') as string[],
          relation: r.get('relation') as string,
          months,
          turns: turningPoints(months).map((t) => `${t.month} ${t.to}`),
        };
      })
      .sort((x, y) => y.turns.length - x.turns.length || y.months.length - x.months.length);
    const { pair, relation, months, turns: expectedTurns } = pairs[0];
    expect(expectedTurns.length).toBeGreaterThan(0);
    const [a, b] = pair;
    const monthly = await db.run(
      `MATCH (s:Statement) WHERE s.quadClass IS NOT NULL AND s.date IS NOT NULL
         AND ((s.source = $a AND s.target = $b) OR (s.source = $b AND s.target = $a))
       RETURN left(s.date, 7) AS month, s.quadClass AS quad, count(s) AS n`,
      { a, b },
    );

    const page = await _open(browser, server.url, `#relation=${encodeURIComponent(relation)}`);
    try {
      const chart = page.locator('.relation-panel .relation-chart');
      await chart.locator('svg').waitFor();
      const bars = await chart
        .locator('rect.bar')
        .evaluateAll((rects) =>
          rects.map(
            (r) =>
              `${r.parentElement!.getAttribute('data-month')} ${r.getAttribute('data-quad')} ${r.getAttribute('data-count')}`,
          ),
        );
      expect(bars.sort()).toEqual(
        monthly.records.map((r) => `${r.get('month')} ${r.get('quad')} ${r.get('n')}`).sort(),
      );
      expect(await chart.locator('circle.score-dot').count()).toBe(months.length);
      expect(await chart.locator('path.score-line').getAttribute('d')).toMatch(/^M/);
      const turns = await chart
        .locator('g.turning-point')
        .evaluateAll((gs) =>
          gs.map((g) => `${g.getAttribute('data-month')} ${g.getAttribute('data-to')}`),
        );
      expect(turns).toEqual(expectedTurns);
      expect(await chart.locator('.turning-points li').count()).toBe(expectedTurns.length);
      await _screenshot(page, 'relation-chart');
      expect(_pageErrors(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
