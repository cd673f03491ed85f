// The corpus bench: N generated articles (bench/corpus.ts) ingested end to end as `entente ingest` does (worker
// threads, 16 articles per transaction); articles/s, the process's resident memory after a tenth and at the end, CPU
// of this process and of Neo4j, and the same graph written by bare batched UNWIND (bench/unwind-ceiling.ts) as JSON.
// Uses NEO4J_URI when set (its articles deleted after) or a throw-away Neo4j.
// Run alone: `npm run bench:corpus -- [articles] [seed]` (default 1,000; 10,000 is the figure in the README).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Database } from '../graph/database.ts';
import { migrate } from '../graph/migrate.ts';
import { startThrowawayNeo4j } from '../graph/neo4j-local/throwaway.ts';
import { loadActorRegistry } from '../ingest/actors/index.ts';
import { DEFAULT_WORKERS } from '../pipeline/extract-pool.ts';
import { ingestInputs } from '../pipeline/ingest-pipeline.ts';
import { removeArticles } from './batch-write.ts';
import { writeCorpus } from './corpus.ts';
import { processCpuMs } from './process-cpu.ts';
import { unwindCeiling } from './unwind-ceiling.ts';

const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const mib = () => round(process.memoryUsage().rss / 2 ** 20);

/** Runs against `given` when passed (left open; `neo4jPid` its process, for its CPU), else NEO4J_URI or its own. */
export async function corpusIngestBench(
  articles = 1000,
  seed = 1,
  given?: Database,
  neo4jPid?: number,
) {
  const neo4j =
    given || process.env.NEO4J_URI
      ? null
      : await startThrowawayNeo4j({ name: 'entente-bench-corpus' });
  const db = given ?? new Database(neo4j?.config);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-bench-corpus-'));
  const ids: string[] = [];
  try {
    await migrate(db);
    writeCorpus(dir, loadActorRegistry(), { articles, seed });
    let tenthMiB = 0;
    const pid = neo4jPid ?? neo4j?.pid ?? null;
    const client = process.cpuUsage();
    const server = pid ? processCpuMs(pid) : null;
    const t = performance.now();
    const { totals } = await ingestInputs(db, [dir], null, {
      batchSize: 16,
      extractors: { workers: DEFAULT_WORKERS, registry: {} },
      onArticle: (o, n) => {
        if (o.ok) ids.push(o.article.id);
        if (n.articles === Math.ceil(articles / 10)) tenthMiB = mib();
      },
    });
    const seconds = (performance.now() - t) / 1000;
    const used = process.cpuUsage(client);
    const serverAfter = pid ? processCpuMs(pid) : null;
    // The same graph by bare batched UNWIND writes (bench/unwind-ceiling.ts), in the same Neo4j.
    const ceiling = await unwindCeiling(db, ids, 16, pid);
    return {
      articles: totals.articles,
      failed: totals.failed,
      copies: totals.copies,
      relations: totals.relations,
      words: totals.words,
      workers: DEFAULT_WORKERS,
      seconds: round(seconds, 1),
      articlesPerSecond: round(totals.articles / seconds),
      residentMiBAtTenth: tenthMiB,
      residentMiBAtEnd: mib(),
      // Both threads of this process (reading, the extraction worker, the writer) and Neo4j, when its id is known.
      clientCpuSeconds: round((used.user + used.system) / 1e6, 1),
      neo4jCpuSeconds:
        server !== null && serverAfter !== null ? round((serverAfter - server) / 1000, 1) : null,
      bareUnwindCeiling: ceiling,
      ingestOverCeiling: round(seconds / ceiling.seconds, 1),
    };
  } finally {
    await removeArticles(db, ids);
    fs.rmSync(dir, { recursive: true, force: true });
    if (!given) await db.close();
    await neo4j?.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [articles, seed] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(await corpusIngestBench(articles || 1000, seed || 1), null, 2));
}
