// The script of `entente extract`'s start-up snapshot: bin/build-cli.js bundles it as one CommonJS script and has
// Node build dist/extract.blob from it, with these modules evaluated, compromise's lexicon unpacked and its verbs
// conjugated (most of an extract's start); bin/entente.js starts `extract` from the blob when it matches the build.
import { Command } from 'commander';
import v8 from 'node:v8';
import pkg from '../package.json' with { type: 'json' };
import { parseTerms } from '../ingest/extract/plugin.ts';
import { registerExtractCommand } from './commands/extract.ts';
// What the command imports when it runs, evaluated here, while the snapshot is built.
import '../ingest/actors/prepared-index.ts';
import '../ingest/extract/index.ts';
import '../ingest/read/article-date.ts';
import '../ingest/read/article-id.ts';
import '../ingest/read/clean-text.ts';
import '../ingest/read/meta-date.ts';

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
 * Sentences parsed while the snapshot is built: compromise takes Entente's words and makes its post-tagger's match
 * net on first use, and keeps both. (A whole extraction here, chrono-node's parsers too, crashes the snapshot.)
 */
function warmUp(): void {
  parseTerms('Russia attacked Ukraine on Monday, and France condemned the strikes.', 0);
}

if (v8.startupSnapshot.isBuildingSnapshot()) {
  warmUp();
  v8.startupSnapshot.setDeserializeMainFunction(main);
}
