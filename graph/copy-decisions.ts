// Which articles of a write batch are syndicated copies, and of what: pure, from what the graph held before the
// batch (graph/syndicated-copies.ts reads it in one statement). The articles are judged in order, as if each were
// written before the next: an earlier article of the batch is judged by what the batch decided for it, a later one
// by what was stored, so one batch decides what the same articles written one by one would.
import { copySimilarity, type CopySignature } from '../ingest/copies/copy-signature.ts';

/** The original an article copies, and how similar the two texts are (estimated Jaccard of their shingles). */
export interface CopyMatch {
  originalId: string;
  similarity: number;
}

/** What the graph held for one article of the batch before it was written. */
export interface StoredCopyState {
  /** The original it was stored as a copy of, else null. */
  copyOf: string | null;
  /** Whether an article outside the batch copies it: it then stays an original. */
  copiedOutside: boolean;
  /** Stored originals sharing a band with it, outside the batch's earlier articles. */
  candidates: { id: string; minhash: number[] | null }[];
}

export function decideCopies(
  items: { id: string; signature: CopySignature | null }[],
  stored: ReadonlyMap<string, StoredCopyState>,
  threshold: number,
): (CopyMatch | null)[] {
  const decided: (CopyMatch | null)[] = [];
  items.forEach((item, j) => {
    const signature = item.signature;
    const state = stored.get(item.id);
    // An article others copy stays an original: copied from outside the batch, by an earlier article of the batch
    // as decided, or by a later one as stored (it is not written yet when this one is judged).
    const copied =
      state?.copiedOutside === true ||
      decided.some((d) => d?.originalId === item.id) ||
      items.some(
        (later, k) => k > j && later.id !== item.id && stored.get(later.id)?.copyOf === item.id,
      );
    if (!signature || copied) {
      decided.push(null);
      return;
    }
    const bands = new Set(signature.bands);
    const candidates = [
      ...(state?.candidates ?? []),
      // The batch's earlier originals that share a band with it.
      ...items
        .slice(0, j)
        .filter(
          (earlier, i) =>
            earlier.id !== item.id &&
            decided[i] === null &&
            earlier.signature?.bands.some((b) => bands.has(b)),
        )
        .map((earlier) => ({ id: earlier.id, minhash: earlier.signature!.minhash })),
    ];
    let best: CopyMatch | null = null;
    for (const candidate of candidates) {
      if (!candidate.minhash) continue;
      const similarity = copySimilarity(signature.minhash, candidate.minhash);
      if (similarity >= threshold && (!best || similarity > best.similarity))
        best = { originalId: candidate.id, similarity };
    }
    decided.push(best);
  });
  return decided;
}
