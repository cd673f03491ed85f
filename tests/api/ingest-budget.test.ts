// POST /api/ingest extracts on a worker thread under a time budget: while a costly article is extracted, other
// requests are answered, and past the budget the article gets a clear 422 and the next one a fresh worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { startServer, type RunningServer } from '../../web/server/index.ts';

let db: Database;
let server: RunningServer;

// Far more extraction than the budget allows (about 4 s on an idle core in December 2026, and the extractor keeps
// getting faster: hence a 1 s budget), far less than the body limit.
const SENTENCE =
  'Iran supplied drones to Russia on Tuesday, and Turkey criticised Sweden over the protests in Stockholm. ';
const COSTLY = SENTENCE.repeat(Math.floor(950_000 / SENTENCE.length));

beforeAll(async () => {
  db = new Database();
  server = await startServer({ db, port: 0, staticDir: null, extractBudgetMs: 1_000 });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

const ingest = (text: string) =>
  fetch(`${server.url}/api/ingest`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, title: 'Budget test', dryRun: true }),
  });

describe('POST /api/ingest under a time budget', () => {
  it('extracts a short article on the worker', async () => {
    const response = await ingest(SENTENCE);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.relations.map((r: { type: string }) => r.type)).toEqual([
      'PROVIDE_ARMS',
      'CRITICIZE',
    ]);
  });

  it('answers other requests while a costly article is extracted, then refuses that one clearly', async () => {
    let ingestAnswered = false;
    const costly = ingest(COSTLY).then(async (response) => {
      ingestAnswered = true;
      return { status: response.status, body: await response.json() };
    });
    // Sent once the costly request is under way (its body alone takes a moment to send and read).
    await new Promise((resolve) => setTimeout(resolve, 200));
    const other = await fetch(`${server.url}/api/analytics`);
    expect(other.status).toBe(200);
    expect(ingestAnswered).toBe(false);
    const { status, body } = await costly;
    expect(status).toBe(422);
    expect(body).toMatchObject({
      error: 'extraction_budget',
      message: expect.stringMatching(/stopped after 1\.0 s, the time budget per article/),
    });
  });

  it('extracts the next article on a fresh worker', async () => {
    const response = await ingest(SENTENCE);
    expect(response.status).toBe(200);
  });
});
