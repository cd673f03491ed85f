// Contradiction flags in the review queue against the real Neo4j: a statement of the same pair on the other side
// within the window flags both, one outside it or on the same side does not, and the window is a parameter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { loadActorRegistry } from '../../ingest/actors/index.ts';
import reviewQueue, { type ReviewItem } from '../../queries/named/review-queue.ts';
import { runQuery } from '../../queries/run-query.ts';
import { ingestCurationArticle, removeCurationArticle } from '../graph/_curation-fixture.ts';

const TEXT = [
  'Chile praised Peru on 4 March 2023.',
  'Chile threatened Peru on 20 March 2023.',
  'Chile criticised Peru on 20 June 2023.',
].join('\n\n');

let db: Database;
let article: string;

beforeAll(async () => {
  db = new Database();
  article = (await ingestCurationArticle(db, 'Flags report', loadActorRegistry(), TEXT)).article.id;
});
afterAll(async () => {
  await removeCurationArticle(db, article);
  await db.close();
});

/** Each statement's relation id and the relation ids of what flags it as opposite. */
async function flags(params: Record<string, unknown> = {}) {
  const { data } = await runQuery(db, reviewQueue, { article, ...params });
  return Object.fromEntries(
    data.statements.map((s: ReviewItem) => [
      s.relationId,
      s.flags.map((f) => (f.kind === 'opposite' ? f.statement.relationId : `negation:${f.word}`)),
    ]),
  );
}

describe('review queue flags', () => {
  it('flags a statement of the same pair on the other side within the window, both ways', async () => {
    expect(await flags()).toEqual({
      'CHL|SUPPORT|PER': ['CHL|THREATEN|PER'],
      'CHL|THREATEN|PER': ['CHL|SUPPORT|PER'],
      'CHL|CRITICIZE|PER': [],
    });
  });

  it('takes the window in days', async () => {
    expect(await flags({ contradictionDays: 120 })).toEqual({
      'CHL|SUPPORT|PER': ['CHL|THREATEN|PER', 'CHL|CRITICIZE|PER'],
      'CHL|THREATEN|PER': ['CHL|SUPPORT|PER'],
      'CHL|CRITICIZE|PER': ['CHL|SUPPORT|PER'],
    });
    expect(await flags({ contradictionDays: 10 })).toEqual({
      'CHL|SUPPORT|PER': [],
      'CHL|THREATEN|PER': [],
      'CHL|CRITICIZE|PER': [],
    });
  });
});
