// `entente db start|status|stop|migrate|rebuild-aggregates`: the local Neo4j's life cycle and the schema.
import type { Command } from 'commander';
import { databaseConfig, localNeo4jSettings } from '../../graph/config.ts';
import type { Database } from '../../graph/database.ts';
import { migrate } from '../../graph/migrate.ts';
import { rebuildAggregates } from '../../graph/aggregates.ts';
import {
  localStatus,
  residentMemoryMb,
  startLocal,
  stopLocal,
} from '../../graph/neo4j-local/launcher.ts';

const say = (line: string) => console.log(line);

/** Who owns the database a command connected to: started by this very call, already running, or remote. */
export type DatabaseOrigin = 'started' | 'running' | 'remote';

/** Starts the local Neo4j unless NEO4J_URI points elsewhere; returns a connected Database and who started it. */
export async function connectDatabase(
  log: (line: string) => void = say,
): Promise<{ db: Database; origin: DatabaseOrigin }> {
  const config = databaseConfig();
  let origin: DatabaseOrigin = 'remote';
  if (config.local) {
    const started = await startLocal(localNeo4jSettings(), { log });
    origin = started.alreadyRunning ? 'running' : 'started';
    if (!started.alreadyRunning) {
      log(
        `Local Neo4j started on bolt://127.0.0.1:${started.port} in ${(started.startMs / 1000).toFixed(1)} s`,
      );
    }
  }
  // Loaded on use, as every command's heavy modules are, so `entente --help` starts at once.
  const { Database } = await import('../../graph/database.ts');
  const db = new Database(config);
  await db.verify();
  return { db, origin };
}

/** Starts the local Neo4j unless NEO4J_URI points elsewhere; returns a connected Database. */
export async function ensureDatabase(log: (line: string) => void = say): Promise<Database> {
  return (await connectDatabase(log)).db;
}

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('manage the Neo4j database');

  db.command('start')
    .description(
      'start the local Neo4j in the background (not when NEO4J_URI is set) and apply the schema',
    )
    .action(async () => {
      const config = databaseConfig();
      if (!config.local) {
        say(`NEO4J_URI is set (${config.uri}): the local Neo4j is not started.`);
      }
      const database = await ensureDatabase();
      await migrate(database);
      await database.close();
      const status = localStatus(localNeo4jSettings());
      if (config.local)
        say(
          `Neo4j running, pid ${status.pid}, bolt://127.0.0.1:${status.port}, log ${status.logFile}`,
        );
    });

  db.command('status')
    .description('say whether the database is running and reachable')
    .action(async () => {
      const config = databaseConfig();
      if (config.local) {
        const status = localStatus(localNeo4jSettings());
        if (!status.running) {
          say(`stopped (local Neo4j, data in ${status.dataDir})`);
          process.exitCode = 3;
          return;
        }
        const rss = status.pid ? residentMemoryMb(status.pid) : null;
        say(
          `running (local Neo4j, pid ${status.pid}, bolt://127.0.0.1:${status.port}, ${rss ?? '?'} MiB resident)`,
        );
        return;
      }
      const { Database } = await import('../../graph/database.ts');
      const database = new Database(config);
      try {
        await database.verify();
        say(`reachable (${config.uri}, database ${config.database})`);
      } catch (error) {
        say(`unreachable: ${(error as Error).message}`);
        process.exitCode = 3;
      } finally {
        await database.close();
      }
    });

  db.command('stop')
    .description('stop the local Neo4j')
    .action(async () => {
      if (!databaseConfig().local) {
        say('NEO4J_URI is set: Entente does not stop a database it did not start.');
        return;
      }
      say((await stopLocal(localNeo4jSettings())) ? 'stopped' : 'was not running');
    });

  db.command('migrate')
    .description('apply the schema (constraints and indexes); safe to run again')
    .action(async () => {
      const database = await ensureDatabase();
      try {
        const { statements } = await migrate(database);
        say(`schema applied (${statements} statements)`);
      } finally {
        await database.close();
      }
    });

  db.command('rebuild-aggregates')
    .description(
      'recompute every aggregated relationship (count, articles, dates, mean score) from its statements',
    )
    .action(async () => {
      const database = await ensureDatabase();
      try {
        const started = performance.now();
        const { relations } = await rebuildAggregates(database);
        say(
          `aggregates rebuilt for ${relations} relations in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      } finally {
        await database.close();
      }
    });
}
