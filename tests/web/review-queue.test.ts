// The review queue in a real browser: five statements reviewed by keyboard (accept, reject, edit), the counter of
// what is left, the sentence with its actors and trigger marked, and the graph and its counts changed at once.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { loadActorRegistry } from '../../ingest/actors/index.ts';
import { startServer } from '../../web/server/index.ts';
import {
  aggregateCount,
  curationStatements,
  ingestCurationArticle,
  removeCurationArticle,
} from '../graph/_curation-fixture.ts';
import { useSampleCorpus } from '../setup/sample-corpus.ts';
import { _ensureBuilt, _launch, _open, _pageErrors, _screenshot, DIST } from './_browser.ts';

const CHILE = [
  'Chile met Peru in Lima on 4 March 2023.',
  'Chile threatened Argentina on 5 March 2023.',
  'Chile imposed sanctions on Ecuador on 6 March 2023.',
  'Chile praised Uruguay on 7 March 2023.',
].join('\n\n');

let db: Database;
let browser: Browser;
let server: { url: string; close(): Promise<void> };
const articles: string[] = [];

beforeAll(async () => {
  _ensureBuilt();
  db = new Database();
  await useSampleCorpus();
  for (const [title, text] of [
    ['Curation test article', undefined],
    ['Chile report', CHILE],
  ] as const) {
    const first = await ingestCurationArticle(db, title, loadActorRegistry(), text);
    await removeCurationArticle(db, first.article.id);
    articles.push((await ingestCurationArticle(db, title, loadActorRegistry(), text)).article.id);
  }
  server = await startServer({
    db,
    host: '127.0.0.1',
    port: 0,
    staticDir: DIST,
    user: 'review-browser',
  });
  browser = await _launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const id of articles) await removeCurationArticle(db, id);
  await db?.close();
});

const left = (page: Page) => page.locator('#review-left').textContent();
const waitLeft = (page: Page, n: number) =>
  page.waitForFunction(
    (text) => document.querySelector('#review-left')?.textContent === text,
    `${n} left to review`,
  );
const relation = (page: Page) => page.locator('#review-relation').textContent();
const edgeShown = (page: Page, key: string) =>
  page.evaluate((k) => window.__entente!.visibleEdges().some((e) => e.key === k), key);

describe('review queue', () => {
  it('narrows the queue to a confidence range', async () => {
    const r = await db.run(
      `MATCH (s:Statement {source: 'CHL'}) WHERE s.reviewState IS NULL
       RETURN s.confidence AS c ORDER BY c`,
    );
    const confidences = r.records.map((x) => x.get('c') as number);
    expect(confidences).toHaveLength(5);
    const page = await _open(browser, server.url, '#tab=review');
    await page.locator('#review-actor').fill('CHL');
    await page.locator('#review-actor').press('Enter');
    await waitLeft(page, 5);
    const narrow = async (box: 'min' | 'max', value: number, left: number) => {
      await page.locator(`#review-${box}-confidence`).fill(String(value));
      await page.locator(`#review-${box}-confidence`).press('Enter');
      await page.locator(`#review-${box}-confidence`).blur();
      await waitLeft(page, left);
    };
    // Above the highest: nothing; the highest alone; then a range, as the database counts it.
    const [lowest, highest] = [confidences[0], confidences[confidences.length - 1]];
    await narrow('min', Math.min(1, highest + 0.01), 0);
    await narrow('min', highest, confidences.filter((c) => c >= highest).length);
    await narrow('min', lowest, 5);
    await narrow('max', lowest, confidences.filter((c) => c <= lowest).length);
    expect(_pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('reviews five statements by keyboard, and the graph follows each decision', async () => {
    const page = await _open(browser, server.url, '#tab=review');
    await page.locator('#review-actor').fill('CHL');
    await page.locator('#review-actor').press('Enter');
    await page.locator('#review-actor').blur();
    await waitLeft(page, 5);
    // Newest first: the praise of 7 March, its actors and its trigger marked (as text, never HTML).
    expect(await relation(page)).toBe('Chile SUPPORT Uruguay');
    const marks = await page.locator('#review-sentence mark').allTextContents();
    expect(marks).toEqual(['Chile', 'praised', 'Uruguay']);
    expect(await page.locator('#review-sentence mark.trigger').textContent()).toBe('praised');

    await page.locator('#review-left').click();
    await page.keyboard.press('j');
    expect(await relation(page)).toBe('Chile SANCTION Ecuador');
    await page.keyboard.press('k');
    expect(await relation(page)).toBe('Chile SUPPORT Uruguay');

    await page.keyboard.press('a');
    await waitLeft(page, 4);
    expect(await relation(page)).toBe('Chile SANCTION Ecuador');
    await page.waitForFunction(() => window.__entente?.ready() === true);
    expect(await edgeShown(page, 'CHL|SANCTION|ECU')).toBe(true);
    const countsBefore = await page.locator('.counts').textContent();

    await page.keyboard.press('r');
    await waitLeft(page, 3);
    await page.waitForFunction(
      () => !window.__entente!.visibleEdges().some((e) => e.key === 'CHL|SANCTION|ECU'),
    );
    await page.waitForFunction(
      (before) => document.querySelector('.counts')?.textContent !== before,
      countsBefore,
    );
    expect(await page.locator('.counts').textContent()).toMatch(/relations/);
    expect(await aggregateCount(db, 'CHL|SANCTION|ECU')).toBe(0);

    expect(await relation(page)).toBe('Chile THREATEN Argentina');
    await page.keyboard.press('e');
    await page.locator('#review-edit-type').selectOption('CRITICIZE');
    await page.locator('#review-edit button[type=submit]').click();
    await waitLeft(page, 2);
    expect(await aggregateCount(db, 'CHL|CRITICIZE|ARG')).toBe(1);
    expect(await aggregateCount(db, 'CHL|THREATEN|ARG')).toBe(0);

    await page.locator('#review-left').click();
    await page.keyboard.press('a');
    await waitLeft(page, 1);
    await page.keyboard.press('a');
    await waitLeft(page, 0);
    expect(await page.locator('#review-current').textContent()).toMatch(/Nothing left/);

    const states = [
      ...(await curationStatements(db, articles[0])),
      ...(await curationStatements(db, articles[1])),
    ]
      .filter((s) => s.source === 'CHL')
      .map((s) => `${s.relationId} ${s.reviewState}`)
      .sort();
    expect(states).toEqual([
      'CHL|CONSULT|PER accepted',
      'CHL|CRITICIZE|ARG corrected',
      'CHL|CRITICIZE|BOL accepted',
      'CHL|SANCTION|ECU rejected',
      'CHL|SUPPORT|URY accepted',
    ]);
    expect(await left(page)).toBe('0 left to review');
    // The History section lists the decisions just made, newest first, with who made them.
    const rejected = [
      ...(await curationStatements(db, articles[0])),
      ...(await curationStatements(db, articles[1])),
    ].find((s) => s.relationId === 'CHL|SANCTION|ECU')!;
    await page.locator('#audit-section summary').click();
    await page.waitForFunction(
      () => document.querySelectorAll('#audit-list .audit-entry').length >= 5,
    );
    // Other test files may curate at the same time: only this server's user's entries are ours.
    const history = (await page.locator('#audit-list .audit-entry').allTextContents()).filter((t) =>
      t.includes(' · review-browser · '),
    );
    expect(history.slice(0, 5).map((t) => /statement\.\w+/.exec(t)?.[0])).toEqual([
      'statement.accept',
      'statement.accept',
      'statement.correct',
      'statement.reject',
      'statement.accept',
    ]);
    expect(history[3]).toContain(rejected.id);
    await _screenshot(page, 'review-queue');
    expect(_pageErrors(page)).toEqual([]);
  });

  it('flags a statement contradicted by another of the same pair within a month, and lists only flagged ones', async () => {
    const text = [
      'Colombia praised Ecuador on 4 March 2023.',
      'Colombia met Peru on 5 March 2023.',
      'Colombia threatened Ecuador on 20 March 2023.',
    ].join('\n\n');
    const flagged = await ingestCurationArticle(db, 'Flags report', loadActorRegistry(), text);
    articles.push(flagged.article.id);
    const page = await _open(browser, server.url, '#tab=review');
    await page.locator('#review-article').fill(flagged.article.id);
    await page.locator('#review-article').press('Enter');
    await page.locator('#review-article').blur();
    await waitLeft(page, 3);
    // Only the flagged ones: the meeting with Peru leaves the queue and the counter.
    await page.locator('#review-flagged').check();
    await waitLeft(page, 2);
    // Newest first: the threat, contradicted by the praise of 4 March (its sentence as text).
    expect(await relation(page)).toBe('Colombia THREATEN Ecuador');
    expect(await page.locator('#review-flags li').allTextContents()).toEqual([
      'Contradicted by COL SUPPORT ECU on 2023-03-04: Colombia praised Ecuador on 4 March 2023.',
    ]);
    await page.locator('#review-left').click();
    await page.keyboard.press('j');
    expect(await relation(page)).toBe('Colombia SUPPORT Ecuador');
    expect(await page.locator('#review-flags li').allTextContents()).toEqual([
      'Contradicted by COL THREATEN ECU on 2023-03-20: Colombia threatened Ecuador on 20 March 2023.',
    ]);
    await _screenshot(page, 'review-flags');
    // Accepting the praise leaves the threat, which now says it contradicts an accepted statement.
    await page.keyboard.press('a');
    await waitLeft(page, 1);
    await page.locator('#review-flagged').uncheck();
    await waitLeft(page, 2);
    await page.locator('#review-flagged').check();
    await waitLeft(page, 1);
    expect(await relation(page)).toBe('Colombia THREATEN Ecuador');
    expect(await page.locator('#review-flags li').allTextContents()).toEqual([
      'Contradicts an accepted statement: COL SUPPORT ECU on 2023-03-04: Colombia praised Ecuador on 4 March 2023.',
    ]);
    expect(_pageErrors(page)).toEqual([]);
  });
});
