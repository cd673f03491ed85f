// Where Neo4j's time goes during a corpus ingest: N generated articles (bench/corpus.ts) ingested as `entente ingest`
// does into a throw-away Neo4j, every statement the writer runs timed by Neo4j's own summary (the time to the first
// record plus the time to consume the rest, planning included), grouped by statement, with the CPU of Neo4j's
// threads grouped by what they do (query workers, JIT compilers, garbage collection). JSON out.
// Run: `npx tsx bench/statement-profile.ts [articles] [seed] [rounds]` (default 1,000, 1, 1).
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
import { writeCorpus } from './corpus.ts';
import { processCpuMs } from './process-cpu.ts';

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/** A statement's name: its first clause line and, for the per-type statements, the type it spells. */
function statementName(query: string): string {
  const lines = query
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('//'));
  const first = lines.find((l) => !/^CYPHER\b/.test(l)) ?? lines[0] ?? '';
  const type = /MERGE \(src\)-\[r:(\w+)\]/.exec(query)?.[1];
  const clause = lines.find((l) => /^(MERGE|MATCH|CREATE|WITH|DETACH|CALL)\b/.test(l)) ?? '';
  return `${first.slice(0, 48)} | ${clause.slice(0, 56)}${type ? ` [${type}]` : ''}`;
}

/** CPU milliseconds of a process's threads, grouped by thread name with its numbers dropped (Linux /proc). */
function threadCpuMs(pid: number): Map<string, number> {
  const groups = new Map<string, number>();
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/[\d#-]+/g, '');
      const f = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      const ms = (Number(f[11]) + Number(f[12])) * 10;
      groups.set(name, (groups.get(name) ?? 0) + ms);
    } catch {
      // The thread ended while we looked.
    }
  }
  return groups;
}

interface Timing {
  calls: number;
  serverMs: number;
  firstMs: number;
  maxMs: number;
  distinct: Set<string>;
}

/** CPU seconds per thread group since `before`, largest first. */
function threadsSince(pid: number, before: Map<string, number>) {
  return [...threadCpuMs(pid)]
    .map(([name, ms]) => ({ name, cpuSeconds: (ms - (before.get(name) ?? 0)) / 1000 }))
    .filter((x) => x.cpuSeconds >= 0.1)
    .sort((a, b) => b.cpuSeconds - a.cpuSeconds)
    .map((x) => ({ ...x, cpuSeconds: round(x.cpuSeconds) }));
}

/** `rounds` corpora of `articles` each (seeds seed, seed+1, ...) into one Neo4j: the later ones run on a warm JVM. */
export async function statementProfile(articles = 1000, seed = 1, rounds = 1) {
  const neo4j = await startThrowawayNeo4j({ name: 'entente-bench-profile' });
  const db = new Database(neo4j.config);
  const timings = new Map<string, Timing>();
  // Every statement of every write transaction, timed by the server.
  const writeTransaction = db.writeTransaction.bind(db);
  db.writeTransaction = (work, options) =>
    writeTransaction(
      (run) =>
        work(async (query, params) => {
          const result = await run(query, params);
          const { resultAvailableAfter, resultConsumedAfter } = result.summary;
          const ms = Number(resultAvailableAfter) + Number(resultConsumedAfter);
          const name = statementName(query);
          const t = timings.get(name) ?? {
            calls: 0,
            serverMs: 0,
            firstMs: ms,
            maxMs: 0,
            distinct: new Set<string>(),
          };
          t.calls++;
          t.serverMs += ms;
          t.maxMs = Math.max(t.maxMs, ms);
          t.distinct.add(query);
          timings.set(name, t);
          return result;
        }),
      options,
    );
  const dirs: string[] = [];
  const report = [];
  try {
    await migrate(db);
    const pid = neo4j.pid!;
    for (let round_ = 0; round_ < rounds; round_++) {
      timings.clear();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-bench-profile-'));
      dirs.push(dir);
      writeCorpus(dir, loadActorRegistry(), { articles, seed: seed + round_ });
      const threadsBefore = threadCpuMs(pid);
      const server = processCpuMs(pid)!;
      const t = performance.now();
      const { totals } = await ingestInputs(db, [dir], null, {
        batchSize: 16,
        extractors: { workers: DEFAULT_WORKERS, registry: {} },
      });
      const seconds = (performance.now() - t) / 1000;
      const neo4jCpu = (processCpuMs(pid)! - server) / 1000;
      const threads = threadsSince(pid, threadsBefore);
      const serverTotal = [...timings.values()].reduce((n, x) => n + x.serverMs, 0);
      const statements = [...timings]
        .sort((a, b) => b[1].serverMs - a[1].serverMs)
        .map(([name, x]) => ({
          name,
          calls: x.calls,
          seconds: round(x.serverMs / 1000, 2),
          share: round((100 * x.serverMs) / serverTotal),
          firstMs: x.firstMs,
          maxMs: x.maxMs,
          texts: x.distinct.size,
        }));
      report.push({
        seed: seed + round_,
        articles: totals.articles,
        relations: totals.relations,
        copies: totals.copies,
        seconds: round(seconds),
        neo4jCpuSeconds: round(neo4jCpu),
        serverSecondsInStatements: round(serverTotal / 1000),
        threads,
        statements,
      });
    }
    return report;
  } finally {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    await db.close();
    await neo4j.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [articles, seed, rounds] = process.argv.slice(2).map(Number);
  console.log(
    JSON.stringify(await statementProfile(articles || 1000, seed || 1, rounds || 1), null, 2),
  );
}
