// `entente watch URL`: an RSS feed on a local server followed by the real CLI against the real Neo4j: the articles
// it links to at start (one through a redirect), then one added to the feed while it runs; a restart fetches none of
// them again.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAggregates } from '../../graph/aggregates.ts';
import { Database } from '../../graph/database.ts';

const CLI = path.resolve('bin/entente.js');
const MARK = 'watch-feed-test';

const PAGES: Record<string, { title: string; body: string }> = {
  '/a/flights': {
    title: 'Flights',
    body: 'Norway criticised Russia over the flights near its northern coast.',
  },
  '/a/pact': {
    title: 'Pact',
    body: 'Estonia and Latvia signed a pact to guard their shared border together.',
  },
  '/a/aid': { title: 'Aid', body: 'Japan pledged aid to the Philippines after the storm.' },
  '/a/talks': {
    title: 'Talks',
    body: 'Chile and Peru held talks on their maritime border in Lima.',
  },
};
/** A feed link that redirects to an article page, as shortened and tracking links do. */
const REDIRECTS: Record<string, string> = { '/r/talks': '/a/talks' };

let db: Database;
let server: http.Server;
let base: string;
/** The feed lists these pages; the test adds one while the watch runs. */
const listed = ['/a/flights', '/a/pact', '/r/talks'];
/** Requests for article pages, by path. */
const fetched: string[] = [];
const children: ChildProcess[] = [];

function page(p: string): string {
  const { title, body } = PAGES[p];
  return `<!doctype html><html><head><title>${title}</title>
<meta property="article:published_time" content="2031-02-03"></head>
<body><article><h1>${title}</h1><p>${body} (${MARK})</p></article></body></html>`;
}

function feed(): string {
  const items = listed
    .map(
      (p) =>
        `<item><title>${PAGES[REDIRECTS[p] ?? p].title}</title><link>${base}${p}</link></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>${items}</channel></rss>`;
}

async function startWatch() {
  const child = spawn(
    process.execPath,
    [
      CLI,
      'watch',
      `${base}/feed.xml`,
      '--interval',
      '1',
      '--allow-private-network',
      '--workers',
      '1',
    ],
    { env: process.env },
  );
  children.push(child);
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (d) => (out.stdout += d));
  child.stderr.on('data', (d) => (out.stderr += d));
  await until(() => out.stderr.includes('watching'), out);
  return { child, out };
}

async function until(done: () => boolean, out: { stdout: string; stderr: string }, ms = 180_000) {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error(`timed out; stdout: ${out.stdout} stderr: ${out.stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function stop(child: ChildProcess) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

beforeAll(async () => {
  db = new Database();
  server = http.createServer((req, res) => {
    if (req.url && REDIRECTS[req.url]) {
      fetched.push(req.url);
      res.writeHead(302, { location: REDIRECTS[req.url] }).end();
    } else if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed());
    } else if (req.url && PAGES[req.url]) {
      fetched.push(req.url);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(req.url));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await new Promise((resolve) => server.close(resolve));
  const r = await db.run(
    'MATCH (a:Article) WHERE a.text CONTAINS $mark RETURN collect(a.id) AS ids',
    { mark: MARK },
  );
  const ids = r.records[0].get('ids') as string[];
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
  await db.close();
});

describe('entente watch URL', () => {
  it('ingests the articles a feed links to, then each new one, and a restart fetches none again', async () => {
    const first = await startWatch();
    expect(first.out.stdout).toMatch(/added: .*\/a\/flights \(1 relations\)/);
    expect(first.out.stdout).toMatch(/added: .*\/a\/pact/);
    expect(first.out.stdout).toMatch(/added: .*\/r\/talks/);

    listed.push('/a/aid');
    await until(() => first.out.stdout.includes('/a/aid'), first.out);
    expect(first.out.stdout).toMatch(/added: .*\/a\/aid/);
    await stop(first.child);
    // Each page once, however many polls ran; the redirected item through its link, then its page.
    expect(fetched.sort()).toEqual(['/a/aid', '/a/flights', '/a/pact', '/a/talks', '/r/talks']);
    const stored = await db.run(
      `MATCH (a:Article) WHERE a.text CONTAINS $mark
       RETURN a.title AS title, a.url AS url, a.requestedUrl AS requested ORDER BY title`,
      { mark: MARK },
    );
    // The redirected article keeps the address it ended at, and the one the feed gave.
    expect(stored.records.map((x) => [x.get('title'), x.get('url'), x.get('requested')])).toEqual([
      ['Aid', `${base}/a/aid`, null],
      ['Flights', `${base}/a/flights`, null],
      ['Pact', `${base}/a/pact`, null],
      ['Talks', `${base}/a/talks`, `${base}/r/talks`],
    ]);

    const second = await startWatch();
    await new Promise((r) => setTimeout(r, 3000)); // a few polls
    await stop(second.child);
    // Nothing fetched again, the redirected item included.
    expect(fetched).toHaveLength(5);
    expect(second.out.stdout).toBe('');
  });

  it('fails at once, saying why, when the address is no feed', async () => {
    const child = spawn(
      process.execPath,
      [CLI, 'watch', `${base}/a/pact`, '--allow-private-network', '--workers', '0'],
      { env: process.env },
    );
    children.push(child);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(1);
    expect(stderr).toContain(`entente/bin/watch: ${base}/a/pact: not an RSS or Atom feed`);
  });
});
