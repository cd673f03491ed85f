// `npm run test:load`: 64 clients for 30 s on the main read endpoints of the real server, over a synthetic graph of
// 10,000 articles generated on the spot in a throw-away Neo4j, while an ingest streams articles in. Prints
// p50/p95/p99 per endpoint and overall as JSON, with how many overviews were answered (and from what) or refused;
// exits 1 on any error (an answer other than 2xx or the designed 503 "busy", or none). Options: --clients N
// --seconds S --articles N.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Database } from '../graph/database.ts';
import { migrate } from '../graph/migrate.ts';
import { startThrowawayNeo4j } from '../graph/neo4j-local/throwaway.ts';
import { ingestInputs } from '../pipeline/ingest-pipeline.ts';
import { startServer } from '../web/server/index.ts';
import { DEFAULT_SYNTHETIC_GRAPH, syntheticGraph } from './synthetic-graph.ts';
import { writeSyntheticGraph } from './write-synthetic-graph.ts';

export interface LoadTestOptions {
  clients: number;
  seconds: number;
  articles: number;
}

export const DEFAULT_LOAD_TEST: LoadTestOptions = { clients: 64, seconds: 30, articles: 10_000 };

const SAMPLES = path.resolve('samples/articles');
/** Thrown from the ingest's callback to end it when the clients are done. */
const LOAD_OVER = 'entente/bench/load-test: the load is over';

/** The clients, on their own thread so that issuing requests does not compete with the server's event loop. */
const CLIENTS = `
const { parentPort, workerData } = require('node:worker_threads');
const { base, paths, clients, seconds } = workerData;
const end = Date.now() + seconds * 1000;
const samples = [];
const failures = {};
let next = 0;
async function client() {
  while (Date.now() < end) {
    const [endpoint, url] = paths[next++ % paths.length];
    const started = performance.now();
    let status = 0;
    let cache = null;
    try {
      const response = await fetch(base + url);
      const body = await response.text();
      status = response.status;
      cache = response.headers.get('x-entente-cache');
      // The designed refusal past a heavy route's concurrency limit, told apart from a database that is down.
      if (status === 503 && body.includes('"error":"busy"')) status = 'busy';
      if (status !== 'busy' && status >= 400 && !failures[endpoint + ' ' + status]) failures[endpoint + ' ' + status] = body.slice(0, 300);
    } catch (error) {
      status = 0;
      failures[endpoint + ' 0'] ??= String(error).slice(0, 300);
    }
    samples.push([endpoint, status, performance.now() - started, cache]);
  }
}
Promise.all(Array.from({ length: clients }, client)).then(() => parentPort.postMessage({ samples, failures }));
`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Number(
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1),
  );
}

/** One request: endpoint, status ('busy' for the designed 503), milliseconds, and x-entente-cache if sent. */
type Sample = [string, number | 'busy', number, string | null];

function summary(samples: Sample[]) {
  const ms = samples.map((s) => s[2]).sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const [, status] of samples) statuses[status] = (statuses[status] ?? 0) + 1;
  return {
    requests: samples.length,
    p50Ms: percentile(ms, 50),
    p95Ms: percentile(ms, 95),
    p99Ms: percentile(ms, 99),
    statuses,
  };
}

function parseArgs(argv: string[]): LoadTestOptions {
  const options = { ...DEFAULT_LOAD_TEST };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '') as keyof LoadTestOptions;
    const value = Number(argv[i + 1]);
    if (!(key in options) || !Number.isInteger(value) || value <= 0)
      throw new Error(
        `entente/bench/load-test: unknown option or bad value: ${argv[i]} ${argv[i + 1]}`,
      );
    options[key] = value;
  }
  return options;
}

export async function runLoadTest(options: LoadTestOptions = DEFAULT_LOAD_TEST) {
  const started = performance.now();
  const neo4j = await startThrowawayNeo4j({ name: 'entente-load' });
  const neo4jSeconds = (performance.now() - started) / 1000;
  const db = new Database(neo4j.config);
  const copies = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-load-articles-'));
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    await migrate(db);
    const setupStarted = performance.now();
    const graph = syntheticGraph({
      articles: options.articles,
      relations: Math.max(DEFAULT_SYNTHETIC_GRAPH.relations, options.articles * 2),
    });
    await writeSyntheticGraph(db, graph);
    const setupSeconds = (performance.now() - setupStarted) / 1000;

    server = await startServer({ db, port: 0, staticDir: null });
    // What the clients ask for, in turn: the overview, search, profiles, neighbourhoods and evidence.
    const pick = <T>(items: T[], i: number) => items[(i * 7919) % items.length];
    const paths: [string, string][] = [];
    for (let i = 0; i < 200; i++) {
      const actor = pick(graph.actors, i);
      const relation = pick(graph.relations, i);
      paths.push(
        ['graph', '/api/graph'],
        ['search', `/api/actors?q=${encodeURIComponent(actor.name.split(' ')[0])}`],
        ['profile', `/api/actors/${encodeURIComponent(actor.id)}`],
        ['neighbors', `/api/actors/${encodeURIComponent(actor.id)}/neighbors`],
        ['evidence', `/api/relations/${encodeURIComponent(relation.id)}/evidence`],
      );
    }

    // The ingest that runs meanwhile: copies of the sample articles, new to the graph, extracted on a worker.
    const names = fs.readdirSync(SAMPLES).sort();
    for (let round = 0; round < 20; round++)
      for (const name of names)
        fs.writeFileSync(
          path.join(copies, `${round}-${name}`),
          `${fs.readFileSync(path.join(SAMPLES, name), 'utf8')}\n\nLoad test copy ${round}.\n`,
        );
    const stopIngest = new AbortController();
    let ingested = 0;
    let ingestFailed = 0;
    let firstOutcome = () => {};
    const ingesting = new Promise<void>((resolve) => (firstOutcome = resolve));
    // One article per transaction: the ingest can only stop between outcomes, and a larger batch would keep it
    // (and the test) running for minutes after the clients are done on a loaded machine.
    const ingest = ingestInputs(db, [copies], null, {
      extractors: { workers: 1, registry: {} },
      batchSize: 1,
      onArticle: (outcome) => {
        if (outcome.ok) ingested++;
        else ingestFailed++;
        firstOutcome();
        if (stopIngest.signal.aborted) throw new Error(LOAD_OVER);
      },
    }).catch((error: Error) => (error.message === LOAD_OVER ? null : Promise.reject(error)));

    // The load starts once the ingest writes (its first article is in), so the graph changes under the clients.
    await Promise.race([ingesting, ingest]);
    // Then the overview is computed once, as a server that has been up would have: this first computation (with no
    // client running, the ingest going) is reported on its own; under the full load it alone outlasts queueWaitMs.
    const coldStarted = performance.now();
    // A request told busy after queueWaitMs leaves the computation running: the next one picks it up.
    for (let attempt = 1; ; attempt++) {
      const cold = await fetch(`${server.url}/api/graph`);
      await cold.arrayBuffer();
      if (cold.ok) break;
      if (cold.status !== 503 || attempt === 10)
        throw new Error(`entente/bench/load-test: the first overview failed: ${cold.status}`);
    }
    const overviewColdMs = performance.now() - coldStarted;
    const ingestedBefore = ingested;
    const worker = new Worker(CLIENTS, {
      eval: true,
      workerData: { base: server.url, paths, clients: options.clients, seconds: options.seconds },
    });
    const { samples, failures } = await new Promise<{
      samples: Sample[];
      failures: Record<string, string>;
    }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    stopIngest.abort();
    const loadOver = performance.now();
    await ingest;
    const ingestStopSeconds = (performance.now() - loadOver) / 1000;

    const byEndpoint: Record<string, ReturnType<typeof summary>> = {};
    for (const endpoint of new Set(samples.map((s) => s[0])))
      byEndpoint[endpoint] = summary(samples.filter((s) => s[0] === endpoint));
    // A 503 "busy" is the designed refusal of heavy routes past their concurrency limit; any other answer but a
    // 2xx (or none) is an error.
    const errors = samples.filter(
      ([, status]) => status !== 'busy' && !(status >= 200 && status < 300),
    ).length;
    // The overview, the one costly read: how many were answered (current, stale or computed for them) or refused.
    const overviews = samples.filter(([endpoint]) => endpoint === 'graph');
    const answeredFrom: Record<string, number> = {};
    for (const [, status, , cache] of overviews)
      if (status === 200) answeredFrom[cache ?? 'none'] = (answeredFrom[cache ?? 'none'] ?? 0) + 1;
    return {
      graph: {
        articles: graph.articles.length,
        actors: graph.actors.length,
        relations: graph.relations.length,
        statements: graph.statements.length,
        writeSeconds: Number(setupSeconds.toFixed(1)),
      },
      /** Where the wall time went besides the load itself. */
      neo4jStartSeconds: Number(neo4jSeconds.toFixed(1)),
      /** The first overview, computed before the load starts. */
      overviewColdMs: Number(overviewColdMs.toFixed(0)),
      ingestStopSeconds: Number(ingestStopSeconds.toFixed(1)),
      clients: options.clients,
      seconds: options.seconds,
      overall: summary(samples),
      byEndpoint,
      errors,
      busy: samples.filter(([, status]) => status === 'busy').length,
      overview: {
        requests: overviews.length,
        answered: overviews.filter(([, status]) => status === 200).length,
        busy: overviews.filter(([, status]) => status === 'busy').length,
        /** Answered requests by x-entente-cache: hit (current), stale (within the bound), miss (computed). */
        answeredFrom,
      },
      /** The first answer of each failing endpoint and status, to say why. */
      failures,
      ingestDuringLoad: { articles: ingested - ingestedBefore, failed: ingestFailed },
    };
  } finally {
    await server?.close();
    await db.close();
    await neo4j.stop();
    fs.rmSync(copies, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = await runLoadTest(parseArgs(process.argv.slice(2)));
  console.log(JSON.stringify(report, null, 2));
  if (report.errors > 0 || report.ingestDuringLoad.failed > 0) process.exitCode = 1;
}
