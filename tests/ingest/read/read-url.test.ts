// Reading URLs against a local server only: address checks, content types, size cap, redirects, timeout.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressRefusal } from '../../../ingest/read/address-policy.ts';
import { _articles, _failures, _readAll } from './_read-all.ts';

const PAGE =
  '<!doctype html><html><head><title>Water talks | Local Test</title>' +
  '<meta property="og:title" content="Water talks end without deal"></head><body>' +
  '<nav><a href="/">Home</a></nav><article><p>Delegates from the upstream and downstream states ended three days ' +
  'of talks on the shared river without a deal, but agreed to meet again in the autumn.</p>' +
  '<p>Both sides said the data-sharing pilot would continue in the meantime.</p></article></body></html>';
const TEXT = 'Ministers of the two states met at the border post on Monday.';

const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void> = {
  '/page': (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
  '/plain': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(TEXT),
  '/records': (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify([{ title: 'One', text: TEXT }, { title: 'Two' }])),
  '/lines': (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'application/x-ndjson' })
      .end(`${JSON.stringify({ text: TEXT })}\n`),
  '/gzip': (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
      .end(gzipSync(TEXT)),
  '/image': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end('PNG'),
  '/missing': (_req, res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('not here'),
  '/big-declared': (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(64_000)),
  '/big-streamed': (_req, res) => {
    // No content-length: the cap must stop the read mid-stream.
    res.writeHead(200, { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' });
    const chunk = 'word '.repeat(1000);
    let sent = 0;
    const timer = setInterval(() => {
      if (res.destroyed || sent++ > 200) {
        clearInterval(timer);
        res.end();
        return;
      }
      res.write(chunk);
    }, 1);
  },
  '/slow': () => {
    // Never answers: only the timeout ends this request.
  },
  '/to-file': (_req, res) => res.writeHead(302, { location: 'file:///etc/hostname' }).end(),
};

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const hop = /^\/hop\/(\d+)$/.exec(path);
    // /hop/3 redirects to /hop/2 ... /hop/0 to the page.
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(302, { location: n === 0 ? '/page' : `/hop/${n - 1}` }).end();
      return;
    }
    (routes[path] ?? routes['/missing'])(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const allow = { allowPrivateNetwork: true };

describe('URL address policy', () => {
  it('refuses loopback by default, naming the address', async () => {
    const results = await _readAll([`${base}/page`]);
    expect(_failures(results)).toEqual([
      {
        origin: `${base}/page`,
        error: expect.stringMatching(/^refused: 127\.0\.0\.1 is a loopback address/),
      },
    ]);
  });

  it('refuses a host name that resolves to loopback', async () => {
    const port = new URL(base).port;
    const [result] = await _readAll([`http://localhost:${port}/page`]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatch(/^refused: localhost resolves to .* loopback address/);
  });

  it('reads the same URL when private networks are allowed', async () => {
    const [result] = await _readAll([`${base}/page`], allow);
    if (!result.ok) throw new Error(result.error);
    expect(result.article).toMatchObject({
      title: 'Water talks end without deal',
      url: `${base}/page`,
      source: '127.0.0.1',
      origin: `${base}/page`,
    });
    expect(result.article.text).toContain('ended three days of talks on the shared river');
    expect(result.article.text).not.toContain('Home');
  });

  // [address, refused as]
  const addresses: [string, string | null][] = [
    ['10.0.0.7', 'private'],
    ['192.168.1.20', 'private'],
    ['172.16.4.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['::1', 'loopback'],
    ['fe80::1', 'link-local'],
    ['fd12:3456::1', 'unique-local'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['93.184.216.34', null],
    ['2606:4700::1111', null],
  ];
  it.each(addresses)('%s → %s', (address, kind) => {
    const refusal = addressRefusal(address);
    if (kind === null) expect(refusal).toBeNull();
    else expect(refusal).toBe(`${address} is a ${kind} address`);
  });
});

describe('URL content types', () => {
  it('reads text/plain, JSON records, JSON lines and gzip bodies', async () => {
    const results = await _readAll(
      [`${base}/plain`, `${base}/records`, `${base}/lines`, `${base}/gzip`],
      allow,
    );
    expect(_articles(results).map((a) => [a.origin, a.text])).toEqual([
      [`${base}/plain`, TEXT],
      [`${base}/records[0]`, TEXT],
      [`${base}/lines:1`, TEXT],
      [`${base}/gzip`, TEXT],
    ]);
    expect(_failures(results)).toEqual([
      { origin: `${base}/records[1]`, error: expect.stringMatching(/non-empty "text" or "html"/) },
    ]);
  });

  it('fails unsupported types and HTTP errors with a reason', async () => {
    const results = await _readAll([`${base}/image`, `${base}/missing`], allow);
    expect(_failures(results)).toEqual([
      { origin: `${base}/image`, error: 'unsupported content type "image/png"' },
      { origin: `${base}/missing`, error: 'HTTP 404 Not Found' },
    ]);
  });
});

describe('URL limits', () => {
  it('stops at the size cap, declared or streamed', async () => {
    const results = await _readAll([`${base}/big-declared`, `${base}/big-streamed`], {
      ...allow,
      maxBytes: 1000,
    });
    expect(_failures(results).map((f) => f.error)).toEqual([
      'response larger than 1000 bytes (maxBytes)',
      'response larger than 1000 bytes (maxBytes)',
    ]);
  });

  it('follows redirects up to the limit, and no further', async () => {
    const results = await _readAll([`${base}/hop/3`, `${base}/hop/9`], {
      ...allow,
      maxRedirects: 5,
    });
    expect(_articles(results).map((a) => [a.origin, a.url])).toEqual([
      [`${base}/hop/3`, `${base}/page`],
    ]);
    expect(_failures(results)).toEqual([
      { origin: `${base}/hop/9`, error: 'too many redirects (more than 5)' },
    ]);
  });

  it('checks every hop: a redirect to another scheme is refused', async () => {
    const [result] = await _readAll([`${base}/to-file`], allow);
    expect(result).toEqual({
      ok: false,
      origin: `${base}/to-file`,
      error: 'refused: only http and https URLs are read, not file',
    });
  });

  it('gives up after the timeout', async () => {
    const started = Date.now();
    const [result] = await _readAll([`${base}/slow`], { ...allow, timeoutMs: 300 });
    expect(result).toEqual({ ok: false, origin: `${base}/slow`, error: 'timed out after 300 ms' });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
