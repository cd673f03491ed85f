// The streamed-ingest bench: the sample corpus copied many times (each copy a new article), ingested end to end
// one article per transaction in this thread, then with extraction on worker threads and batched writes;
// articles/s and the process's resident memory after the first quarter and at the end (flat means outcomes are
// not kept). Uses NEO4J_URI when set (its articles deleted after) or a throw-away Neo4j.
// Run alone: `tsx bench/stream-ingest.ts [copies]`, JSON out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Database } from '../graph/database.ts';
import { migrate } from '../graph/migrate.ts';
import { startThrowawayNeo4j } from '../graph/neo4j-local/throwaway.ts';
import { loadActorRegistry } from '../ingest/actors/index.ts';
import { DEFAULT_WORKERS } from '../pipeline/extract-pool.ts';
import { ingestInputs, type StreamOptions } from '../pipeline/ingest-pipeline.ts';
import { removeArticles } from './batch-write.ts';

const SAMPLES = path.resolve('samples/articles');
const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const mib = () => round(process.memoryUsage().rss / 2 ** 20);

/** `copies` copies of every sample article, each made new by a closing line. */
function corpus(copies: number, run: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-bench-stream-'));
  const files = fs.readdirSync(SAMPLES).filter((f) => /\.(md|txt|html|json)$/.test(f));
  for (let c = 0; c < copies; c++)
    for (const f of files) {
      const text = fs.readFileSync(path.join(SAMPLES, f), 'utf8');
      fs.writeFileSync(path.join(dir, `${c}-${f}`), `${text}\n\nBench copy ${run}-${c}.\n`);
    }
  return dir;
}

async function timed(db: Database, dir: string, options: StreamOptions, registryNeeded: boolean) {
  const registry = registryNeeded ? loadActorRegistry() : null;
  const ids: string[] = [];
  let quarterMiB = 0;
  const total = fs.readdirSync(dir).length;
  const t = performance.now();
  const { totals } = await ingestInputs(db, [dir], registry, {
    // The copies differ by one line: written as syndicated copies they would write nothing, so each is new here.
    detectCopies: false,
    ...options,
    onArticle: (o, n) => {
      if (o.ok) ids.push(o.article.id);
      if (n.articles === Math.ceil(total / 4)) quarterMiB = mib();
    },
  });
  const seconds = (performance.now() - t) / 1000;
  return {
    result: {
      articles: totals.articles,
      failed: totals.failed,
      seconds: round(seconds, 2),
      articlesPerSecond: round(totals.articles / seconds),
      residentMiBAtQuarter: quarterMiB,
      residentMiBAtEnd: mib(),
    },
    ids,
  };
}

/** Runs against `given` when passed (left open), else NEO4J_URI or a throw-away Neo4j of its own. */
export async function streamIngestBench(copies = 10, given?: Database) {
  const neo4j =
    given || process.env.NEO4J_URI
      ? null
      : await startThrowawayNeo4j({ name: 'entente-bench-stream' });
  const db = given ?? new Database(neo4j?.config);
  const run = Date.now().toString(36);
  const dirs = [corpus(copies, `${run}-a`), corpus(copies, `${run}-b`)];
  const written: string[] = [];
  try {
    await migrate(db);
    const single = await timed(db, dirs[0], { batchSize: 1 }, true);
    written.push(...single.ids);
    const streamed = await timed(
      db,
      dirs[1],
      { batchSize: 16, extractors: { workers: DEFAULT_WORKERS, registry: {} } },
      false,
    );
    written.push(...streamed.ids);
    return {
      copies,
      oneByOneInThisThread: single.result,
      streamed: { workers: DEFAULT_WORKERS, batchSize: 16, ...streamed.result },
    };
  } finally {
    await removeArticles(db, written);
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    if (!given) await db.close();
    await neo4j?.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await streamIngestBench(Number(process.argv[2]) || 10), null, 2));
}
