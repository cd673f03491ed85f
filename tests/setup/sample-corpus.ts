// Loads the bundled sample corpus into the test Neo4j once; later calls find every article unchanged.
import path from 'node:path';
import { Database } from '../../graph/database.ts';
import { loadActorRegistry } from '../../ingest/actors/index.ts';
import { ingestInputs, type IngestTotals } from '../../pipeline/ingest-pipeline.ts';

export const SAMPLE_ARTICLES = path.resolve('samples/articles');

export async function useSampleCorpus(): Promise<IngestTotals> {
  const db = new Database();
  try {
    const { totals } = await ingestInputs(db, [SAMPLE_ARTICLES], loadActorRegistry());
    if (totals.failed > 0)
      throw new Error(`sample corpus: ${totals.failed} article(s) failed to ingest`);
    return totals;
  } finally {
    await db.close();
  }
}
