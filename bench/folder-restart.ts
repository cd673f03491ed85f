// The drop folder's restart: N generated articles (bench/corpus.ts) followed by `entente watch`'s folder watch,
// which is stopped once they are in; then a second watch over the same folder, as after a restart: how long until
// it is ready, and how many articles it extracted again (none, unless the extractor changed). JSON out.
// Uses NEO4J_URI when set (its articles deleted after) or a throw-away Neo4j.
// Run alone: `npx tsx bench/folder-restart.ts [articles]` (default 500), or `npx tsx bench/folder-restart.ts --dir
// DIR` for one restart over a folder already ingested (the form to time as a whole process).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Database } from '../graph/database.ts';
import { migrate } from '../graph/migrate.ts';
import { startThrowawayNeo4j } from '../graph/neo4j-local/throwaway.ts';
import { loadActorRegistry } from '../ingest/actors/index.ts';
import { DEFAULT_WORKERS } from '../pipeline/extract-pool.ts';
import { watchFolder } from '../pipeline/watch-folder.ts';
import { removeArticles } from './batch-write.ts';
import { writeCorpus } from './corpus.ts';

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** One watch of `dir` (worker threads, as `entente watch`) from its start until what is there is ingested. */
export async function watchUntilReady(db: Database, dir: string, ids?: string[]) {
  let articles = 0;
  let extracted = 0;
  const t = performance.now();
  const watch = watchFolder(db, dir, null, {
    extractors: { workers: DEFAULT_WORKERS, registry: {} },
    onArticle: (o) => {
      articles++;
      if (o.ok && o.extraction) extracted++;
      if (o.ok) ids?.push(o.article.id);
    },
  });
  await watch.ready;
  const seconds = (performance.now() - t) / 1000;
  await watch.close();
  return { articles, extracted, seconds: round(seconds) };
}

/** Runs against `given` when passed (left open), else NEO4J_URI or its own. */
export async function folderRestartBench(articles = 500, given?: Database) {
  const neo4j =
    given || process.env.NEO4J_URI
      ? null
      : await startThrowawayNeo4j({ name: 'entente-bench-restart' });
  const db = given ?? new Database(neo4j?.config);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-bench-restart-'));
  const ids: string[] = [];
  try {
    await migrate(db);
    writeCorpus(dir, loadActorRegistry(), { articles, seed: 7 });
    const first = await watchUntilReady(db, dir, ids);
    const restart = await watchUntilReady(db, dir);
    return {
      articles,
      workers: DEFAULT_WORKERS,
      firstSeconds: first.seconds,
      restartSeconds: restart.seconds,
      restartExtracted: restart.extracted,
      restartOverFirst: round(restart.seconds / first.seconds),
    };
  } finally {
    await removeArticles(db, ids);
    fs.rmSync(dir, { recursive: true, force: true });
    if (!given) await db.close();
    await neo4j?.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  if (args[0] === '--dir') {
    const db = new Database();
    try {
      console.log(JSON.stringify(await watchUntilReady(db, args[1])));
    } finally {
      await db.close();
    }
  } else console.log(JSON.stringify(await folderRestartBench(Number(args[0]) || 500), null, 2));
}
