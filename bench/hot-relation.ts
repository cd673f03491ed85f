// The hot-relation bench: many articles feeding one relation (a wire story everyone repeats), written one by one
// through the real writer; articles/s and CPU per article over the first window and those ending at 1,000 and 5,000
// statements say whether an article's cost stays flat as the relation grows. Uses NEO4J_URI when set (data under a
// fresh prefix, deleted after) or a throw-away Neo4j.
// Run alone: `tsx bench/hot-relation.ts [articles] [window]`, JSON out.
import { pathToFileURL } from 'node:url';
import { Database } from '../graph/database.ts';
import { migrate } from '../graph/migrate.ts';
import { startThrowawayNeo4j } from '../graph/neo4j-local/throwaway.ts';
import { writeExtraction } from '../graph/write-extraction.ts';
import type { Extraction, Relation } from '../ingest/types.ts';
import { processCpuMs } from './process-cpu.ts';

export interface HotRelationOptions {
  articles: number;
  /** Articles timed at the start and before each checkpoint. */
  window: number;
  /** Statements on the hot relation at the end of each timed window after the first (default: `articles`). */
  checkpoints?: number[];
}

export const DEFAULT_HOT_RELATION: HotRelationOptions = {
  articles: 5000,
  window: 200,
  checkpoints: [1000, 5000],
};

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

function hotArticle(prefix: string, i: number): Extraction {
  const actor = (name: string) => ({
    id: `${prefix}${name}`,
    name,
    type: 'State' as const,
    aliases: [],
    countryCode: null,
  });
  // Every article repeats the hot relation and adds one of twenty others, as real coverage does.
  const other = `other${i % 20}`;
  const day = `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const statement = (source: string, target: string, type: string, start: number): Relation => ({
    source: `${prefix}${source}`,
    target: `${prefix}${target}`,
    type,
    quadClass: type === 'ATTACK' ? 'MATERIAL_CONFLICT' : 'VERBAL_COOPERATION',
    score: type === 'ATTACK' ? -10 : 1,
    date: day,
    sentence: `Sentence ${start} of article ${i}.`,
    sentenceStart: start,
    sentenceEnd: start + 30,
    confidence: 0.8,
    rule: 'bench',
    speaker: null,
    modality: 'asserted',
  });
  return {
    article: {
      id: `${prefix}article-${i}`,
      title: `Article ${i}`,
      text: `Hot attacked Cold again, said article ${i}; Hot also met ${other}.`,
      url: null,
      source: 'Bench Wire',
      publishedAt: day,
      origin: 'bench',
    },
    actors: [actor('hot'), actor('cold'), actor(other)],
    mentions: [],
    relations: [statement('hot', 'cold', 'ATTACK', 0), statement('hot', other, 'CONSULT', 40)],
    sentenceCount: 2,
    wordCount: 12,
  };
}

/**
 * Runs against `given` when passed (left open), else NEO4J_URI or a throw-away Neo4j of its own. Each window gives
 * articles/s and the CPU per article of this process and, when its process id is known (`neo4jPid`, or the
 * throw-away one), of Neo4j: flat per-article cost means the same figures at 1,000 and 5,000 statements.
 */
export async function hotRelationBench(
  options: HotRelationOptions = DEFAULT_HOT_RELATION,
  given?: Database,
  neo4jPid?: number,
) {
  const neo4j =
    given || process.env.NEO4J_URI
      ? null
      : await startThrowawayNeo4j({ name: 'entente-bench-hot' });
  const db = given ?? new Database(neo4j?.config);
  const pid = neo4jPid ?? neo4j?.pid ?? null;
  const prefix = `bench-hot-${Date.now().toString(36)}-`;
  try {
    await migrate(db);
    const write = async (from: number, to: number, ids = prefix) => {
      for (let i = from; i < to; i++) await writeExtraction(db, hotArticle(ids, i));
    };
    const timed = async (from: number, to: number, ids = prefix) => {
      const client = process.cpuUsage();
      const server = pid ? processCpuMs(pid) : null;
      const t = performance.now();
      await write(from, to, ids);
      const seconds = (performance.now() - t) / 1000;
      const clientMs = (process.cpuUsage(client).user + process.cpuUsage(client).system) / 1000;
      const serverAfter = pid ? processCpuMs(pid) : null;
      const n = to - from;
      return {
        statements: to,
        articlesPerSecond: round(n / seconds),
        clientCpuMsPerArticle: round(clientMs / n, 2),
        neo4jCpuMsPerArticle:
          server !== null && serverAfter !== null ? round((serverAfter - server) / n, 2) : null,
      };
    };
    // Warm-up on another relation: Neo4j compiles (and, as the graph grows, recompiles) the writer's plans.
    await write(0, options.window, `${prefix}warm-`);
    const windows = [await timed(0, options.window)];
    let written = options.window;
    const checkpoints = (options.checkpoints ?? [options.articles])
      .filter((c) => c >= written + options.window && c <= options.articles)
      .sort((a, b) => a - b);
    for (const checkpoint of checkpoints) {
      await write(written, checkpoint - options.window);
      windows.push(await timed(checkpoint - options.window, checkpoint));
      written = checkpoint;
    }
    await write(written, options.articles);
    const check = await db.run(
      'MATCH (:Actor {id: $hot})-[r:ATTACK]->(:Actor {id: $cold}) RETURN r.count AS count',
      { hot: `${prefix}hot`, cold: `${prefix}cold` },
    );
    const first = windows[0];
    const last = windows[windows.length - 1];
    const perArticle = (w: typeof first) => w.clientCpuMsPerArticle + (w.neo4jCpuMsPerArticle ?? 0);
    return {
      articles: options.articles,
      window: options.window,
      windows,
      lastOverFirstArticlesPerSecond: round(last.articlesPerSecond / first.articlesPerSecond, 2),
      lastOverFirstCpuPerArticle: round(perArticle(last) / perArticle(first), 2),
      hotRelationStatements: check.records[0]?.get('count') as number,
    };
  } finally {
    // Deleted in slices: one transaction for everything would hold it all in memory.
    for (let deleted = -1; deleted !== 0;) {
      const r = await db.run(
        `MATCH (n) WHERE n.id STARTS WITH $p OR n.articleId STARTS WITH $p
         WITH n LIMIT 2000 DETACH DELETE n RETURN count(*) AS deleted`,
        { p: prefix },
        { routing: 'write' },
      );
      deleted = r.records[0].get('deleted') as number;
    }
    if (!given) await db.close();
    await neo4j?.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [articles, window] = process.argv.slice(2).map(Number);
  const result = await hotRelationBench({
    articles: articles || DEFAULT_HOT_RELATION.articles,
    window: window || DEFAULT_HOT_RELATION.window,
    checkpoints: articles ? [articles] : DEFAULT_HOT_RELATION.checkpoints,
  });
  console.log(JSON.stringify(result, null, 2));
}
