// `entente ingest` (read → extract → write, with progress), `entente watch`, and `entente extract` (./extract.ts).
import type { Command } from 'commander';
import fs from 'node:fs';
import { formatOfPath } from '../../ingest/read/formats.ts';
import { reasonOf } from '../../ingest/read/read-error.ts';
import type { ArticleOutcome, IngestTotals } from '../../pipeline/ingest-pipeline.ts';
import { summarizeOutcome, type IngestReport } from '../../pipeline/ingest-summary.ts';
import { registerExtractCommand } from './extract.ts';

const collect = (value: string, previous: string[]) => [...previous, value];

function rate(totals: IngestTotals): string {
  return totals.seconds > 0 ? (totals.words / totals.seconds).toFixed(0) : '0';
}

function summaryLine(totals: IngestTotals, dryRun: boolean): string {
  const written = dryRun
    ? 'dry run, nothing written'
    : `${totals.added} added, ${totals.updated} updated, ${totals.unchanged} unchanged` +
      (totals.extracted < totals.articles - totals.failed
        ? ` (${totals.articles - totals.failed - totals.extracted} already written, not extracted again)`
        : '') +
      (totals.copies
        ? `, ${totals.copies} syndicated copies sharing an earlier article's statements`
        : '');
  return (
    `${totals.articles} articles (${written}, ${totals.failed} failed), ${totals.sentences} sentences, ` +
    `${totals.actors} actors, ${totals.relations} relations in ${totals.seconds.toFixed(1)} s (${rate(totals)} words/s)`
  );
}

/**
 * One file of one article (text, Markdown, HTML, PDF, DOCX): no worker is started by default, since loading the
 * extractor on a worker costs as much as extracting the article here and would only add to the start.
 */
function oneArticleFile(inputs: string[]): boolean {
  if (inputs.length !== 1) return false;
  const format = formatOfPath(inputs[0]);
  if (!format || format === 'json' || format === 'jsonl') return false;
  try {
    return fs.statSync(inputs[0]).isFile();
  } catch {
    return false;
  }
}

export function registerIngestCommands(program: Command): void {
  program
    .command('ingest')
    .description(
      'read articles (files, directories, http(s) URLs, - for stdin), extract actors and relations, write them to Neo4j',
    )
    .argument(
      '<inputs...>',
      '.txt .md .html .json .jsonl .pdf .docx files, directories, URLs, or -',
    )
    .option('--dry-run', 'extract and report, write nothing')
    .option('--json', 'print one JSON summary instead of the progress bar')
    .option('--actors <file>', 'extra actor registry file (repeatable)', collect, [])
    .option('--allow-private-network', 'allow URLs on loopback and private addresses')
    .option(
      '--workers <n>',
      'extraction threads (0: extract in the main thread; default: one fewer than the processors, 0 for one article file)',
    )
    .option('--batch <n>', 'articles written per transaction', '16')
    .option(
      '--no-copies',
      "write every article's own statements, even a near-copy of one already written (a syndicated story)",
    )
    .action(
      async (
        inputs: string[],
        opts: {
          dryRun?: boolean;
          json?: boolean;
          actors: string[];
          allowPrivateNetwork?: boolean;
          workers?: string;
          batch: string;
          copies: boolean;
        },
      ) => {
        const [{ loadActorRegistryOnUse }, { ingestInputs }, { DEFAULT_WORKERS }] =
          await Promise.all([
            import('../../ingest/actors/prepared-index.ts'),
            import('../../pipeline/ingest-pipeline.ts'),
            import('../../pipeline/extract-pool.ts'),
          ]);
        const workers =
          opts.workers === undefined
            ? oneArticleFile(inputs)
              ? 0
              : DEFAULT_WORKERS
            : Number(opts.workers);
        const batchSize = Number(opts.batch);
        if (!Number.isInteger(workers) || workers < 0)
          throw new Error(`entente/bin/ingest: --workers must be 0 or more, got "${opts.workers}"`);
        if (!Number.isInteger(batchSize) || batchSize < 1)
          throw new Error(`entente/bin/ingest: --batch must be 1 or more, got "${opts.batch}"`);
        // With workers, each loads the registry itself; this thread loads it once first when there are extra
        // files, so their problems (schema, ids no actor has) are reported once, before anything is read.
        const registry =
          workers === 0 || opts.actors.length
            ? await loadActorRegistryOnUse({ extraFiles: opts.actors })
            : null;
        // A dry run loads nothing of the database (the driver is a large part of a start-up).
        const db = opts.dryRun
          ? null
          : await (await import('./db.ts')).ensureDatabase((line) => console.error(line));
        const showBar = !opts.json && process.stderr.isTTY;
        // Stays stopped when not shown; loaded on use all the same, as it costs a start-up a few milliseconds.
        const { default: cliProgress } = await import('cli-progress');
        const bar = new cliProgress.SingleBar(
          {
            format:
              'ingest {bar} {value} articles | {sentences} sentences | {actors} actors | {relations} relations | {rate} words/s | {failed} failed',
            stream: process.stderr,
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        );
        if (showBar) bar.start(0, 0, { sentences: 0, actors: 0, relations: 0, rate: 0, failed: 0 });
        try {
          const summaries: ReturnType<typeof summarizeOutcome>[] = [];
          const { totals, stopped } = await ingestInputs(db, inputs, registry, {
            dryRun: opts.dryRun,
            detectCopies: opts.copies,
            batchSize,
            extractors:
              workers > 0 ? { workers, registry: { extraFiles: opts.actors } } : undefined,
            read: { allowPrivateNetwork: Boolean(opts.allowPrivateNetwork) },
            onArticle: (outcome, t) => {
              if (opts.json) summaries.push(summarizeOutcome(outcome));
              if (showBar) {
                bar.setTotal(t.articles);
                bar.update(t.articles, { ...t, rate: rate(t) });
              }
              if (!outcome.ok && !opts.json) {
                if (showBar) bar.stop();
                console.error(`failed: ${outcome.origin}: ${outcome.error}`);
                if (showBar) bar.start(t.articles, t.articles, { ...t, rate: rate(t) });
              }
            },
          });
          if (showBar) bar.stop();
          if (opts.json) {
            const report: IngestReport = { totals, stopped, articles: summaries };
            console.log(JSON.stringify(report, null, 2));
          } else {
            console.log(summaryLine(totals, Boolean(opts.dryRun)));
          }
          if (stopped) console.error(stopped);
          if (totals.failed > 0 || stopped) process.exitCode = 1;
        } finally {
          if (showBar) bar.stop();
          await db?.close();
        }
      },
    );

  program
    .command('watch')
    .description(
      'ingest the articles an RSS/Atom feed links to, polling it, or the article files in a folder, then each one that appears or changes, until stopped (Ctrl-C)',
    )
    .argument('<source>', 'an http(s) feed URL, or a folder to follow (subfolders too)')
    .option('--actors <file>', 'extra actor registry file (repeatable)', collect, [])
    .option('--no-copies', "write near-copies' own statements too")
    .option(
      '--workers <n>',
      'extraction threads kept while watching (0: extract in the main thread; default: one fewer than the processors)',
    )
    .option('--interval <seconds>', 'time between polls of a feed', '300')
    .option(
      '--allow-private-network',
      'allow feed and article URLs on loopback and private addresses',
    )
    .action(
      async (
        source: string,
        opts: {
          actors: string[];
          copies: boolean;
          workers?: string;
          interval: string;
          allowPrivateNetwork?: boolean;
        },
      ) => {
        const [{ loadActorRegistryOnUse }, { watchFolder }, { watchFeed }, { DEFAULT_WORKERS }] =
          await Promise.all([
            import('../../ingest/actors/prepared-index.ts'),
            import('../../pipeline/watch-folder.ts'),
            import('../../pipeline/watch-feed.ts'),
            import('../../pipeline/extract-pool.ts'),
          ]);
        const isFeed = /^https?:\/\//i.test(source);
        if (!isFeed && !fs.statSync(source, { throwIfNoEntry: false })?.isDirectory())
          throw new Error(
            `entente/bin/watch: "${source}" is neither an http(s) feed URL nor a folder`,
          );
        const workers = opts.workers === undefined ? DEFAULT_WORKERS : Number(opts.workers);
        if (!Number.isInteger(workers) || workers < 0)
          throw new Error(`entente/bin/watch: --workers must be 0 or more, got "${opts.workers}"`);
        const interval = Number(opts.interval);
        if (!(interval > 0))
          throw new Error(
            `entente/bin/watch: --interval must be a positive number of seconds, got "${opts.interval}"`,
          );
        // As in ingest: this thread loads the registry when it extracts, or to report bad actor files once.
        const registry =
          workers === 0 || opts.actors.length
            ? await loadActorRegistryOnUse({ extraFiles: opts.actors })
            : null;
        const db = await (await import('./db.ts')).ensureDatabase((line) => console.error(line));
        const options = {
          detectCopies: opts.copies,
          extractors: workers > 0 ? { workers, registry: { extraFiles: opts.actors } } : undefined,
          read: { allowPrivateNetwork: Boolean(opts.allowPrivateNetwork) },
          onArticle: (outcome: ArticleOutcome) => {
            if (!outcome.ok) console.error(`failed: ${outcome.origin}: ${outcome.error}`);
            else
              console.log(
                `${outcome.status}: ${outcome.origin} (` +
                  (outcome.extraction
                    ? `${outcome.extraction.relations.length} relations`
                    : 'already written, not extracted again') +
                  (outcome.copyOf ? `, a copy of ${outcome.copyOf})` : ')'),
              );
          },
        };
        const watch = isFeed
          ? watchFeed(db, source, registry, {
              ...options,
              intervalMs: interval * 1000,
              onFeedError: (error) => console.error(`failed: ${source}: ${error}`),
            })
          : watchFolder(db, source, registry, options);
        try {
          await watch.ready;
          console.error(
            isFeed
              ? `watching ${source}, polled every ${interval} s (Ctrl-C stops)`
              : `watching ${source} for new and changed articles (Ctrl-C stops)`,
          );
          await new Promise<void>((resolve) => {
            process.once('SIGINT', resolve);
            process.once('SIGTERM', resolve);
          });
        } catch (error) {
          throw new Error(`entente/bin/watch: ${source}: ${reasonOf(error)}`, { cause: error });
        } finally {
          await watch.close();
          await db.close();
        }
      },
    );

  registerExtractCommand(program);
}
