// Following an RSS or Atom feed: each poll reads the feed, and ingests the articles it links to that the graph does
// not hold yet (an article written from that address is found by its url, or by the address asked for when a
// redirect ended elsewhere), so a restart reads none of them again.
import type { Database } from '../graph/database.ts';
import type { ActorRegistry } from '../ingest/actors/index.ts';
import { parseFeed } from '../ingest/read/feed.ts';
import { fetchPublic } from '../ingest/read/fetch-public.ts';
import { resolveReadOptions } from '../ingest/read/options.ts';
import { reasonOf } from '../ingest/read/read-error.ts';
import { ingestInputs } from './ingest-pipeline.ts';
import { watchRuns, type Watch, type WatchOptions } from './watch-folder.ts';

export interface WatchFeedOptions extends WatchOptions {
  /** Time between the end of one poll and the start of the next (default 5 minutes). */
  intervalMs?: number;
  /** A poll that could not read the feed (later polls try again). */
  onFeedError?: (error: string) => void;
}

/** Attempts at an article that keeps failing (unreachable, not an article) before this watch leaves it. */
const ATTEMPTS = 3;

/** The addresses among `urls` that an article in the graph was written from, or asked for and redirected. */
async function ingestedUrls(db: Database, urls: string[]): Promise<Set<string>> {
  const r = await db.run(
    `CALL () {
       MATCH (a:Article) WHERE a.url IN $urls RETURN a.url AS url
       UNION
       MATCH (a:Article) WHERE a.requestedUrl IN $urls RETURN a.requestedUrl AS url
     }
     RETURN collect(url) AS urls`,
    { urls },
    { routing: 'read' },
  );
  return new Set(r.records[0].get('urls') as string[]);
}

/**
 * Polls `url` and ingests each new article it links to. `ready` resolves after the first poll and rejects when
 * that poll cannot read a feed there (a wrong address fails at once); later failures go to `onFeedError`.
 */
export function watchFeed(
  db: Database,
  url: string,
  registry: ActorRegistry | null,
  options: WatchFeedOptions = {},
): Watch {
  const intervalMs = options.intervalMs ?? 300_000;
  const read = resolveReadOptions(options.read);
  const { run, pool } = watchRuns(options);
  // Links written (or found written) and links given up on, so a poll fetches only what is new.
  const done = new Set<string>();
  const failures = new Map<string, number>();
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const poll = async (): Promise<void> => {
    const feed = await fetchPublic(url, read);
    const links = parseFeed(feed.body, feed.url)
      .map((item) => item.link)
      .filter((link) => !done.has(link));
    if (links.length === 0) return;
    for (const link of await ingestedUrls(db, links)) done.add(link);
    const fresh = links.filter((link) => !done.has(link));
    if (fresh.length === 0 || closed) return;
    await ingestInputs(db, fresh, registry, {
      ...run,
      onArticle: (outcome, totals) => {
        if (outcome.ok) done.add(outcome.origin);
        else {
          const n = (failures.get(outcome.origin) ?? 0) + 1;
          failures.set(outcome.origin, n);
          if (n >= ATTEMPTS) done.add(outcome.origin);
        }
        options.onArticle?.(outcome, totals);
      },
    });
  };

  let work: Promise<void> = poll();
  const ready = work;
  const next = () => {
    if (closed) return;
    timer = setTimeout(() => {
      work = poll()
        .catch((error: unknown) => options.onFeedError?.(reasonOf(error)))
        .finally(next);
    }, intervalMs);
  };
  work.then(next, () => undefined);

  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      await work.catch(() => undefined);
      await pool?.close();
    },
  };
}
