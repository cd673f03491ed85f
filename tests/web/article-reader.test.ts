// The article reader in a real browser: opened from a relation's evidence, the whole text as text with the names,
// the statements' sentences and their trigger words marked, and the list of what the article yielded.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExtraction } from '../../graph/write-extraction.ts';
import { triggerWords } from '../../queries/trigger-words.ts';
import { triggerPattern } from '../../web/app/panels/evidence-marks.ts';
import { _open, _pageErrors, _screenshot, _withSampleExplorer } from './_browser.ts';
import { fixtureExtractions, XSS_ACTOR_ID, XSS_NAME } from './_fixture.ts';

const env = _withSampleExplorer();
const xss = fixtureExtractions('xss');

beforeAll(async () => {
  for (const extraction of xss) await writeExtraction(env.db, extraction);
});
afterAll(async () => {
  // As explorer.test.ts leaves it: the probe's statements and aggregates gone, then its article and actors.
  for (const extraction of xss)
    await writeExtraction(env.db, { ...extraction, relations: [], mentions: [] });
  await env.db.run(
    'MATCH (a:Article) WHERE a.id IN $ids DETACH DELETE a',
    { ids: xss.map((x) => x.article.id) },
    { routing: 'write' },
  );
  await env.db.run(
    'MATCH (a:Actor) WHERE a.id STARTS WITH "wx-" AND NOT (a)--() DELETE a',
    {},
    { routing: 'write' },
  );
});

describe('article reader', () => {
  it('opens the article of an evidence sentence with its statements marked and listed', async () => {
    // A statement whose sentence holds its rule's trigger, in an article that yielded several statements.
    const rows = await env.db.run(
      `MATCH (s:Statement)-[:REPORTED_IN]->(art:Article)
       WITH art, collect(s) AS statements WHERE size(statements) >= 3
       UNWIND statements AS s
       RETURN art.id AS article, art.title AS title, art.text AS text, size(statements) AS count,
              s.id AS statement, s.relationId AS relation, s.sentence AS sentence, s.rule AS rule,
              COUNT { (r:Statement {relationId: s.relationId}) } AS siblings
       ORDER BY art.id, s.id`,
    );
    const picked = rows.records
      .map((r) => r.toObject() as Record<string, string & number>)
      .find((r) => {
        const pattern = triggerPattern(triggerWords(r.rule));
        return pattern !== null && pattern.test(r.sentence) && r.siblings <= 20;
      });
    expect(picked).toBeDefined();
    const p = picked!;
    const actors = await env.db.run(
      `MATCH (art:Article {id: $id})
       CALL (art) {
         MATCH (a:Actor)-[:MENTIONED_IN]->(art) RETURN a.id AS id
         UNION
         MATCH (a:Actor)<-[:SOURCE|TARGET]-(:Statement)-[:REPORTED_IN]->(art) RETURN a.id AS id
       }
       RETURN collect(id) AS ids`,
      { id: p.article },
    );

    const page = await _open(
      env.browser,
      env.server.url,
      `#relation=${encodeURIComponent(p.relation)}`,
    );
    try {
      const item = page
        .locator('.relation-panel .evidence-item')
        .filter({ has: page.locator('.sentence', { hasText: p.sentence }) })
        .first();
      await item.locator('button.read-article').click();
      const reader = page.locator('dialog.reader[open]');
      await reader.locator('.article-text').waitFor();
      expect(await reader.locator('#reader-title').textContent()).toBe(p.title);
      // The whole text, character for character, as text.
      expect(await reader.locator('.article-text').textContent()).toBe(p.text);
      // The evidence's own sentence is the current one, with its trigger marked apart from the names.
      const current = reader.locator('.statement-sentence.current');
      expect(await current.count()).toBe(1);
      expect(await current.textContent()).toBe(p.sentence);
      expect((await current.getAttribute('data-statements'))!.split(' ')).toContain(p.statement);
      expect(await current.locator('mark.trigger').count()).toBeGreaterThan(0);
      expect(await reader.locator('.article-text mark.name').count()).toBeGreaterThan(0);
      expect(
        await current.evaluate((node) => {
          const box = node.getBoundingClientRect();
          const text = node.closest('.article-text')!.getBoundingClientRect();
          return box.top >= text.top && box.bottom <= text.bottom;
        }),
      ).toBe(true);
      // Every statement of the article listed, and every actor it names.
      expect(await reader.locator('.reader-statements li').count()).toBe(p.count);
      const chips = await reader
        .locator('.reader-actors [data-actor]')
        .evaluateAll((b) => b.map((x) => x.getAttribute('data-actor')));
      expect(chips.sort()).toEqual((actors.records[0].get('ids') as string[]).sort());
      // The README's picture of the reader, refreshed on request only (ENTENTE_UPDATE_SCREENSHOT=1).
      await _screenshot(
        page,
        'article-reader',
        process.env.ENTENTE_UPDATE_SCREENSHOT ? path.resolve('docs/reader.png') : undefined,
      );

      // A statement in the list shows its sentence; "open relation" closes the reader and opens the relation.
      const other = reader.locator('.reader-statements li').last();
      const otherId = await other.getAttribute('data-statement');
      await other.locator('button').first().click();
      expect(
        (await reader
          .locator('.statement-sentence.current')
          .getAttribute('data-statements'))!.split(' '),
      ).toContain(otherId);
      const relation = await env.db.run('MATCH (s:Statement {id: $id}) RETURN s.relationId AS r', {
        id: otherId,
      });
      await other.locator('button.open-relation').click();
      await page.locator('dialog.reader[open]').waitFor({ state: 'detached' });
      await expect
        .poll(() =>
          page.evaluate(() => (window.__entente!.view() as { selection: unknown }).selection),
        )
        .toEqual({ kind: 'relation', id: relation.records[0].get('r') });
      expect(_pageErrors(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('shows markup in an article as text, never as HTML', async () => {
    const page = await _open(
      env.browser,
      env.server.url,
      `#actor=${encodeURIComponent(XSS_ACTOR_ID)}`,
    );
    try {
      // The panel opens its first relation, and with it that relation's evidence.
      await page.locator('details.relation[open] button.read-article').first().click();
      const text = page.locator('dialog.reader[open] .article-text');
      await text.waitFor();
      expect(await text.textContent()).toBe(xss[0].article.text);
      expect(await text.locator('mark.name').first().textContent()).toBe(XSS_NAME);
      expect(await page.locator('dialog.reader img').count()).toBe(0);
      expect(await page.locator('dialog.reader #reader-title').textContent()).toContain(XSS_NAME);
      // The article's url is javascript:, so no link to it.
      expect(await page.locator('dialog.reader a').count()).toBe(0);
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
      await page.keyboard.press('Escape');
      await page.locator('dialog.reader[open]').waitFor({ state: 'detached' });
    } finally {
      await page.context().close();
    }
  });
});
