// `npm run bench`: speed and memory figures as JSON (never asserted in tests).
// Starts a throw-away local Neo4j (or uses NEO4J_URI), measures start-up, extraction, ingest and queries.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_LOCAL_NEO4J } from '../graph/config.ts';
import { Database } from '../graph/database.ts';
import { migrate } from '../graph/migrate.ts';
import {
  freePort,
  residentMemoryMb,
  startLocal,
  stopLocal,
} from '../graph/neo4j-local/launcher.ts';
import { loadActorRegistry } from '../ingest/actors/index.ts';
import { extractArticle } from '../ingest/extract/index.ts';
import { ingestInputs } from '../ingest/pipeline.ts';
import { readInputs } from '../ingest/read/index.ts';
import type { Article } from '../ingest/types.ts';
import { QUERIES } from '../queries/index.ts';
import { runNamedQuery } from '../queries/run-query.ts';

const SAMPLES = path.resolve('samples/articles');
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

async function sampleArticles(): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const r of readInputs([SAMPLES], {})) if (r.ok) articles.push(r.article);
  return articles;
}

async function main() {
  const result: Record<string, unknown> = {
    machine: { cpus: os.cpus().length, memoryGiB: round(os.totalmem() / 2 ** 30) },
  };

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

  let settings = null;
  if (!process.env.NEO4J_URI) {
    settings = {
      ...DEFAULT_LOCAL_NEO4J,
      dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'entente-bench-neo4j-')),
      port: await freePort(),
      password: 'bench',
    };
    const started = await startLocal(settings);
    process.env.NEO4J_URI = `bolt://127.0.0.1:${settings.port}`;
    process.env.NEO4J_PASSWORD = 'bench';
    result.neo4j = {
      version: '5.26.0 Community (embedded launcher)',
      startMs: started.startMs,
      residentMiBAfterStart: started.pid ? residentMemoryMb(started.pid) : null,
    };
  }
  const db = new Database();
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
        await runNamedQuery(db, q.name, {});
        queries[q.name] = round(performance.now() - t);
      } catch {
        // Queries with required parameters are skipped here; their tests cover them.
      }
    }
    result.queryMs = queries;
    if (settings) {
      const pid = Number(fs.readFileSync(path.join(settings.dataDir, 'entente-neo4j.pid'), 'utf8'));
      (result.neo4j as Record<string, unknown>).residentMiBAfterIngest = residentMemoryMb(pid);
    }
  } finally {
    await db.close();
    if (settings) {
      await stopLocal(settings);
      fs.rmSync(settings.dataDir, { recursive: true, force: true });
    }
  }
  console.log(JSON.stringify(result, null, 2));
}

await main();
