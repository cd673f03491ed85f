// Entente's command line: one program, one module per group of commands.
import { Command } from 'commander';
import { registerDbCommands } from './commands/db.ts';

const program = new Command()
  .name('entente')
  .description(
    'Entente: a knowledge graph of geopolitical actors, built from articles, stored in Neo4j',
  )
  .showHelpAfterError();

registerDbCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`entente: ${(error as Error).message}`);
  process.exitCode = 1;
}
