// The script of `entente extract`'s start-up snapshot: bin/build-cli.js bundles it as one CommonJS script and has
// Node build dist/extract.blob from it, with these modules evaluated, compromise's lexicon unpacked and its verbs
// conjugated (most of an extract's start); bin/entente.js starts `extract` from the blob when it matches the build.
import { Command } from 'commander';
import v8 from 'node:v8';
import pkg from '../package.json' with { type: 'json' };
// What the command imports when it runs, evaluated here, while the snapshot is built.
import { buildActorRegistryAhead } from '../ingest/actors/prepared-index.ts';
import { extractArticle } from '../ingest/extract/index.ts';
import { articleDate } from '../ingest/read/article-date.ts';
import { articleId } from '../ingest/read/article-id.ts';
import { cleanText } from '../ingest/read/clean-text.ts';
import { parseMetaDate } from '../ingest/read/meta-date.ts';
import { extractionRecord } from '../pipeline/ingest-summary.ts';
import { articleFromLine, registerExtractCommand } from './commands/extract.ts';

/** Where the bundle reads import.meta.url (build-cli.js defines it so): the snapshot's dist/ as it is now. */
const moduleUrl = globalThis as { __ententeModuleUrl?: string };

/** Run from the blob: argv is [node, this script's URL in dist/, ...the command line after `entente`]. */
function main(): void {
  const [node, url, ...args] = process.argv;
  moduleUrl.__ententeModuleUrl = url;
  const program = new Command()
    .name('entente')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError();
  registerExtractCommand(program);
  program.parseAsync([node, 'entente', ...args]).catch((error: unknown) => {
    console.error(`entente: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}

/**
 * Lines extracted while the snapshot is built, as the command extracts them: compromise takes Entente's words and
 * makes its post-tagger's match net, chrono-node compiles its parsers' patterns (a date in the text, a weekday, a
 * dateline), and the built-in registry is built (buildActorRegistryAhead); the blob keeps all of it.
 */
function warmUp(): void {
  const registry = buildActorRegistryAhead();
  if (!registry) return;
  const read = { articleDate, articleId, cleanText, parseMetaDate };
  for (const line of WARM_UP_LINES) {
    const article = articleFromLine(line, 'warm-up', read);
    JSON.stringify(extractionRecord(article.id, extractArticle(article, registry)));
  }
}

const WARM_UP_LINES = [
  { text: 'Russia attacked Ukraine on Monday, and France condemned the strikes.' },
  {
    text: 'KYIV, March 3, 2022 - Ukraine said talks with Russia were held on February 28.',
    date: '2022-03-03',
  },
];

if (v8.startupSnapshot.isBuildingSnapshot()) {
  warmUp();
  v8.startupSnapshot.setDeserializeMainFunction(main);
}
