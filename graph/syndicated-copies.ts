// Syndicated copies in the graph: an article whose text nearly repeats an article already written (a wire story
// carried by another outlet) is linked (:Article)-[:COPY_OF]->(original) and writes no statements or mentions of
// its own, so counts do not grow with the number of outlets; the original's evidence lists the copies' outlets.
// Originals are found through their MinHash band keys, (:Article)-[:IN_BAND]->(:CopyBand {key}): the lookup reads
// only articles sharing a band, so it costs the same however many articles the graph holds.
import {
  copySimilarity,
  DEFAULT_COPY_SETTINGS,
  type CopySignature,
} from '../ingest/copies/copy-signature.ts';
import type { Run } from './aggregates.ts';
import { inBatch, KEEP_PLAN } from './stable-plan.ts';

/** The original an article copies, and how similar the two texts are (estimated Jaccard of their shingles). */
export interface CopyMatch {
  originalId: string;
  similarity: number;
}

/** Candidates compared in full: the originals sharing most bands. */
const CANDIDATE_LIMIT = 8;

// Candidates: originals sharing most bands first. An article others already copy stays an original, so a copy
// never points at a copy and a story keeps one original.
const CANDIDATES = `${KEEP_PLAN}
MATCH (a:Article {id: $batch.id})
WHERE NOT EXISTS { (:Article)-[:COPY_OF]->(a) }
UNWIND $batch.bands AS key
MATCH (:CopyBand {key: key})<-[:IN_BAND]-(c:Article)
WHERE c.id <> $batch.id AND NOT EXISTS { (c)-[:COPY_OF]->() }
WITH c, count(*) AS shared
ORDER BY shared DESC, c.id
LIMIT ${CANDIDATE_LIMIT}
RETURN c.id AS id, c.minhash AS minhash`;

/** The original this article's text nearly repeats, if one is written and similar enough. */
export async function findOriginal(
  run: Run,
  articleId: string,
  signature: CopySignature | null,
  threshold = DEFAULT_COPY_SETTINGS.threshold,
): Promise<CopyMatch | null> {
  if (!signature) return null;
  const result = await run(CANDIDATES, inBatch({ id: articleId, bands: signature.bands }));
  let best: CopyMatch | null = null;
  for (const record of result.records) {
    const minhash = record.get('minhash') as number[] | null;
    if (!minhash) continue;
    const similarity = copySimilarity(signature.minhash, minhash);
    if (similarity >= threshold && (!best || similarity > best.similarity))
      best = { originalId: record.get('id') as string, similarity };
  }
  return best;
}

/** Marks the article an original: no COPY_OF, its signature stored and its band keys linked for later lookups. */
export async function markOriginal(
  run: Run,
  articleId: string,
  signature: CopySignature | null,
): Promise<void> {
  await run(
    `${KEEP_PLAN}
     MATCH (a:Article {id: $batch.id})
     CALL (a) { MATCH (a)-[c:COPY_OF]->() DELETE c }
     SET a.minhash = $batch.minhash
     WITH a
     UNWIND $batch.bands AS key
     MERGE (b:CopyBand {key: key})
     MERGE (a)-[:IN_BAND]->(b)`,
    inBatch({ id: articleId, minhash: signature?.minhash ?? null, bands: signature?.bands ?? [] }),
  );
}

/** Marks the article a copy of the original: linked to it, out of the band lookup (only originals are found). */
export async function markCopy(
  run: Run,
  articleId: string,
  signature: CopySignature | null,
  match: CopyMatch,
): Promise<void> {
  await run(
    `${KEEP_PLAN}
     MATCH (a:Article {id: $batch.id}), (o:Article {id: $batch.originalId})
     CALL (a) { MATCH (a)-[r:COPY_OF|IN_BAND]->() DELETE r }
     SET a.minhash = $batch.minhash
     CREATE (a)-[:COPY_OF {similarity: $batch.similarity}]->(o)`,
    inBatch({
      id: articleId,
      originalId: match.originalId,
      similarity: match.similarity,
      minhash: signature?.minhash ?? null,
    }),
  );
}
