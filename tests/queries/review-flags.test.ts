// Contradiction flags in the review queue against the real Neo4j: a statement of the same pair on the other side
// within the window flags both (and says when the other is accepted), one outside it or on the same side does not,
// the window is a parameter; an actor tied to two states flags its links; `flagged` lists only flagged ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { reviewStatement } from '../../graph/review-statements.ts';
import { loadActorRegistry } from '../../ingest/actors/index.ts';
import reviewQueue, { type ReviewItem } from '../../queries/named/review-queue.ts';
import { runQuery } from '../../queries/run-query.ts';
import { ingestCurationArticle, removeCurationArticle } from '../graph/_curation-fixture.ts';

const TEXT = [
  'Chile praised Peru on 4 March 2023.',
  'Chile threatened Peru on 20 March 2023.',
  'Chile criticised Peru on 20 June 2023.',
  // Read as Peru supporting Bolivia: the negator before the trigger flags it.
  'Chile, not Peru, supported Bolivia on 4 March 2023.',
].join('\n\n');

// Two statements that corrections turn into Niinistö leading Sweden and Finland (apart, and of one sign); the
// last sentence names the three actors and states no relation.
const LINKS = [
  'Chile criticised Bolivia on 3 March 2023.',
  'Chile blamed Bolivia on 9 May 2023.',
  'Sauli Niinistö gave a speech on 1 March 2023 to visitors from Finland and Sweden.',
].join('\n\n');

let db: Database;
let article: string;
let links: string;

beforeAll(async () => {
  db = new Database();
  const registry = loadActorRegistry();
  article = (await ingestCurationArticle(db, 'Flags report', registry, TEXT)).article.id;
  links = (await ingestCurationArticle(db, 'Links report', registry, LINKS)).article.id;
});
afterAll(async () => {
  await removeCurationArticle(db, article);
  await removeCurationArticle(db, links);
  await db.close();
});

/** Each statement's relation id and the relation ids of what flags it as opposite. */
async function flags(params: Record<string, unknown> = {}) {
  const { data } = await runQuery(db, reviewQueue, { article, ...params });
  return Object.fromEntries(
    data.statements.map((s: ReviewItem) => [
      s.relationId,
      s.flags.map((f) =>
        f.kind === 'opposite'
          ? f.statement.relationId
          : f.kind === 'negation'
            ? `negation:${f.word}`
            : `two-states:${f.states.map((x) => x.id).join(',')}`,
      ),
    ]),
  );
}

describe('review queue flags', () => {
  it('flags a statement of the same pair on the other side within the window, both ways', async () => {
    expect(await flags()).toEqual({
      'CHL|SUPPORT|PER': ['CHL|THREATEN|PER'],
      'CHL|THREATEN|PER': ['CHL|SUPPORT|PER'],
      'CHL|CRITICIZE|PER': [],
      'PER|SUPPORT|BOL': ['negation:not'],
    });
  });

  it('takes the window in days', async () => {
    expect(await flags({ contradictionDays: 120 })).toEqual({
      'CHL|SUPPORT|PER': ['CHL|THREATEN|PER', 'CHL|CRITICIZE|PER'],
      'CHL|THREATEN|PER': ['CHL|SUPPORT|PER'],
      'CHL|CRITICIZE|PER': ['CHL|SUPPORT|PER'],
      'PER|SUPPORT|BOL': ['negation:not'],
    });
    expect(await flags({ contradictionDays: 10 })).toEqual({
      'CHL|SUPPORT|PER': [],
      'CHL|THREATEN|PER': [],
      'CHL|CRITICIZE|PER': [],
      'PER|SUPPORT|BOL': ['negation:not'],
    });
  });

  it('lists only flagged statements when asked, counting and paging those', async () => {
    const { data } = await runQuery(db, reviewQueue, { article, flagged: true });
    expect(data.total).toBe(3);
    expect(data.statements.map((s: ReviewItem) => s.relationId).sort()).toEqual([
      'CHL|SUPPORT|PER',
      'CHL|THREATEN|PER',
      'PER|SUPPORT|BOL',
    ]);
    const second = await runQuery(db, reviewQueue, { article, flagged: true, offset: 1, limit: 1 });
    expect(second.data.total).toBe(3);
    expect(second.data.statements.map((s: ReviewItem) => s.id)).toEqual([data.statements[1].id]);
    // A shorter window leaves only the negation; paging past the end still says how many there are.
    const narrow = await runQuery(db, reviewQueue, {
      article,
      flagged: true,
      contradictionDays: 10,
    });
    expect(narrow.data.statements.map((s: ReviewItem) => s.relationId)).toEqual([
      'PER|SUPPORT|BOL',
    ]);
    const past = await runQuery(db, reviewQueue, { article, flagged: true, offset: 5 });
    expect(past.data).toEqual({ total: 3, statements: [] });
  });

  it('says when the statement it contradicts was accepted', async () => {
    const { data } = await runQuery(db, reviewQueue, { article });
    const support = data.statements.find((s: ReviewItem) => s.relationId === 'CHL|SUPPORT|PER')!;
    await reviewStatement(db, support.id, { action: 'accept' }, { user: 'flag-test' });
    try {
      const after = await runQuery(db, reviewQueue, { article, state: 'any' });
      const threaten = after.data.statements.find(
        (s: ReviewItem) => s.relationId === 'CHL|THREATEN|PER',
      )!;
      expect(threaten.flags).toEqual([
        {
          kind: 'opposite',
          statement: expect.objectContaining({ id: support.id, reviewState: 'accepted' }),
        },
      ]);
    } finally {
      await reviewStatement(db, support.id, { action: 'reset' }, { user: 'flag-test' });
    }
  });

  it('flags a person tied to two states: by the registry and by its kept links', async () => {
    const { data } = await runQuery(db, reviewQueue, { article: links });
    // Newest first: May, then March.
    const [second, first] = data.statements as ReviewItem[];
    expect(data.statements.map((s: ReviewItem) => [s.date, s.flags])).toEqual([
      ['2023-05-09', []],
      ['2023-03-03', []],
    ]);
    const lead = (id: string, target: string) =>
      reviewStatement(
        db,
        id,
        { action: 'correct', correction: { source: 'sauli-niinisto', type: 'LEADS', target } },
        { user: 'flag-test' },
      );
    // Niinistö (Finland's, in the registry) leading Finland ties him to one state: no flag.
    await lead(second.id, 'FIN');
    const states = async () => {
      const r = await runQuery(db, reviewQueue, { article: links, state: 'any' });
      return Object.fromEntries(
        r.data.statements.map((s: ReviewItem) => [
          s.relationId,
          s.flags.flatMap((f) => (f.kind === 'two-states' ? f.states.map((x) => x.id) : [])),
        ]),
      );
    };
    expect(await states()).toEqual({ 'sauli-niinisto|LEADS|FIN': [], [first.relationId]: [] });
    // Leading Sweden too: that link names Finland (registry and link), and the Finland link now names Sweden.
    await lead(first.id, 'SWE');
    expect(await states()).toEqual({
      'sauli-niinisto|LEADS|SWE': ['FIN'],
      'sauli-niinisto|LEADS|FIN': ['SWE'],
    });
    const flagged = await runQuery(db, reviewQueue, {
      article: links,
      state: 'any',
      flagged: true,
    });
    expect(flagged.data.total).toBe(2);
  });
});
