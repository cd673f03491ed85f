// Request bodies are bounded while they stream in: a body past the limit is refused with 413 as soon as the limit
// is passed (with or without a Content-Length), not after the server has buffered all of it.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import { startServer, type RunningServer } from '../../web/server/index.ts';

let db: Database;
let server: RunningServer;
const LIMIT = 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'a');

beforeAll(async () => {
  db = new Database();
  server = await startServer({ db, port: 0, staticDir: null, bodyLimit: LIMIT });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

/**
 * Streams up to `total` bytes of a JSON body in chunks, waiting for each to drain, and stops once the answer has
 * come: the status and how much had been sent by then.
 */
function streamBody(total: number, headers: http.OutgoingHttpHeaders) {
  return new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = http.request(`${server.url}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
    });
    request.on('response', (response) => {
      answered = true;
      let body = '';
      response.on('data', (d) => (body += d));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body, sent });
        request.destroy();
      });
    });
    request.on('error', (error) => (answered ? undefined : reject(error)));
    const write = () => {
      while (!answered && sent < total) {
        sent += CHUNK.length;
        if (!request.write(CHUNK)) return void request.once('drain', write);
      }
      if (!answered) request.end();
    };
    request.write('{"text": "');
    write();
  });
}

describe('the request body limit', () => {
  it('refuses a chunked body once it passes the limit, long before the client is done', async () => {
    const total = 256 * LIMIT;
    const { status, body, sent } = await streamBody(total, { 'transfer-encoding': 'chunked' });
    expect(status).toBe(413);
    expect(JSON.parse(body)).toMatchObject({ error: 'payload_too_large' });
    expect(sent).toBeLessThan(total / 4);
  });

  it('refuses a declared length past the limit before reading the body', async () => {
    const total = 256 * LIMIT;
    const { status, sent } = await streamBody(total, { 'content-length': String(total) });
    expect(status).toBe(413);
    expect(sent).toBeLessThan(total / 4);
  });

  it('still answers the next request', async () => {
    const response = await fetch(`${server.url}/api/analytics`);
    expect(response.status).toBe(200);
  });
});
