// The batched-write bench: the sample corpus extracted once, then written again and again under new article ids,
// 16 articles per transaction, so the figure is the writer's alone (extraction is most of an end-to-end ingest).
// Uses NEO4J_URI when set (its articles deleted after) or a throw-away Neo4j.
// Run alone: `tsx bench/batch-write.ts [copies]`, JSON out.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { withAggregates } from '../graph/aggregates.ts';
import { Database } from '../graph/database.ts';
import { migrate } from '../graph/migrate.ts';
import { startThrowawayNeo4j } from '../graph/neo4j-local/throwaway.ts';
import { writeExtractions } from '../graph/write-extraction.ts';
import { loadActorRegistry } from '../ingest/actors/index.ts';
import { extractArticle } from '../ingest/extract/index.ts';
import { readInputs } from '../ingest/read/index.ts';
import type { Extraction } from '../ingest/types.ts';

const SAMPLES = path.resolve('samples/articles');
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/** The sample corpus, extracted once. */
export async function sampleExtractions(): Promise<Extraction[]> {
  const registry = loadActorRegistry();
  const out: Extraction[] = [];
  for await (const r of readInputs([SAMPLES], {}))
    if (r.ok) out.push(extractArticle(r.article, registry));
  return out;
}

/** Writes `copies` renamed copies of the extractions, `batchSize` per call of `write`; articles/s. */
export async function timedWrites(
  db: Database,
  extractions: Extraction[],
  copies: number,
  tag: string,
  write: typeof writeExtractions = writeExtractions,
  batchSize = 16,
) {
  const all = Array.from({ length: copies }, (_, c) =>
    extractions.map((e) => ({
      ...e,
      article: { ...e.article, id: `bench-${tag}-${c}-${e.article.id}` },
    })),
  ).flat();
  const t = performance.now();
  for (let i = 0; i < all.length; i += batchSize) {
    const results = await write(db, all.slice(i, i + batchSize), { detectCopies: false });
    const failed = results.find((r) => !r.ok);
    if (failed && !failed.ok) throw new Error(`entente/bench/batch-write: ${failed.error}`);
  }
  const seconds = (performance.now() - t) / 1000;
  return {
    articles: all.length,
    seconds: round(seconds, 2),
    articlesPerSecond: round(all.length / seconds),
    ids: all.map((e) => e.article.id),
  };
}

/** Removes the written copies, moving the aggregates they fed back down. */
export async function removeArticles(db: Database, ids: string[]) {
  for (let i = 0; i < ids.length; i += 200) {
    const slice = ids.slice(i, i + 200);
    await db.writeTransaction((run) =>
      withAggregates(run, slice, () =>
        run(
          `MATCH (a:Article) WHERE a.id IN $ids
           OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a)
           DETACH DELETE s, a`,
          { ids: slice },
        ),
      ),
    );
  }
}

export async function batchWriteBench(copies = 10, given?: Database) {
  const neo4j =
    given || process.env.NEO4J_URI
      ? null
      : await startThrowawayNeo4j({ name: 'entente-bench-write' });
  const db = given ?? new Database(neo4j?.config);
  const ids: string[] = [];
  try {
    await migrate(db);
    const extractions = await sampleExtractions();
    const result = await timedWrites(db, extractions, copies, Date.now().toString(36));
    ids.push(...result.ids);
    return {
      copies,
      batchSize: 16,
      articles: result.articles,
      seconds: result.seconds,
      articlesPerSecond: result.articlesPerSecond,
    };
  } finally {
    await removeArticles(db, ids);
    if (!given) await db.close();
    await neo4j?.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await batchWriteBench(Number(process.argv[2]) || 10), null, 2));
}
