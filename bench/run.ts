// `npm run bench`: speed and memory figures as JSON (never asserted in tests).
// Starts a throw-away local Neo4j (or uses NEO4J_URI), measures start-up, extraction, ingest, queries, a hot
// relation (bench/hot-relation.ts), 10,000 generated articles against the bare UNWIND ceiling
// (bench/corpus-ingest.ts), a drop folder's restart (bench/folder-restart.ts), streamed ingest (bench/stream-ingest.ts), the writer alone
// (bench/batch-write.ts) and the review queue's contradiction flags on about 41,000 statements (bench/review-flags.ts),
// then the large-graph bench
// (bench/large-graph.ts: 5,000 actors and 20,000 relations in the browser) and the analytics bench
// (bench/analytics.ts: every measure on 5,000 actors and 50,000 relations).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
// @ts-expect-error plain JavaScript beside the CLI, without types
import { builtAndFresh } from '../bin/build-stamp.js';
import path from 'node:path';
import { Database } from '../graph/database.ts';
import { migrate } from '../graph/migrate.ts';
import { residentMemoryMb } from '../graph/neo4j-local/launcher.ts';
import { startThrowawayNeo4j } from '../graph/neo4j-local/throwaway.ts';
import { loadActorRegistry } from '../ingest/actors/index.ts';
import { PREPARED_INDEX_FILE } from '../ingest/actors/prepared-index.ts';
import { extractArticle } from '../ingest/extract/index.ts';
import { ingestInputs } from '../pipeline/ingest-pipeline.ts';
import { readInputs } from '../ingest/read/index.ts';
import type { Article } from '../ingest/types.ts';
import { QUERIES } from '../queries/index.ts';
import { runNamedQuery } from '../queries/run-query.ts';
import { analyticsBench } from './analytics.ts';
import { batchWriteBench } from './batch-write.ts';
import { corpusIngestBench } from './corpus-ingest.ts';
import { folderRestartBench } from './folder-restart.ts';
import { hotRelationBench } from './hot-relation.ts';
import { childrenCpuMs } from './process-cpu.ts';
import { reviewFlagsBench } from './review-flags.ts';
import { streamIngestBench } from './stream-ingest.ts';
import { largeGraphBench } from './large-graph.ts';

const SAMPLES = path.resolve('samples/articles');
// Parameters for the queries that need some: actors that the sample corpus has.
const EXAMPLE_PARAMS: Record<string, Record<string, unknown>> = {
  id: { id: 'IRN' },
  pair: { a: 'IRN', b: 'RUS' },
};
function exampleParams(name: string): Record<string, unknown> {
  if (name === 'actor-search') return { q: 'Iran' };
  if (['relation-evidence', 'relation-timeline'].includes(name)) return EXAMPLE_PARAMS.pair;
  if (name === 'shortest-path') return { from: 'FIN', to: 'IRN' };
  if (name === 'who-does-what') return { type: 'PROVIDE_ARMS' };
  if (name === 'alliance-members-and-outsider') return { alliance: 'nato', outsider: 'RUS' };
  return EXAMPLE_PARAMS.id;
}
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

async function sampleArticles(): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const r of readInputs([SAMPLES], {})) if (r.ok) articles.push(r.article);
  return articles;
}

/** Issue #14: `entente extract` of one JSON line, start to finish, in under half a second. */
const ONE_LINE_EXTRACT_TARGET_MS = 500;

/**
 * Whole `entente` processes, median of five: the version, help, the list of named queries, one JSON line
 * extracted (`entente extract`, against its 0.5 s target) and a one-line article file ingested as a dry run (as a
 * user types it: one article file starts no worker). Wall time, and the CPU time the process used, which on a
 * shared machine is what the start costs (the wall time is mostly waiting for a core there).
 */
function cliStartup() {
  const line = path.join(os.tmpdir(), `entente-bench-line-${process.pid}.txt`);
  const jsonLine = path.join(os.tmpdir(), `entente-bench-line-${process.pid}.jsonl`);
  fs.writeFileSync(line, 'Russia attacked Ukraine on Monday.\n');
  fs.writeFileSync(jsonLine, '{"id":"a","text":"Russia attacked Ukraine on Monday."}\n');
  const median = (values: number[]) => round([...values].sort((a, b) => a - b)[2]);
  const measure = (args: string[]) => {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 5; i++) {
      const cpuBefore = childrenCpuMs();
      const t = performance.now();
      const run = spawnSync(process.execPath, ['bin/entente.js', ...args], { encoding: 'utf8' });
      wall.push(performance.now() - t);
      const cpuAfter = childrenCpuMs();
      if (cpuBefore !== null && cpuAfter !== null) cpu.push(cpuAfter - cpuBefore);
      if (run.status !== 0)
        throw new Error(`entente/bench/run: entente ${args.join(' ')}: ${run.stderr}`);
    }
    return { wallMs: median(wall), cpuMs: cpu.length === 5 ? median(cpu) : null };
  };
  try {
    const extract = measure(['extract', '--format', 'jsonl', jsonLine]);
    return {
      compiled: builtAndFresh(process.cwd()),
      // Node 20 reads and parses the certificates this names as each process starts (the `entente` process
      // here; extract's snapshot child starts without it): a system bundle adds about 0.05 s to each.
      extraCaCerts: Boolean(process.env.NODE_EXTRA_CA_CERTS),
      preparedActorIndex: fs.existsSync(path.join('dist', PREPARED_INDEX_FILE)),
      version: measure(['--version']),
      help: measure(['--help']),
      queries: measure(['queries']),
      oneLineExtract: {
        ...extract,
        targetMs: ONE_LINE_EXTRACT_TARGET_MS,
        // Both: on a busy machine the wall time is mostly waiting for a core.
        wallWithinTarget: extract.wallMs < ONE_LINE_EXTRACT_TARGET_MS,
        cpuWithinTarget: extract.cpuMs !== null && extract.cpuMs < ONE_LINE_EXTRACT_TARGET_MS,
      },
      oneLineDryRunIngest: measure(['ingest', line, '--dry-run']),
    };
  } finally {
    fs.rmSync(line, { force: true });
    fs.rmSync(jsonLine, { force: true });
  }
}

async function main() {
  // `npm run bench -- --startup`: the start-up figures alone, in seconds rather than the whole run's many minutes.
  if (process.argv.includes('--startup')) {
    console.log(JSON.stringify({ cliStartup: cliStartup() }, null, 2));
    return;
  }
  const result: Record<string, unknown> = {
    machine: { cpus: os.cpus().length, memoryGiB: round(os.totalmem() / 2 ** 30) },
  };

  result.cliStartup = cliStartup();

  const registryStart = performance.now();
  const registry = loadActorRegistry();
  result.registry = { loadMs: round(performance.now() - registryStart), actors: registry.size };

  const articles = await sampleArticles();
  const words = articles.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);
  for (const a of articles) extractArticle(a, registry); // warm-up
  const rounds = 5;
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) for (const a of articles) extractArticle(a, registry);
  const seconds = (performance.now() - t0) / 1000;
  result.extraction = {
    articles: articles.length,
    words,
    rounds,
    wordsPerSecond: Math.round((words * rounds) / seconds),
    heapUsedMiB: round(process.memoryUsage().heapUsed / 2 ** 20),
  };

  const neo4j = process.env.NEO4J_URI
    ? null
    : await startThrowawayNeo4j({ name: 'entente-bench-neo4j' });
  if (neo4j) {
    result.neo4j = {
      version: '5.26.0 Community (embedded launcher)',
      startMs: neo4j.startMs,
      residentMiBAfterStart: neo4j.pid ? residentMemoryMb(neo4j.pid) : null,
    };
  }
  const db = new Database(neo4j?.config);
  try {
    await migrate(db);
    const first = await ingestInputs(db, [SAMPLES], registry);
    const second = await ingestInputs(db, [SAMPLES], registry);
    result.ingest = {
      articles: first.totals.articles,
      relations: first.totals.relations,
      firstRunSeconds: round(first.totals.seconds, 2),
      articlesPerSecond: round(first.totals.articles / first.totals.seconds),
      reingestSeconds: round(second.totals.seconds, 2),
      reingestUnchanged: second.totals.unchanged,
    };
    const queries: Record<string, number> = {};
    for (const q of QUERIES) {
      const t = performance.now();
      try {
        const params = Object.fromEntries(
          Object.entries(exampleParams(q.name)).filter(([k]) => q.params.some((p) => p.name === k)),
        );
        await runNamedQuery(db, q.name, params);
        queries[q.name] = round(performance.now() - t);
      } catch (error) {
        queries[q.name] = -1;
        console.error(`bench: ${q.name}: ${(error as Error).message}`);
      }
    }
    result.queryMs = queries;
    // Articles/s at the start and at the end of many articles feeding one relation: flat means no quadratic cost.
    result.hotRelation = await hotRelationBench(undefined, db, neo4j?.pid ?? undefined);
    // The sample corpus ten times over, one article per transaction in this thread vs worker threads and batches.
    result.streamIngest = await streamIngestBench(10, db);
    // The writer alone: the sample corpus extracted once and written ten times over, 16 articles per transaction.
    result.batchWrite = await batchWriteBench(10, db);
    // 10,000 generated articles end to end (ENTENTE_BENCH_CORPUS sets how many): memory after a tenth and at the
    // end, CPU, and the same graph by bare batched UNWIND writes (the ceiling).
    result.corpusIngest = await corpusIngestBench(
      Number(process.env.ENTENTE_BENCH_CORPUS) || 10_000,
      1,
      db,
      neo4j?.pid ?? undefined,
    );
    // A watched folder of 500 generated articles, then a restart over it: what it extracts again, how long it takes.
    result.folderRestart = await folderRestartBench(500, db);
    // The review queue and its flags (opposite, negation, two states) over the synthetic graph's statements.
    result.reviewFlags = await reviewFlagsBench(db);
    if (neo4j?.pid) {
      (result.neo4j as Record<string, unknown>).residentMiBAfterIngest = residentMemoryMb(
        neo4j.pid,
      );
    }
  } finally {
    await db.close();
    // The large-graph bench starts its own throw-away Neo4j unless the caller named one.
    await neo4j?.stop();
  }
  result.largeGraph = await largeGraphBench();
  // The analytics measures on 5,000 actors and 50,000 relations (in memory).
  result.analytics = analyticsBench();
  console.log(JSON.stringify(result, null, 2));
}

await main();
