// The review-flags bench: the review queue with its contradiction flags (opposite, negation, two states) on the
// large-graph bench's synthetic graph (5,000 actors, 20,000 relations, about 41,000 statements): one page as the
// Review tab first asks for it, the same narrowed to one busy actor, and `flagged` (every match checked, then paged).
// Uses the given database (data under the synthetic prefix, deleted after) or a throw-away Neo4j.
// Run alone: `tsx bench/review-flags.ts [rounds]` (3 by default, after one warm-up), JSON out.
import { pathToFileURL } from 'node:url';
import { Database } from '../graph/database.ts';
import { migrate } from '../graph/migrate.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../graph/neo4j-local/throwaway.ts';
import reviewQueue from '../queries/named/review-queue.ts';
import { runQuery } from '../queries/run-query.ts';
import { DEFAULT_SYNTHETIC_GRAPH, syntheticGraph } from './synthetic-graph.ts';
import { deleteSyntheticGraph, writeSyntheticGraph } from './write-synthetic-graph.ts';

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/** Median wall time of `rounds` runs after one warm-up, and the last answer's total and flag counts. */
async function timed(db: Database, params: Record<string, unknown>, rounds: number) {
  let last = await runQuery(db, reviewQueue, params);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    last = await runQuery(db, reviewQueue, params);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const kinds: Record<string, number> = {};
  for (const s of last.data.statements)
    for (const f of s.flags) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
  return {
    medianMs: round(times[Math.floor(times.length / 2)]),
    minMs: round(times[0]),
    maxMs: round(times[times.length - 1]),
    total: last.data.total,
    page: last.data.statements.length,
    flagsOnPage: kinds,
  };
}

export async function reviewFlagsBench(given?: Database, rounds = 3) {
  let neo4j: ThrowawayNeo4j | null = null;
  if (!given && !process.env.NEO4J_URI)
    neo4j = await startThrowawayNeo4j({ name: 'entente-bench-review-flags' });
  const db = given ?? new Database(neo4j?.config);
  const prefix = DEFAULT_SYNTHETIC_GRAPH.prefix;
  try {
    if (!given) await migrate(db);
    await deleteSyntheticGraph(db, prefix);
    const graph = syntheticGraph();
    await writeSyntheticGraph(db, graph);
    // The busiest synthetic actor: the most statements as source or target.
    const degree = new Map<string, number>();
    for (const s of graph.statements)
      for (const id of [s.source, s.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const [hub, hubStatements] = [...degree].sort((a, b) => b[1] - a[1])[0];
    return {
      statements: graph.statements.length,
      rounds,
      firstPage: await timed(db, { limit: 50 }, rounds),
      oneActor: {
        actor: hub,
        statements: hubStatements,
        ...(await timed(db, { actor: hub, limit: 50 }, rounds)),
      },
      flaggedOneActor: await timed(db, { actor: hub, flagged: true, limit: 50 }, rounds),
      flagged: await timed(db, { flagged: true, limit: 50 }, rounds),
    };
  } finally {
    await deleteSyntheticGraph(db, prefix).catch(() => {});
    if (!given) await db.close();
    await neo4j?.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rounds = Number(process.argv[2]) || 3;
  console.log(JSON.stringify({ reviewFlags: await reviewFlagsBench(undefined, rounds) }, null, 2));
}
