// Two `entente ingest` processes at once over overlapping inputs against one Neo4j: the graph they leave is the one
// a single process writes (a single process then finds every article unchanged), and the aggregates they moved
// agree with a rebuild from the statements.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus.ts';
import { rebuildAggregates, withAggregates } from '../../graph/aggregates.ts';
import { Database } from '../../graph/database.ts';
import { loadActorRegistry } from '../../ingest/actors/index.ts';

const CLI = path.resolve('bin/entente.js');

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: process.env, timeout: 600_000, maxBuffer: 64 << 20 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr }),
    );
  });
}

let db: Database;
let tmp: string;
let ids: string[] = [];

/** The aggregated relationships between the given articles' actors, rounded where sums are floating point. */
async function aggregates(relationIds: string[]) {
  const r = await db.run(
    `MATCH (:Actor)-[r]->(:Actor) WHERE r.id IN $relationIds
     RETURN r {.*, relType: type(r)} AS r ORDER BY r.id`,
    { relationIds },
  );
  return r.records.map((record) => {
    const props = record.get('r') as Record<string, unknown>;
    for (const key of ['meanScore', 'meanConfidence', 'scoreSum', 'confidenceSum'])
      if (typeof props[key] === 'number') props[key] = Number((props[key] as number).toFixed(9));
    return props;
  });
}

beforeAll(() => {
  db = new Database();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-two-ingests-'));
});
afterAll(async () => {
  if (ids.length)
    await db.writeTransaction((run) =>
      withAggregates(run, ids, () =>
        run(
          `MATCH (a:Article) WHERE a.id IN $ids
           OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a)
           DETACH DELETE s, a`,
          { ids },
        ),
      ),
    );
  fs.rmSync(tmp, { recursive: true, force: true });
  await db.close();
});

describe('two ingest processes at once', () => {
  it('write the graph one process writes, with aggregates that agree with a rebuild', async () => {
    const all = path.join(tmp, 'all');
    const files = writeCorpus(all, loadActorRegistry(), { articles: 12, seed: 1414 });
    // Overlapping halves: articles 4 to 7 are in both.
    const halves = [files.slice(0, 8), files.slice(4)].map((part, n) => {
      const dir = path.join(tmp, `half-${n}`);
      fs.mkdirSync(dir);
      for (const file of part) fs.copyFileSync(file, path.join(dir, path.basename(file)));
      return dir;
    });

    const [a, b] = await Promise.all(
      halves.map((dir) => cli(['ingest', dir, '--json', '--workers', '1', '--batch', '4'])),
    );
    expect(a.stderr).not.toMatch(/failed:/);
    expect([a.code, b.code]).toEqual([0, 0]);
    const written = [a, b].flatMap(
      (run) =>
        (
          JSON.parse(run.stdout) as {
            articles: { article: { id: string }; status: string }[];
          }
        ).articles,
    );
    expect(written).toHaveLength(16);
    ids = [...new Set(written.map((w) => w.article.id))];
    expect(ids).toHaveLength(12);

    const relations = await db.run(
      `MATCH (s:Statement)-[:REPORTED_IN]->(a:Article) WHERE a.id IN $ids
       RETURN collect(DISTINCT s.relationId) AS ids, count(s) AS statements`,
      { ids },
    );
    const relationIds = relations.records[0].get('ids') as string[];
    expect(relationIds.length).toBeGreaterThan(20);

    // One process over all of them finds each article as the two wrote it.
    const single = await cli(['ingest', all, '--json', '--workers', '1']);
    expect(single.code).toBe(0);
    expect(JSON.parse(single.stdout).totals).toMatchObject({ articles: 12, unchanged: 12 });

    const incremental = await aggregates(relationIds);
    expect(incremental.length).toBe(relationIds.length);
    await rebuildAggregates(db);
    expect(await aggregates(relationIds)).toEqual(incremental);
  }, 600_000); // three ingests of 12 articles: about two minutes on the busy shared machine
});
