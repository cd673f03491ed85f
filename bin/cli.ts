// Entente's command line: one program, one module per group of commands. A command loads only its own group's
// module (and that module its heavy parts only when it runs); help and unknown commands load every group, and
// `--version` none.
import { Command } from 'commander';
import pkg from '../package.json' with { type: 'json' };

type Register = (program: Command) => void;

/** In help order: the commands each module defines, and how to load it. */
const GROUPS: { commands: string[]; load: () => Promise<Register> }[] = [
  {
    commands: ['start'],
    load: async () => (await import('./commands/start.ts')).registerStartCommand,
  },
  { commands: ['db'], load: async () => (await import('./commands/db.ts')).registerDbCommands },
  {
    commands: ['ingest', 'watch', 'extract'],
    load: async () => (await import('./commands/ingest.ts')).registerIngestCommands,
  },
  {
    commands: ['queries', 'query'],
    load: async () => (await import('./commands/queries.ts')).registerQueryCommands,
  },
  {
    commands: ['review', 'audit'],
    load: async () => (await import('./commands/review.ts')).registerReviewCommands,
  },
  {
    commands: ['actors'],
    load: async () => (await import('./commands/actors.ts')).registerActorCommands,
  },
  {
    commands: ['analyze'],
    load: async () => (await import('./commands/analyze.ts')).registerAnalyzeCommand,
  },
  {
    commands: ['export'],
    load: async () => (await import('./commands/export.ts')).registerExportCommand,
  },
  {
    commands: ['serve'],
    load: async () => (await import('./commands/serve.ts')).registerServeCommand,
  },
];

const program = new Command()
  .name('entente')
  .description(
    'Entente: a knowledge graph of geopolitical actors, built from articles, stored in Neo4j',
  )
  .version(pkg.version, '-V, --version')
  .showHelpAfterError();

/** The groups the command line needs: the one its command is in; none for the version; all for help. */
function groupsFor(first: string | undefined): typeof GROUPS {
  if (first === '-V' || first === '--version') return [];
  const asked = GROUPS.find((g) => g.commands.includes(first ?? ''));
  return asked ? [asked] : GROUPS;
}

try {
  for (const register of await Promise.all(groupsFor(process.argv[2]).map((g) => g.load())))
    register(program);
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`entente: ${(error as Error).message}`);
  process.exitCode = 1;
}
