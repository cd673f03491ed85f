// Entente's command line: one program, one module per group of commands.
import { Command } from 'commander';
import { registerAnalyzeCommand } from './commands/analyze.ts';
import { registerDbCommands } from './commands/db.ts';
import { registerExportCommand } from './commands/export.ts';
import { registerIngestCommands } from './commands/ingest.ts';
import { registerQueryCommands } from './commands/queries.ts';
import { registerReviewCommands } from './commands/review.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerStartCommand } from './commands/start.ts';

const program = new Command()
  .name('entente')
  .description(
    'Entente: a knowledge graph of geopolitical actors, built from articles, stored in Neo4j',
  )
  .showHelpAfterError();

registerStartCommand(program);
registerDbCommands(program);
registerIngestCommands(program);
registerQueryCommands(program);
registerReviewCommands(program);
registerAnalyzeCommand(program);
registerExportCommand(program);
registerServeCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`entente: ${(error as Error).message}`);
  process.exitCode = 1;
}
