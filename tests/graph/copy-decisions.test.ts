// Judging a write batch's syndicated copies in memory, from what the graph held before it: the batch decides what
// the same articles written one at a time would.
import { describe, expect, it } from 'vitest';
import { decideCopies, type StoredCopyState } from '../../graph/copy-decisions.ts';
import { copySignature } from '../../ingest/copies/copy-signature.ts';

const STORY = `The river authority opened the new flood gates below the old mill on Thursday, three weeks later than \
planned because of a shortage of steel, and said the town centre would now stay dry in all but the worst winters. \
The gates close by themselves when the water rises above the market steps, and a keeper will test them every month. \
Shopkeepers who lost their stock two years ago welcomed the work but asked for help with their insurance bills.`;
const OTHER = `A bakery on the high street won the county prize for its rye bread on Sunday, the third time in five \
years, and its owner said the secret was a sourdough starter kept alive since her grandmother opened the shop. The \
judges praised the crust and the long slow bake, and the bakery will supply the county show next summer. Queues \
formed before dawn on Monday, and the loaves had sold out by nine in the morning.`;
const copyOf = (text: string, n: number) =>
  `${text.replace('the', `the ${'very '.repeat(n)}`)} Staff report.`;

const item = (id: string, text: string) => ({ id, signature: copySignature(text) });
const none: StoredCopyState = { copyOf: null, copiedOutside: false, candidates: [] };
const storedAs = (entries: Record<string, Partial<StoredCopyState>>) =>
  new Map(Object.entries(entries).map(([id, s]) => [id, { ...none, ...s }]));
const ids = (decided: ({ originalId: string } | null)[]) =>
  decided.map((d) => d?.originalId ?? null);

describe('decideCopies', () => {
  it('finds an original written earlier in the batch, never a copy, and keeps other stories apart', () => {
    const batch = [
      item('a', STORY),
      item('b', copyOf(STORY, 1)),
      item('c', copyOf(STORY, 2)),
      item('d', OTHER),
    ];
    const decided = decideCopies(batch, storedAs({ a: {}, b: {}, c: {}, d: {} }), 0.6);
    expect(ids(decided)).toEqual([null, 'a', 'a', null]);
    expect(decided[1]!.similarity).toBeGreaterThanOrEqual(0.6);
  });

  it('uses the stored candidates, and leaves an article the graph shows copied an original', () => {
    const original = { id: 'stored', minhash: copySignature(STORY)!.minhash };
    const batch = [item('a', copyOf(STORY, 1)), item('b', copyOf(STORY, 2))];
    // 'a' is a copy, so never a candidate: 'b' copies the stored original too.
    expect(
      ids(
        decideCopies(
          batch,
          storedAs({ a: { candidates: [original] }, b: { candidates: [original] } }),
          0.6,
        ),
      ),
    ).toEqual(['stored', 'stored']);
    // Copied from outside the batch: stays an original, and so the next one copies it.
    expect(
      ids(
        decideCopies(
          batch,
          storedAs({ a: { candidates: [original], copiedOutside: true }, b: {} }),
          0.6,
        ),
      ),
    ).toEqual([null, 'a']);
    // Copied, as stored, by an article later in the batch (not yet written when this one is judged).
    expect(
      ids(
        decideCopies(batch, storedAs({ a: { candidates: [original] }, b: { copyOf: 'a' } }), 0.6),
      ),
    ).toEqual([null, 'a']);
  });

  it('leaves an original an article the batch made another copy of, and judges no short text', () => {
    // 'b' is stored as an original that 'a' finds; once 'a' copies it, 'b' is not judged a copy of anything.
    const b = { id: 'b', minhash: copySignature(copyOf(STORY, 1))!.minhash };
    const elsewhere = { id: 'z', minhash: copySignature(STORY)!.minhash };
    const batch = [item('a', STORY), item('b', copyOf(STORY, 1)), item('s', 'Too short.')];
    const decided = decideCopies(
      batch,
      storedAs({ a: { candidates: [b] }, b: { candidates: [elsewhere] }, s: {} }),
      0.6,
    );
    expect(ids(decided)).toEqual(['b', null, null]);
    expect(batch[2].signature).toBeNull();
  });
});
