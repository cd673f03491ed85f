// `entente extract`: JSON lines in, each article's extraction out, nothing written. Its own module so that the
// start-up snapshot (bin/extract-snapshot.ts) holds it without the ingest and watch commands.
import type { Command } from 'commander';
import fs from 'node:fs';
import readline from 'node:readline';
import type * as Read from '../../ingest/read/index.ts';
import type { Article } from '../../ingest/types.ts';
import { extractionRecord } from '../../pipeline/ingest-summary.ts';

const collect = (value: string, previous: string[]) => [...previous, value];

/** An article from an `extract` input line; cleaning keeps offsets, so mentions index the text as given. */
export function articleFromLine(
  line: { id?: unknown; text?: unknown; date?: unknown; title?: unknown },
  origin: string,
  {
    articleDate,
    articleId,
    cleanText,
    parseMetaDate,
  }: Pick<typeof Read, 'articleDate' | 'articleId' | 'cleanText' | 'parseMetaDate'>,
): Article {
  if (typeof line.text !== 'string')
    throw new Error('entente/bin/extract: "text" must be a string');
  if (line.date != null && typeof line.date !== 'string')
    throw new Error('entente/bin/extract: "date" must be a string');
  if (typeof line.date === 'string' && line.date.trim() && !parseMetaDate(line.date))
    throw new Error(
      `entente/bin/extract: "date" "${line.date.slice(0, 40)}" is not a calendar date (write YYYY-MM-DD)`,
    );
  const text = cleanText(line.text);
  return {
    id:
      typeof line.id === 'string' || typeof line.id === 'number'
        ? String(line.id)
        : articleId(text),
    title: typeof line.title === 'string' ? line.title : '',
    text,
    url: null,
    source: null,
    // Dated from the text as given, as the readers do: clean-up may blank a dateline.
    publishedAt: articleDate({ publishedAt: (line.date as string | undefined) ?? null }, line.text),
    origin,
  };
}

async function* inputLines(inputs: string[]): AsyncGenerator<{ line: string; origin: string }> {
  for (const input of inputs.length ? inputs : ['-']) {
    const stream = input === '-' ? process.stdin : fs.createReadStream(input, 'utf8');
    let n = 0;
    for await (const line of readline.createInterface({ input: stream, crlfDelay: Infinity })) {
      n++;
      if (line.trim()) yield { line, origin: `${input}:${n}` };
    }
  }
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description(
      'extract actors, mentions and relations from JSON lines {"id","text","date"?,"title"?} without writing',
    )
    .argument('[inputs...]', 'JSON lines files, or - for stdin (the default)')
    .option('--format <format>', 'output format (jsonl)', 'jsonl')
    .option('--actors <file>', 'extra actor registry file (repeatable)', collect, [])
    .action(async (inputs: string[], opts: { format: string; actors: string[] }) => {
      if (opts.format !== 'jsonl')
        throw new Error(
          `entente/bin/extract: unknown format "${opts.format}": only jsonl is supported`,
        );
      // The four readers a line needs, not ingest/read/index.ts: reading files and URLs (the YAML front-matter
      // parser, the address policy) is no part of `extract`.
      const [{ loadActorRegistryOnUse }, { extractArticle }, ...readers] = await Promise.all([
        import('../../ingest/actors/prepared-index.ts'),
        import('../../ingest/extract/index.ts'),
        import('../../ingest/read/article-date.ts'),
        import('../../ingest/read/article-id.ts'),
        import('../../ingest/read/clean-text.ts'),
        import('../../ingest/read/meta-date.ts'),
      ]);
      const read = Object.assign({}, ...readers) as Parameters<typeof articleFromLine>[2];
      const registry = await loadActorRegistryOnUse({ extraFiles: opts.actors });
      let failed = 0;
      for await (const { line, origin } of inputLines(inputs)) {
        let id: string | null = null;
        try {
          const record = JSON.parse(line) as Record<string, unknown>;
          id = record.id == null ? null : String(record.id);
          const article = articleFromLine(record, origin, read);
          process.stdout.write(
            `${JSON.stringify(extractionRecord(article.id, extractArticle(article, registry)))}\n`,
          );
        } catch (error) {
          failed++;
          const message = (error as Error).message;
          console.error(`failed: ${origin}: ${message}`);
          process.stdout.write(
            `${JSON.stringify({ id, error: message, actors: [], mentions: [], relations: [] })}\n`,
          );
        }
      }
      if (failed > 0) process.exitCode = 1;
    });
}
