// `entente serve`: the HTTP API (and the built UI from web/dist when present) on 127.0.0.1:5173 by default.
import path from 'node:path';
import type { Command } from 'commander';
import { databaseConfig, localNeo4jSettings, PROJECT_ROOT } from '../../graph/config.ts';
import { keepLocalNeo4jAlive } from '../../graph/neo4j-local/keep-alive.ts';
import { DEFAULT_SERVER_OPTIONS } from '../../web/server/options.ts';
import { ensureDatabase } from './db.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the API and the built UI (set ENTENTE_TOKEN to bind anything but loopback)')
    .option('--port <port>', 'port to listen on', String(DEFAULT_SERVER_OPTIONS.port))
    .option('--host <host>', 'address to bind', DEFAULT_SERVER_OPTIONS.host)
    .option('--log', 'log every request')
    .action(async (opts: { port: string; host: string; log?: boolean }) => {
      const db = await ensureDatabase();
      try {
        const { startServer } = await import('../../web/server/index.ts');
        const server = await startServer({
          db,
          host: opts.host,
          port: Number(opts.port),
          token: process.env.ENTENTE_TOKEN ?? null,
          staticDir: path.join(PROJECT_ROOT, 'web', 'dist'),
          logRequests: Boolean(opts.log),
        });
        console.log(`Entente API on ${server.url}/api (UI at ${server.url}/)`);
        const keepAlive = databaseConfig().local
          ? keepLocalNeo4jAlive(localNeo4jSettings(), { log: (line) => console.log(line) })
          : null;
        const stop = async () => {
          keepAlive?.stop();
          await server.close();
          await db.close();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (error) {
        await db.close();
        throw error;
      }
    });
}
