// The relation panel in a real browser: the pair's chart (statements per month by quad class, the mean score line,
// the turning points) and the evidence with its trigger words marked, against what the database holds.
import { describe, expect, it } from 'vitest';
import { triggerWords } from '../../queries/trigger-words.ts';
import { triggerPattern } from '../../web/app/panels/evidence-marks.ts';
import type { DyadResult } from '../../web/app/api/types.ts';
import { _open, _pageErrors, _screenshot, _withSampleExplorer } from './_browser.ts';

const env = _withSampleExplorer();

describe('relation panel', () => {
  it('charts the pair over time: counts per quad class, mean score per month, turning points', async () => {
    // Every pair's months; the test opens the pair with the most turning points (the most months on a tie).
    const series = await env.db.run(
      `MATCH (s:Statement) WHERE s.quadClass IS NOT NULL AND s.date IS NOT NULL
       WITH CASE WHEN s.source < s.target THEN [s.source, s.target] ELSE [s.target, s.source] END AS pair,
            left(s.date, 7) AS month, s
       WITH pair, month, count(s) AS statements, round(avg(s.score), 2) AS meanScore,
            collect(s.relationId)[0] AS relation
       ORDER BY pair, month
       RETURN pair, collect({month: month, statements: statements, meanScore: meanScore}) AS months,
              collect(relation)[0] AS relation`,
    );
    // The turning points are the analytics dyad measure's (actors not rolled up), over the pairs with most months.
    const dyadTurns = async ([a, b]: string[]) => {
      const response = await fetch(
        `${env.server.url}/api/analytics/dyad?actor=${a}&other=${b}&granularity=month&rollUp=false`,
      );
      const { data } = (await response.json()) as { data: DyadResult };
      return data.turningPoints
        .filter((t) => t.kind === 'sign')
        .map((t) => `${t.period} ${t.to === 'positive' ? 'cooperation' : 'conflict'}`);
    };
    const candidates = series.records
      .map((r) => ({
        pair: r.get('pair') as string[],
        relation: r.get('relation') as string,
        months: r.get('months') as { month: string; statements: number; meanScore: number }[],
      }))
      .sort((x, y) => y.months.length - x.months.length)
      .slice(0, 25);
    // One at a time: the API computes a few distinct analyses at once and refuses more.
    const pairs = [];
    for (const c of candidates) pairs.push({ ...c, turns: await dyadTurns(c.pair) });
    pairs.sort((x, y) => y.turns.length - x.turns.length || y.months.length - x.months.length);
    const { pair, relation, months, turns: expectedTurns } = pairs[0];
    expect(expectedTurns.length).toBeGreaterThan(0);
    const [a, b] = pair;
    const monthly = await env.db.run(
      `MATCH (s:Statement) WHERE s.quadClass IS NOT NULL AND s.date IS NOT NULL
         AND ((s.source = $a AND s.target = $b) OR (s.source = $b AND s.target = $a))
       RETURN left(s.date, 7) AS month, s.quadClass AS quad, count(s) AS n`,
      { a, b },
    );

    const page = await _open(
      env.browser,
      env.server.url,
      `#relation=${encodeURIComponent(relation)}`,
    );
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

  it('marks the words that made the relation apart from the names, and gives the rule and both dates', async () => {
    const statements = await env.db.run(
      `MATCH (s:Statement)-[:REPORTED_IN]->(a:Article)
       RETURN s.sentence AS sentence, s.rule AS rule, s.relationId AS relation, s.date AS date,
              a.publishedAt AS published
       ORDER BY s.relationId, s.sentence`,
    );
    // A statement whose sentence holds one of its rule's words, on a relation with only that one statement.
    const picked = statements.records
      .map((r) => r.toObject() as Record<string, string | null>)
      .find((r) => {
        const pattern = triggerPattern(triggerWords(r.rule));
        const siblings = statements.records.filter((x) => x.get('relation') === r.relation);
        return pattern !== null && pattern.test(r.sentence!) && siblings.length === 1;
      });
    expect(picked).toBeDefined();
    const page = await _open(
      env.browser,
      env.server.url,
      `#relation=${encodeURIComponent(picked!.relation!)}`,
    );
    try {
      const item = page.locator('.relation-panel .evidence-item').first();
      await item.waitFor();
      expect(await item.locator('.sentence').textContent()).toBe(picked!.sentence);
      const triggers = await item.locator('mark.trigger').allTextContents();
      expect(triggers.length).toBeGreaterThan(0);
      const pattern = triggerPattern(triggerWords(picked!.rule))!;
      for (const t of triggers) {
        pattern.lastIndex = 0;
        expect(pattern.test(t), t).toBe(true);
      }
      // Names are marked apart (plain <mark>), and never as triggers.
      expect(await item.locator('mark:not(.trigger)').count()).toBeGreaterThan(0);
      expect(await item.locator('.rule').textContent()).toBe(picked!.rule);
      expect(await item.locator('.event-date').textContent()).toBe(picked!.date ?? 'undated');
      expect(await item.locator('.article-date').textContent()).toBe(
        picked!.published ?? 'undated',
      );
      await _screenshot(page, 'evidence-trigger');
    } finally {
      await page.context().close();
    }
  });
});
