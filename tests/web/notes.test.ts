// Notes in a real browser: added to an actor and to a relation, shown in their panels as text (markup stays text),
// still there after a reload, found by the note search, edited (the new text stored, the panel saying who edited),
// and deleted.
import { afterAll, describe, expect, it } from 'vitest';
import { _open, _pageErrors, _withSampleExplorer } from './_browser.ts';

const MARK = 'notes-browser-test';
const PROBE = `<img src=x onerror="window.__xss=3"> ${MARK}: check <b>this</b>`;
const env = _withSampleExplorer();

afterAll(async () => {
  await env.db.run(
    `MATCH (n:Note) WHERE n.text CONTAINS $mark DELETE n
     WITH count(*) AS _
     MATCH (e:AuditEntry) WHERE e.action STARTS WITH 'note.'
       AND (e.after CONTAINS $mark OR e.before CONTAINS $mark) DELETE e`,
    { mark: MARK },
    { routing: 'write' },
  );
});

const notesIn = (page: import('playwright-core').Page, panel: string) =>
  page.locator(`${panel} .notes .note-body`).allTextContents();

describe('notes', () => {
  it('adds a note to an actor and to a relation, shows them as text, keeps them, deletes one', async () => {
    const r = await env.db.run(
      `MATCH (a:Actor)-[r]->(:Actor) WHERE r.id IS NOT NULL
       RETURN a.id AS actor, r.id AS relation ORDER BY r.count DESC, r.id LIMIT 1`,
    );
    const actor = r.records[0].get('actor') as string;
    const relation = r.records[0].get('relation') as string;

    const page = await _open(env.browser, env.server.url, `#actor=${actor}`);
    await page.locator('.actor-panel .notes-section textarea').fill(PROBE);
    await page.locator('.actor-panel .notes-section button[type=submit]').click();
    await page.waitForFunction(() => document.querySelector('.actor-panel .note-body') !== null);
    expect(await notesIn(page, '.actor-panel')).toEqual([PROBE]);
    expect(await page.locator('.actor-panel .notes img, .actor-panel .notes b').count()).toBe(0);

    await page.reload();
    await page.waitForFunction(() => window.__entente?.ready() === true);
    await page.waitForFunction(() => document.querySelector('.actor-panel .note-body') !== null);
    expect(await notesIn(page, '.actor-panel')).toEqual([PROBE]);

    // Searched from the Saved tab, the note names its actor and opens it.
    await page.locator('#tab-saved').click();
    await page.locator('#note-search').fill(MARK.toUpperCase());
    await page.locator('#note-search').press('Enter');
    await page.waitForFunction(
      () => document.querySelector('#note-search-results .note-body') !== null,
    );
    expect(await page.locator('#note-search-results .note-body').allTextContents()).toEqual([
      PROBE,
    ]);
    await page.locator('#note-search-results button', { hasText: actor }).click();
    await page.waitForFunction(() => document.querySelector('.actor-panel .note-body') !== null);
    expect(await page.evaluate(() => window.__entente!.view())).toMatchObject({
      selection: { kind: 'actor', id: actor },
    });

    await page.evaluate((h) => (location.hash = h), `#relation=${encodeURIComponent(relation)}`);
    await page.waitForFunction(() =>
      document.querySelector('.relation-panel .notes')?.textContent?.includes('No notes yet.'),
    );
    await page.locator('.relation-panel .notes-section textarea').fill(`Second source ${MARK}`);
    await page.locator('.relation-panel .notes-section button[type=submit]').click();
    await page.waitForFunction(() => document.querySelector('.relation-panel .note-body') !== null);
    expect(await notesIn(page, '.relation-panel')).toEqual([`Second source ${MARK}`]);
    const stored = await env.db.run(
      'MATCH (n:Note {subjectType: "relation", subjectId: $id}) RETURN n.text AS text',
      { id: relation },
    );
    expect(stored.records.map((x) => x.get('text'))).toContain(`Second source ${MARK}`);

    // Edit it in place: the box holds the old text; Save stores the new one and the note says it was edited.
    await page.locator('.relation-panel .note button', { hasText: 'Edit' }).click();
    const box = page.locator('.relation-panel .note textarea');
    expect(await box.inputValue()).toBe(`Second source ${MARK}`);
    await box.fill(`Third source, <i>not</i> the second ${MARK}`);
    await page.locator('.relation-panel .note button[type=submit]', { hasText: 'Save' }).click();
    await page.waitForFunction(() =>
      document.querySelector('.relation-panel .note')?.textContent?.includes('edited by'),
    );
    expect(await notesIn(page, '.relation-panel')).toEqual([
      `Third source, <i>not</i> the second ${MARK}`,
    ]);
    const edited = await env.db.run(
      'MATCH (n:Note {subjectType: "relation", subjectId: $id}) WHERE n.text CONTAINS $mark RETURN n.text AS text',
      { id: relation, mark: MARK },
    );
    expect(edited.records.map((x) => x.get('text'))).toEqual([
      `Third source, <i>not</i> the second ${MARK}`,
    ]);

    await page.locator('.relation-panel .note button', { hasText: 'Delete' }).click();
    await page.waitForFunction(() =>
      document.querySelector('.relation-panel .notes')?.textContent?.includes('No notes yet.'),
    );
    const left = await env.db.run(
      'MATCH (n:Note {subjectId: $id}) WHERE n.text CONTAINS $mark RETURN count(n) AS n',
      { id: relation, mark: MARK },
    );
    expect(Number(left.records[0].get('n'))).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(_pageErrors(page)).toEqual([]);
  });
});
