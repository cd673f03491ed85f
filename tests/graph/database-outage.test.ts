// Neo4j going away, seen through a proxy the test takes down: a request is answered "unavailable" at once, a
// write retries a bounded number of times and says so, and an ingest stops with one clear message that a rerun
// completes. Attempts are counted at the proxy, not timed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAggregates } from '../../graph/aggregates.ts';
import { Database, DatabaseError, INGEST_RETRY } from '../../graph/database.ts';
import { loadActorRegistry, type ActorRegistry } from '../../ingest/actors/index.ts';
import { ingestInputs, type ArticleOutcome } from '../../pipeline/ingest-pipeline.ts';
import { startServer, type RunningServer } from '../../web/server/index.ts';
import { startTcpProxy, type TcpProxy } from './_tcp-proxy.ts';

const SAMPLES = path.resolve('samples/articles');
let direct: Database;
let proxy: TcpProxy;
let db: Database;
let registry: ActorRegistry;
let dir: string;

beforeAll(async () => {
  direct = new Database();
  const target = new URL(direct.config.uri.replace(/^bolt/, 'http'));
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) });
  db = new Database({ ...direct.config, uri: proxy.uri });
  registry = loadActorRegistry();
  // Six sample articles with new ids, so they are new to the shared database.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-outage-'));
  for (const name of fs.readdirSync(SAMPLES).sort().slice(0, 6)) {
    const text = fs.readFileSync(path.join(SAMPLES, name), 'utf8');
    fs.writeFileSync(path.join(dir, name), `${text}\n\nOutage test copy.\n`);
  }
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await db?.close();
  await proxy?.close();
  await direct?.close();
});

/** Removes what the tests wrote, moving the aggregates the copies fed back down. */
async function clean(ids: string[]) {
  await direct.writeTransaction((run) =>
    withAggregates(run, ids, () =>
      run(
        `MATCH (a:Article) WHERE a.id IN $ids
         OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a)
         DETACH DELETE s, a`,
        { ids },
      ),
    ),
  );
}

describe('a Neo4j that went away', () => {
  it('answers a request "unavailable" after one attempt', async () => {
    proxy.down();
    try {
      const error = await db.run('RETURN 1').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseError);
      expect((error as DatabaseError).unavailable).toBe(true);
      expect(proxy.attemptsWhileDown).toBe(1);
    } finally {
      proxy.up();
    }
  });

  it('reaches an API client as 503 database_unavailable after one attempt', async () => {
    const server: RunningServer = await startServer({ db, port: 0, staticDir: null });
    try {
      proxy.down();
      const response = await fetch(`${server.url}/api/actors?q=iran`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ error: 'database_unavailable' });
      expect(proxy.attemptsWhileDown).toBe(1);
    } finally {
      proxy.up();
      await server.close();
    }
  });

  it('is retried by a write a bounded number of times, and the error says how often', async () => {
    proxy.down();
    try {
      let retries = 0;
      const error = await db
        .run('RETURN 1', {}, { routing: 'write', retry: INGEST_RETRY, onRetry: () => retries++ })
        .catch((e: unknown) => e);
      expect((error as DatabaseError).unavailable).toBe(true);
      expect(proxy.attemptsWhileDown).toBe(INGEST_RETRY.attempts);
      expect(retries).toBe(INGEST_RETRY.attempts - 1);
      expect((error as Error).message).toMatch(
        new RegExp(`after ${INGEST_RETRY.attempts} attempts in [0-9.]+ s`),
      );
    } finally {
      proxy.up();
    }
  });

  it('stops an ingest with one message, and a rerun completes it', async () => {
    const outcomes: ArticleOutcome[] = [];
    const first = await ingestInputs(db, [dir], registry, {
      batchSize: 2,
      onArticle: (outcome) => {
        outcomes.push(outcome);
        if (outcomes.length === 2) proxy.down();
      },
    });
    proxy.up();
    const written = outcomes.filter((o) => o.ok);
    try {
      expect(written.map((o) => o.ok && o.status)).toEqual(['added', 'added']);
      expect(first.stopped).toMatch(/database is unavailable.*rerun/);
      // The batch in hand fails with the reason; nothing after it is read, and the retries stay bounded.
      const failed = outcomes.filter((o) => !o.ok);
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.length).toBeLessThanOrEqual(4);
      for (const o of failed) expect(!o.ok && o.error).toMatch(/unavailable/);
      // The next group's look-up of what is already written (one attempt, not retried, and not made again once
      // it failed), then the write's bounded retries.
      expect(proxy.attemptsWhileDown).toBe(1 + INGEST_RETRY.attempts);
      expect(first.totals.articles).toBe(outcomes.length);

      const again: ArticleOutcome[] = [];
      const second = await ingestInputs(db, [dir], registry, {
        batchSize: 2,
        onArticle: (o) => again.push(o),
      });
      expect(second.stopped).toBeNull();
      expect(again.map((o) => o.ok && o.status)).toEqual([
        'unchanged',
        'unchanged',
        ...Array(4).fill('added'),
      ]);
      written.push(...again.filter((o) => o.ok));
    } finally {
      await clean([...new Set(written.map((o) => (o.ok ? o.article.id : '')))]);
    }
  });
});
