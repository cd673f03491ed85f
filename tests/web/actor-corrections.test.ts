// Actor corrections in a real browser: an actor created by hand, an alias, type and country changed, and a merge
// of two actors that the graph and the panel follow, then undone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateCount, removeCurationArticle } from '../graph/_curation-fixture.ts';
import { _open, _pageErrors, _screenshot, _withSampleExplorer } from './_browser.ts';

// The curated actors file of this run, not the repository's.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-actor-corrections-'));
process.env.ENTENTE_CURATED_ACTORS = path.join(dir, 'actors.json');

const OURS = ['zvy-front', 'zvy-brigades'];
const env = _withSampleExplorer();
const articles: string[] = [];

async function call(method: string, route: string, json: unknown) {
  const response = await fetch(`${env.server.url}${route}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(json),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function actor(id: string) {
  const r = await env.db.run('MATCH (a:Actor {id: $id}) RETURN a {.*} AS a', { id });
  return r.records[0]?.get('a') as Record<string, unknown> | undefined;
}

const removeOurs = () =>
  env.db.run(
    `MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a
     WITH count(*) AS _ MATCH (e:AuditEntry) WHERE e.subjectId IN $ids DELETE e`,
    { ids: OURS },
    { routing: 'write' },
  );

beforeAll(async () => {
  await removeOurs();
});
afterAll(async () => {
  for (const id of articles) await removeCurationArticle(env.db, id);
  await removeOurs();
  fs.rmSync(dir, { recursive: true, force: true });
  delete process.env.ENTENTE_CURATED_ACTORS;
});

const heading = (page: Page) => page.locator('.actor-panel h2.actor-name').textContent();
const waitHeading = (page: Page, name: string) =>
  page.waitForFunction(
    (n) => document.querySelector('.actor-panel h2.actor-name')?.textContent === n,
    name,
  );
const edgeShown = (page: Page, key: string) =>
  page.evaluate((k) => window.__entente!.visibleEdges().some((e) => e.key === k), key);
const waitEdge = (page: Page, key: string, shown: boolean) =>
  page.waitForFunction(
    ([k, s]) => window.__entente!.visibleEdges().some((e) => e.key === k) === s,
    [key, shown] as const,
  );

describe('actor corrections', () => {
  it('creates an actor by hand, then adds an alias and changes its type and country', async () => {
    const page = await _open(env.browser, env.server.url);
    await page.locator('#create-actor > summary').click();
    await page.locator('#create-actor-name').fill('Zvy Front');
    await page.locator('#create-actor-type').selectOption('ArmedGroup');
    await page.locator('#create-actor-form button[type=submit]').click();
    await waitHeading(page, 'Zvy Front');
    expect(await actor('zvy-front')).toMatchObject({ name: 'Zvy Front', type: 'ArmedGroup' });

    await page.locator('#actor-curation > summary').click();
    await page.locator('#curate-alias').fill('Frente Zvy');
    await page.locator('#curate-alias-form button[type=submit]').click();
    await page.waitForFunction(() =>
      document.querySelector('.actor-panel .profile')?.textContent?.includes('Frente Zvy'),
    );
    expect((await actor('zvy-front'))?.aliases).toEqual(['Frente Zvy']);

    await page.locator('#actor-curation > summary').click();
    await page.locator('#curate-country').fill('xx');
    await page.locator('#curate-profile-form button[type=submit]').click();
    await page.waitForFunction(() =>
      document.querySelector('#curate-status')?.textContent?.includes('three letters'),
    );
    await page.locator('#curate-type').selectOption('Organization');
    await page.locator('#curate-country').fill('pry');
    await page.locator('#curate-profile-form button[type=submit]').click();
    await page.waitForFunction(
      () => document.querySelector('.actor-panel .type-badge')?.textContent === 'Organization',
    );
    expect(await actor('zvy-front')).toMatchObject({ type: 'Organization', countryCode: 'PRY' });
    expect(_pageErrors(page)).toEqual([]);
  });

  it('merges an actor into another: the graph and the panel follow, and the undo puts it back', async () => {
    expect(
      (
        await call('POST', '/api/actors', {
          id: 'zvy-brigades',
          name: 'Zvy Brigades',
          type: 'ArmedGroup',
        })
      ).status,
    ).toBe(201);
    const ingest = await call('POST', '/api/ingest', {
      text: 'The Zvy Brigades attacked Paraguay on 8 March 2023.',
      title: 'Zvy report',
      publishedAt: '2023-03-09',
    });
    expect(ingest.status).toBe(200);
    articles.push((ingest.body.article as { id: string }).id);

    const page = await _open(env.browser, env.server.url, '#actor=zvy-brigades');
    await waitHeading(page, 'Zvy Brigades');
    await waitEdge(page, 'zvy-brigades|ATTACK|PRY', true);

    await page.locator('#actor-curation > summary').click();
    await page.locator('#curate-merge-into').fill('Zvy Front');
    await page.locator('#curate-merge-form button[type=submit]').click();
    await waitHeading(page, 'Zvy Front');
    await waitEdge(page, 'zvy-front|ATTACK|PRY', true);
    expect(await edgeShown(page, 'zvy-brigades|ATTACK|PRY')).toBe(false);
    expect(await page.evaluate(() => window.__entente!.visibleNodes())).not.toContain(
      'zvy-brigades',
    );
    expect(await page.locator('#merge-notice').textContent()).toMatch(
      /Zvy Brigades was merged into Zvy Front \(1 statement moved\)/,
    );
    expect(await page.locator('.actor-panel .profile').textContent()).toContain('Zvy Brigades');
    expect(await aggregateCount(env.db, 'zvy-front|ATTACK|PRY')).toBe(1);
    expect(await actor('zvy-brigades')).toBeUndefined();
    await _screenshot(page, 'actor-merge');

    await page.locator('#undo-merge').click();
    await waitHeading(page, 'Zvy Brigades');
    await waitEdge(page, 'zvy-brigades|ATTACK|PRY', true);
    expect(await edgeShown(page, 'zvy-front|ATTACK|PRY')).toBe(false);
    expect(await aggregateCount(env.db, 'zvy-brigades|ATTACK|PRY')).toBe(1);
    expect(await aggregateCount(env.db, 'zvy-front|ATTACK|PRY')).toBe(0);
    expect(await heading(page)).toBe('Zvy Brigades');
    expect(await page.locator('#merge-notice').count()).toBe(0);
    expect(_pageErrors(page)).toEqual([]);
  });
});
