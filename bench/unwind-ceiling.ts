// The bare-write ceiling of an ingest: the graph it wrote (articles, actors, mentions, statements and the aggregated
// relationships) read back, then written again under other ids by plain batched UNWIND ... MERGE / CREATE, one
// transaction per batch, with none of the writer's work (the unchanged check, syndicated copies, reviewed statements
// kept, aggregates moved by differences) and no extraction. Ingest time over this time is how far the ingest is
// from what Neo4j itself needs to store the same graph.
import type { Database } from '../graph/database.ts';
import { relationshipType } from '../graph/model.ts';
import { processCpuMs } from './process-cpu.ts';

const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const PREFIX = 'bench-ceiling:';

type Props = Record<string, unknown>;
interface ArticleGraph {
  article: Props;
  mentions: { actor: string; count: unknown }[];
  statements: Props[];
}

/** The articles' subgraph as the ingest left it, `size` articles a query (a transaction holds at most 128 MiB here). */
async function readBack(db: Database, ids: string[], size = 50) {
  const articles: ArticleGraph[] = [];
  const actors = new Map<string, Props>();
  for (let i = 0; i < ids.length; i += size) {
    const result = await db.run(
      `UNWIND $ids AS id
       MATCH (a:Article {id: id})
       RETURN a {.*} AS article,
              [(x:Actor)-[m:MENTIONED_IN]->(a) | {actor: x.id, count: m.count}] AS mentions,
              [(s:Statement)-[:REPORTED_IN]->(a) | s {.*}] AS statements,
              [(x:Actor)-[:MENTIONED_IN]->(a) | x {.*}] + [(s:Statement)-[:REPORTED_IN]->(a) |
                [(s)-[:SOURCE|TARGET]->(x) | x {.*}]] AS actors`,
      { ids: ids.slice(i, i + size) },
    );
    for (const r of result.records) {
      articles.push({
        article: r.get('article') as Props,
        mentions: r.get('mentions') as ArticleGraph['mentions'],
        statements: r.get('statements') as Props[],
      });
      for (const x of (r.get('actors') as (Props | Props[])[]).flat())
        actors.set(x.id as string, x);
    }
  }
  return { articles, actors };
}

const renamed = (id: unknown) => `${PREFIX}${String(id)}`;

/** Writes one batch of articles with their actors, mentions, statements and aggregated relationships. */
async function writeBatch(db: Database, batch: ArticleGraph[], actors: Map<string, Props>) {
  const actorIds = new Set<string>();
  for (const a of batch) {
    for (const m of a.mentions) actorIds.add(m.actor);
    for (const s of a.statements) actorIds.add(s.source as string).add(s.target as string);
  }
  const statements = batch.flatMap((a) =>
    a.statements.map((s) => ({
      props: { ...s, id: renamed(s.id) },
      article: renamed(a.article.id),
      source: renamed(s.source),
      target: renamed(s.target),
      type: s.type as string,
    })),
  );
  // One row per (source, type, target): what the aggregated relationship counts.
  const pairs = new Map<string, { source: string; target: string; type: string; n: number }>();
  for (const s of statements) {
    const key = `${s.source}|${s.type}|${s.target}`;
    const pair = pairs.get(key) ?? { source: s.source, target: s.target, type: s.type, n: 0 };
    pair.n++;
    pairs.set(key, pair);
  }
  await db.writeTransaction(async (run) => {
    await run(`UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props`, {
      rows: batch.map((a) => ({
        id: renamed(a.article.id),
        props: { ...a.article, id: renamed(a.article.id) },
      })),
    });
    await run(`UNWIND $rows AS row MERGE (x:Actor {id: row.id}) SET x += row.props`, {
      rows: [...actorIds].map((id) => ({
        id: renamed(id),
        props: { ...actors.get(id), id: renamed(id) },
      })),
    });
    await run(
      `UNWIND $rows AS row
       MATCH (x:Actor {id: row.actor}), (a:Article {id: row.article})
       MERGE (x)-[m:MENTIONED_IN]->(a) SET m.count = row.count`,
      {
        rows: batch.flatMap((a) =>
          a.mentions.map((m) => ({
            actor: renamed(m.actor),
            article: renamed(a.article.id),
            count: m.count,
          })),
        ),
      },
    );
    await run(
      `UNWIND $rows AS row
       MATCH (a:Article {id: row.article}), (x:Actor {id: row.source}), (y:Actor {id: row.target})
       CREATE (s:Statement) SET s = row.props
       CREATE (s)-[:SOURCE]->(x), (s)-[:TARGET]->(y), (s)-[:REPORTED_IN]->(a)`,
      { rows: statements },
    );
    const byType = new Map<string, { source: string; target: string; n: number }[]>();
    for (const p of pairs.values()) byType.set(p.type, [...(byType.get(p.type) ?? []), p]);
    for (const [type, rows] of byType)
      await run(
        `UNWIND $rows AS row
         MATCH (x:Actor {id: row.source}), (y:Actor {id: row.target})
         MERGE (x)-[r:${relationshipType(type)}]->(y)
         ON CREATE SET r.count = 0
         SET r.count = r.count + row.n`,
        { rows },
      );
  });
}

/** Deletes what the ceiling wrote, statements first, in small slices (a transaction holds at most 128 MiB here). */
async function removeCeiling(db: Database) {
  for (const label of ['Statement', 'Article', 'Actor'])
    for (let deleted = -1; deleted !== 0;) {
      const r = await db.run(
        `MATCH (n:${label}) WHERE n.id STARTS WITH $p
         WITH n LIMIT 200 DETACH DELETE n RETURN count(*) AS deleted`,
        { p: PREFIX },
        { routing: 'write' },
      );
      deleted = r.records[0].get('deleted') as number;
    }
}

/**
 * Times the bare writes of the articles' graph, `batchSize` articles per transaction (as the ingest's batches),
 * with this process's and (given its process id) Neo4j's CPU; what it wrote is removed after.
 */
export async function unwindCeiling(
  db: Database,
  articleIds: string[],
  batchSize = 16,
  neo4jPid: number | null = null,
) {
  const { articles, actors } = await readBack(db, articleIds);
  try {
    const client = process.cpuUsage();
    const server = neo4jPid ? processCpuMs(neo4jPid) : null;
    const t = performance.now();
    for (let i = 0; i < articles.length; i += batchSize)
      await writeBatch(db, articles.slice(i, i + batchSize), actors);
    const seconds = (performance.now() - t) / 1000;
    const used = process.cpuUsage(client);
    const serverAfter = neo4jPid ? processCpuMs(neo4jPid) : null;
    return {
      articles: articles.length,
      statements: articles.reduce((n, a) => n + a.statements.length, 0),
      seconds: round(seconds, 1),
      clientCpuSeconds: round((used.user + used.system) / 1e6, 1),
      neo4jCpuSeconds:
        server !== null && serverAfter !== null ? round((serverAfter - server) / 1000, 1) : null,
    };
  } finally {
    await removeCeiling(db);
  }
}
