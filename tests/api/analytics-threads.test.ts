// The measures run on worker threads within a time budget: the server answers other requests while a large
// centrality computes, a measure past its budget is stopped with 503 analysis_timeout, and the pool recovers.
// A synthetic graph (bench/synthetic-graph.ts) is written under its own prefix and removed afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/synthetic-graph.ts';
import { deleteSyntheticGraph, writeSyntheticGraph } from '../../bench/write-synthetic-graph.ts';
import { Database } from '../../graph/database.ts';
import type { AnalysisJob } from '../../queries/analytics/compute-analysis.ts';
import {
  loadEvidenceRows,
  UnknownActorError,
} from '../../queries/analytics/load-evidence-graph.ts';
import { AnalysisTimeoutError, MeasurePool } from '../../queries/analytics/measure-pool.ts';
import { runAnalysis } from '../../queries/analytics/run-analysis.ts';
import { startServer, type RunningServer } from '../../web/server/index.ts';

const PREFIX = 'thr-';
let db: Database;
let server: RunningServer;

beforeAll(async () => {
  db = new Database();
  await deleteSyntheticGraph(db, PREFIX);
  // Large enough that betweenness takes seconds on this machine (bench/analytics.ts for the figures).
  await writeSyntheticGraph(
    db,
    syntheticGraph({ actors: 1500, relations: 12_000, articles: 400, prefix: PREFIX }),
  );
  server = await startServer({ db, port: 0, staticDir: null });
});
afterAll(async () => {
  await server?.close();
  if (db) await deleteSyntheticGraph(db, PREFIX);
  await db?.close();
});

const get = (path: string, url = server.url) => fetch(`${url}${path}`);

describe('measures off the server thread', () => {
  it('answers other requests while a large centrality computes, then the centrality itself', async () => {
    const done: string[] = [];
    const slow = get('/api/analytics/centrality?limit=10').then(async (r) => {
      done.push('centrality');
      return { status: r.status, body: (await r.json()) as { data: { id: string }[] } };
    });
    // The measure list reports the analyses on the threads: answered while the centrality runs on one.
    let running = 0;
    while (running === 0 && done.length === 0) {
      const info = (await (await get('/api/analytics')).json()) as {
        computing: { running: number };
      };
      running = info.computing.running;
    }
    expect(running).toBe(1);
    const health = await get('/api/health');
    expect(health.status).toBe(200);
    done.push('health');

    const { status, body } = await slow;
    expect(status).toBe(200);
    expect(done).toEqual(['health', 'centrality']);
    // The thread computes what the same analysis computes inline.
    const inline = await runAnalysis(db, 'centrality', { limit: 10 });
    expect(body.data).toEqual(inline.data);
  });

  it('stops a measure past its time budget with 503 analysis_timeout, and the server answers on', async () => {
    const tight = await startServer({ db, port: 0, staticDir: null, analyticsTimeoutMs: 50 });
    try {
      const response = await get('/api/analytics/centrality?rollUp=false', tight.url);
      expect(response.status).toBe(503);
      const body = (await response.json()) as { error: string; message: string };
      expect(body.error).toBe('analysis_timeout');
      expect(body.message).toMatch(/centrality measure took longer than 50 ms and was stopped/);
      expect((await get('/api/health', tight.url)).status).toBe(200);
    } finally {
      await tight.close();
    }
  });

  it('replaces a stopped thread: the next analysis on the pool completes', async () => {
    const pool = new MeasurePool(1);
    try {
      const scope = { from: null, to: null, rollUp: false };
      const rows = await loadEvidenceRows(db, scope);
      const job = (measure: string, params: Record<string, unknown>): AnalysisJob => ({
        measure,
        params: { ...scope, ...params },
        scope,
        rows,
        writeBack: false,
      });
      await expect(pool.run(job('centrality', { actor: null, limit: 5 }), 1)).rejects.toThrow(
        AnalysisTimeoutError,
      );
      const [a, b] = [rows.evidence[0].source, rows.evidence[0].target];
      const dyad = await pool.run(
        job('dyad', { actor: a, other: b, granularity: 'year' }),
        120_000,
      );
      expect(dyad.data).toMatchObject({ a, b });
      expect(pool.load()).toEqual({ running: 0, queued: 0 });
      // An unknown actor comes back as the error the API maps to 404.
      await expect(
        pool.run(job('balance', { actor: 'atlantis', unbalancedOnly: false, limit: 5 }), 120_000),
      ).rejects.toBeInstanceOf(UnknownActorError);
    } finally {
      await pool.close();
    }
  });
});
