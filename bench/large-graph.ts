// The large-graph bench: 5,000 actors and 20,000 relations through the real API into headless Chromium, as JSON.
// Starts a throw-away local Neo4j (or writes prefixed data into NEO4J_URI and deletes it after), the real server on
// port 0 and Chromium; measures the API, the first full frame, frame rates while panning (with and without
// ForceAtlas2), the JS heap and the truncation banner. Run alone (`tsx bench/large-graph.ts`) or from bench/run.ts.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { databaseConfig } from '../graph/config.ts';
import { Database } from '../graph/database.ts';
import { migrate } from '../graph/migrate.ts';
import { startServer, type RunningServer } from '../web/server/index.ts';
import { ARTIFACTS, DIST, ensureUiBuilt, launchChromium } from '../web/headless-chromium.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../graph/neo4j-local/throwaway.ts';
import { DEFAULT_SYNTHETIC_GRAPH, syntheticGraph } from './synthetic-graph.ts';
import { deleteSyntheticGraph, writeSyntheticGraph } from './write-synthetic-graph.ts';

export interface LargeGraphBenchOptions {
  actors: number;
  relations: number;
  /** How long each frame-rate measurement drives the camera. */
  panMs: number;
  /** The whole bench gives up (and tears everything down) after this long. */
  timeoutMs: number;
  /** Where the screenshot goes (git-ignored). */
  screenshot: string;
  /**
   * The server's query timeout: a bench reports slow answers rather than none, so it waits longer than the
   * server's 30 s default (on a loaded shared machine the first 5,000-actor overview passed 30 s).
   */
  queryTimeoutMs: number;
}

export const DEFAULT_LARGE_GRAPH_BENCH: LargeGraphBenchOptions = {
  actors: DEFAULT_SYNTHETIC_GRAPH.actors,
  relations: DEFAULT_SYNTHETIC_GRAPH.relations,
  panMs: 3000,
  timeoutMs: 10 * 60_000,
  screenshot: path.join(ARTIFACTS, 'large-graph.png'),
  queryTimeoutMs: 180_000,
};

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

interface FrameRates {
  seconds: number;
  /** requestAnimationFrame callbacks per second: how often the page could paint. */
  animationFramesPerSecond: number;
  /** Sigma renders per second. */
  rendersPerSecond: number;
  /** Longest gap between two animation frames, and the 95th percentile. */
  longestFrameMs: number;
  p95FrameMs: number;
}

/**
 * Drives the camera for `ms` as a user would: a drag (synthetic mouse events on sigma's mouse layer) along a
 * circle, with a wheel zoom in or out every 400 ms; counts animation frames and sigma's renders meanwhile.
 */
async function measurePanning(page: Page, ms: number): Promise<FrameRates> {
  const r = await page.evaluate(async (ms) => {
    const canvas = document.querySelector<HTMLCanvasElement>('#graph canvas.sigma-mouse');
    if (!canvas) throw new Error('entente/bench/large-graph: no sigma mouse layer');
    const box = canvas.getBoundingClientRect();
    const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
    // The drag starts in a corner, inside the stage padding, so it grabs the stage and not an actor.
    const [x0, y0] = [box.left + 12, box.top + 12];
    const mouse = (type: string, x: number, y: number) =>
      canvas.dispatchEvent(
        new MouseEvent(type, {
          clientX: x,
          clientY: y,
          button: 0,
          bubbles: true,
          cancelable: true,
        }),
      );
    const rendersBefore = window.__entente!.renders().count;
    const gaps: number[] = [];
    mouse('mousedown', x0, y0);
    const start = performance.now();
    let last = start;
    let lastWheel = start;
    let zoomIn = true;
    await new Promise<void>((resolve) => {
      const frame = (now: number) => {
        gaps.push(now - last);
        last = now;
        const t = (now - start) / 1000;
        mouse('mousemove', x0 + 150 * (1 - Math.cos(t * 2)), y0 + 100 * Math.sin(t * 2));
        if (now - lastWheel > 400) {
          lastWheel = now;
          canvas.dispatchEvent(
            new WheelEvent('wheel', {
              clientX: cx,
              clientY: cy,
              deltaY: zoomIn ? -120 : 120,
              bubbles: true,
              cancelable: true,
            }),
          );
          zoomIn = !zoomIn;
        }
        if (now - start < ms) requestAnimationFrame(frame);
        else resolve();
      };
      requestAnimationFrame(frame);
    });
    mouse('mouseup', x0, y0);
    const seconds = (performance.now() - start) / 1000;
    return {
      seconds,
      frames: gaps.length,
      renders: window.__entente!.renders().count - rendersBefore,
      gaps,
    };
  }, ms);
  const sorted = r.gaps.slice(1).sort((a, b) => a - b);
  return {
    seconds: round(r.seconds, 2),
    animationFramesPerSecond: round(r.frames / r.seconds),
    rendersPerSecond: round(r.renders / r.seconds),
    longestFrameMs: round(sorted[sorted.length - 1] ?? 0),
    p95FrameMs: round(sorted[Math.floor(sorted.length * 0.95)] ?? 0),
  };
}

async function heapUsedMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    return round(used / 2 ** 20);
  } finally {
    await cdp.detach();
  }
}

async function openApp(browser: Browser, url: string, hash: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // tsx (esbuild keepNames) wraps the named functions inside page.evaluate callbacks in __name().
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const t0 = Date.now();
  await page.goto(`${url}/${hash}`);
  return { page, errors, t0 };
}

/**
 * /api/graph: the first request computes (a cache miss), later ones at the same graph version are answered from the
 * cache; then 16 clients at once ask for an overview not yet computed, and share one computation.
 */
export async function measureApi(url: string, limit: number) {
  const times: number[] = [];
  const cache: (string | null)[] = [];
  let bytes = 0;
  let body: { nodes: unknown[]; edges: unknown[]; attributes: Record<string, unknown> } | null =
    null;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const response = await fetch(`${url}/api/graph?limit=${limit}`);
    const text = await response.text();
    times.push(performance.now() - t);
    if (!response.ok)
      throw new Error(`entente/bench/large-graph: /api/graph ${response.status}: ${text}`);
    cache.push(response.headers.get('x-entente-cache'));
    bytes = Buffer.byteLength(text);
    body = JSON.parse(text) as typeof body;
  }
  const t = performance.now();
  const concurrent = await Promise.all(
    Array.from({ length: 16 }, () =>
      fetch(`${url}/api/graph?limit=${limit}&minCount=2`).then(async (r) => {
        await r.arrayBuffer();
        return r.status;
      }),
    ),
  );
  const concurrentMs = performance.now() - t;
  return {
    firstMs: round(times[0]),
    cachedMs: round(Math.min(...times.slice(1))),
    cache: cache.join(','),
    sixteenClientsAtOnceMs: round(concurrentMs),
    sixteenClientsStatuses: [...new Set(concurrent)].join(','),
    payloadKiB: round(bytes / 1024),
    nodes: body!.nodes.length,
    edges: body!.edges.length,
    truncated: body!.attributes.truncated,
    totalNodes: body!.attributes.totalNodes,
  };
}

export async function browserFigures(
  browser: Browser,
  url: string,
  o: LargeGraphBenchOptions,
): Promise<Record<string, unknown>> {
  const { page, errors } = await openApp(browser, url, `#limit=${o.actors}`);
  try {
    // Ready, and a frame drawn with every actor loaded.
    await page.waitForFunction(
      () =>
        window.__entente?.ready() === true &&
        window.__entente.graph.order > 0 &&
        window.__entente.renders().largestOrder >= window.__entente.graph.order,
      null,
      { timeout: 180_000, polling: 50 },
    );
    const loaded = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const api = performance
        .getEntriesByType('resource')
        .find((e) => e.name.includes('/api/graph')) as PerformanceResourceTiming | undefined;
      return {
        order: window.__entente!.graph.order,
        size: window.__entente!.graph.size,
        firstFullFrameMs: window.__entente!.renders().largestAt,
        domContentLoadedMs: nav?.domContentLoadedEventEnd ?? null,
        graphResponseEndMs: api?.responseEnd ?? null,
        layoutRunning: window.__entente!.layoutRunning(),
      };
    });
    // A load settles the layout for a fixed number of iterations: FA2 figures with an open run ("Start layout")
    // once that has ended, so they do not stop in the middle.
    await page.waitForFunction(() => !window.__entente!.layoutRunning(), null, {
      timeout: 180_000,
    });
    await page.click('#layout-toggle');
    const withLayout = await measurePanning(page, o.panMs);
    await page.evaluate(() => {
      if (window.__entente!.layoutRunning())
        document.querySelector<HTMLButtonElement>('#layout-toggle')!.click();
    });
    await page.waitForFunction(() => !window.__entente!.layoutRunning(), null, {
      timeout: 30_000,
    });
    await page.waitForTimeout(500);
    await measurePanning(page, 1000); // warm-up
    await page.waitForTimeout(800);
    const panning = await measurePanning(page, o.panMs);
    await page.waitForTimeout(800);
    const heap = await heapUsedMiB(page);
    await page.evaluate(() =>
      document.querySelector<HTMLButtonElement>('button[title="Fit the whole graph"]')?.click(),
    );
    await page.waitForTimeout(800);
    fs.mkdirSync(path.dirname(o.screenshot), { recursive: true });
    await page.screenshot({ path: o.screenshot });

    const { page: small, errors: smallErrors } = await openApp(browser, url, '');
    let banner: string | null = null;
    try {
      await small.waitForFunction(() => window.__entente?.ready() === true, null, {
        timeout: 60_000,
      });
      await small.locator('.banner').waitFor({ state: 'visible', timeout: 10_000 });
      banner = await small.locator('.banner').textContent();
    } finally {
      errors.push(...smallErrors);
      await small.context().close();
    }
    return {
      drawn: { actors: loaded.order, relations: loaded.size },
      firstFullFrameMs: round(loaded.firstFullFrameMs),
      graphResponseEndMs: loaded.graphResponseEndMs && round(loaded.graphResponseEndMs),
      domContentLoadedMs: loaded.domContentLoadedMs && round(loaded.domContentLoadedMs),
      panning,
      panningWithLayout: withLayout,
      jsHeapUsedMiB: heap,
      defaultLimitBanner: banner,
      screenshot: path.relative(process.cwd(), o.screenshot),
      pageErrors: errors,
    };
  } finally {
    await page.context().close();
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_r, reject) => {
    timer = setTimeout(
      () => reject(new Error(`entente/bench/large-graph: ${what} took over ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function largeGraphBench(
  options: Partial<LargeGraphBenchOptions> = {},
): Promise<Record<string, unknown>> {
  const o = { ...DEFAULT_LARGE_GRAPH_BENCH, ...options };
  const result: Record<string, unknown> = {};
  const external = Boolean(process.env.NEO4J_URI);
  let neo4j: ThrowawayNeo4j | null = null;
  let db: Database | null = null;
  let server: RunningServer | null = null;
  let browser: Browser | null = null;
  const prefix = DEFAULT_SYNTHETIC_GRAPH.prefix;
  try {
    await withTimeout(
      (async () => {
        if (!external) neo4j = await startThrowawayNeo4j({ name: 'entente-bench-large' });
        db = new Database(neo4j ? neo4j.config : databaseConfig());
        await migrate(db);
        if (external) await deleteSyntheticGraph(db, prefix);

        let t = performance.now();
        const graph = syntheticGraph({ actors: o.actors, relations: o.relations });
        const generateMs = performance.now() - t;
        t = performance.now();
        await writeSyntheticGraph(db, graph);
        result.data = {
          actors: graph.actors.length,
          relations: graph.relations.length,
          statements: graph.statements.length,
          articles: graph.articles.length,
          generateMs: round(generateMs),
          writeSeconds: round((performance.now() - t) / 1000, 2),
          otherDataInDatabase: external,
        };

        ensureUiBuilt();
        server = await startServer({
          db,
          host: '127.0.0.1',
          port: 0,
          staticDir: DIST,
          queryTimeoutMs: o.queryTimeoutMs,
        });
        result.api = {
          [`limit${o.actors}`]: await measureApi(server.url, o.actors),
          limit500: await measureApi(server.url, 500),
        };
        browser = await launchChromium();
        result.browser = await browserFigures(browser, server.url, o);
      })(),
      o.timeoutMs,
      'the whole bench',
    );
  } finally {
    await (browser as Browser | null)?.close().catch(() => {});
    await (server as RunningServer | null)?.close().catch(() => {});
    const opened = db as Database | null;
    if (opened) {
      if (external) await deleteSyntheticGraph(opened, prefix).catch(() => {});
      await opened.close().catch(() => {});
    }
    await (neo4j as ThrowawayNeo4j | null)?.stop();
  }
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify({ largeGraph: await largeGraphBench() }, null, 2));
}
