// Syndicated copies in the graph: an article whose text nearly repeats an article already written (a wire story
// carried by another outlet) is linked (:Article)-[:COPY_OF]->(original) and writes no statements or mentions of
// its own, so counts do not grow with the number of outlets; the original's evidence lists the copies' outlets.
// Originals are found through their MinHash band keys, (:Article)-[:IN_BAND]->(:CopyBand {key}): the lookup reads
// only articles sharing a band, so it costs the same however many articles the graph holds.
// A write batch is judged with one lookup statement and marked with one more; the batch's own articles are judged
// in memory in order (graph/copy-decisions.ts), so a copy still finds an original written earlier in its batch.
import { DEFAULT_COPY_SETTINGS, type CopySignature } from '../ingest/copies/copy-signature.ts';
import type { Run } from './aggregates.ts';
import { decideCopies, type CopyMatch, type StoredCopyState } from './copy-decisions.ts';
import { inBatch, KEEP_PLAN } from './stable-plan.ts';

export type { CopyMatch } from './copy-decisions.ts';

/** One article of a write batch, as copy detection sees it. */
export interface CopyItem {
  id: string;
  signature: CopySignature | null;
}

/** Candidates compared in full per article: the stored originals sharing most bands. */
const CANDIDATE_LIMIT = 8;

// Per article of the batch, as stored before the batch: the original it copied, whether an article outside the
// batch copies it (it then stays an original, so a copy never points at a copy), and the stored originals sharing
// most bands with it. The batch's earlier articles are left out of its candidates: the batch's own decisions
// stand for them.
const LOOKUP = `${KEEP_PLAN}
UNWIND $batch.rows AS row
MATCH (a:Article {id: row.id})
CALL (a, row) {
  UNWIND row.bands AS key
  MATCH (:CopyBand {key: key})<-[:IN_BAND]-(c:Article)
  WHERE c.id <> row.id AND NOT c.id IN row.earlier AND NOT EXISTS { (c)-[:COPY_OF]->() }
  WITH c, count(*) AS shared
  ORDER BY shared DESC, c.id
  LIMIT ${CANDIDATE_LIMIT}
  RETURN collect({id: c.id, minhash: c.minhash}) AS candidates
}
RETURN row.id AS id, candidates,
       COLLECT { MATCH (a)-[:COPY_OF]->(o) RETURN o.id }[0] AS copyOf,
       EXISTS { MATCH (x:Article)-[:COPY_OF]->(a) WHERE NOT x.id IN $batch.ids } AS copiedOutside`;

/** The original each article copies (null: it is an original), in the order given; their nodes merged already. */
export async function findOriginals(
  run: Run,
  items: CopyItem[],
  threshold = DEFAULT_COPY_SETTINGS.threshold,
): Promise<(CopyMatch | null)[]> {
  if (!items.some((item) => item.signature)) return items.map(() => null);
  const result = await run(
    LOOKUP,
    inBatch({
      ids: items.map((item) => item.id),
      rows: items.map((item, i) => ({
        id: item.id,
        bands: item.signature?.bands ?? [],
        earlier: items.slice(0, i).map((e) => e.id),
      })),
    }),
  );
  const stored = new Map<string, StoredCopyState>();
  for (const r of result.records)
    stored.set(r.get('id') as string, {
      copyOf: (r.get('copyOf') as string | null) ?? null,
      copiedOutside: r.get('copiedOutside') as boolean,
      candidates: r.get('candidates') as StoredCopyState['candidates'],
    });
  return decideCopies(items, stored, threshold);
}

// Each article marked as judged: its signature stored; an original linked to exactly its band keys (links a
// previous text left are removed), a copy to its original and to no band (only originals are found).
const MARK = `${KEEP_PLAN}
UNWIND $batch.rows AS row
MATCH (a:Article {id: row.id})
SET a.minhash = row.minhash
WITH a, row
CALL (a) { MATCH (a)-[c:COPY_OF]->() DELETE c }
CALL (a, row) { MATCH (a)-[b:IN_BAND]->(band) WHERE NOT band.key IN row.bands DELETE b }
CALL (a, row) {
  WITH * WHERE row.originalId IS NOT NULL
  MATCH (o:Article {id: row.originalId})
  CREATE (a)-[:COPY_OF {similarity: row.similarity}]->(o)
}
CALL (a, row) {
  UNWIND row.bands AS key
  MERGE (band:CopyBand {key: key})
  MERGE (a)-[:IN_BAND]->(band)
}`;

/** Marks each article an original or a copy as judged, one statement for the batch, in the order given. */
export async function markCopies(
  run: Run,
  items: CopyItem[],
  matches: (CopyMatch | null)[],
): Promise<void> {
  await run(
    MARK,
    inBatch({
      rows: items.map((item, i) => {
        const match = matches[i];
        return {
          id: item.id,
          minhash: item.signature?.minhash ?? null,
          bands: match ? [] : (item.signature?.bands ?? []),
          originalId: match?.originalId ?? null,
          similarity: match?.similarity ?? null,
        };
      }),
    }),
  );
}
