// The hot-relation bench: many articles feeding one relation (a wire story everyone repeats), written one by one
// through the real writer; articles/s over the first and the last window says whether an article's cost stays flat
// as the relation grows. Uses NEO4J_URI when set (data under a fresh prefix, deleted after) or a throw-away Neo4j.
// Run alone: `tsx bench/hot-relation.ts [articles] [window]`, JSON out.
import { pathToFileURL } from 'node:url';
import { Database } from '../graph/database.ts';
import { migrate } from '../graph/migrate.ts';
import { startThrowawayNeo4j } from '../graph/neo4j-local/throwaway.ts';
import { writeExtraction } from '../graph/write-extraction.ts';
import type { Extraction, Relation } from '../ingest/types.ts';

export interface HotRelationOptions {
  articles: number;
  /** Articles timed at the start and at the end. */
  window: number;
}

export const DEFAULT_HOT_RELATION: HotRelationOptions = { articles: 2000, window: 200 };

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

/** Runs against `given` when passed (left open), else NEO4J_URI or a throw-away Neo4j of its own. */
export async function hotRelationBench(
  options: HotRelationOptions = DEFAULT_HOT_RELATION,
  given?: Database,
) {
  const neo4j =
    given || process.env.NEO4J_URI
      ? null
      : await startThrowawayNeo4j({ name: 'entente-bench-hot' });
  const db = given ?? new Database(neo4j?.config);
  const prefix = `bench-hot-${Date.now().toString(36)}-`;
  try {
    await migrate(db);
    const rate = async (from: number, to: number, ids = prefix) => {
      const t = performance.now();
      for (let i = from; i < to; i++) await writeExtraction(db, hotArticle(ids, i));
      return round((to - from) / ((performance.now() - t) / 1000));
    };
    // Warm-up on another relation: Neo4j compiles (and, as the graph grows, recompiles) the writer's plans.
    await rate(0, options.window, `${prefix}warm-`);
    const first = await rate(0, options.window);
    await rate(options.window, options.articles - options.window);
    const last = await rate(options.articles - options.window, options.articles);
    const check = await db.run(
      'MATCH (:Actor {id: $hot})-[r:ATTACK]->(:Actor {id: $cold}) RETURN r.count AS count',
      { hot: `${prefix}hot`, cold: `${prefix}cold` },
    );
    return {
      articles: options.articles,
      window: options.window,
      firstArticlesPerSecond: first,
      lastArticlesPerSecond: last,
      lastOverFirst: round(last / first, 2),
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
  });
  console.log(JSON.stringify(result, null, 2));
}
