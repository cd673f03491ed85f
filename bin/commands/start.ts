// `entente start` (what `npm start` runs): database up, schema applied, samples loaded when empty, UI and API served.
import type { Command } from 'commander';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../graph/database.ts';
import { migrate } from '../../graph/migrate.ts';
import { localStatus, stopLocal } from '../../graph/neo4j-local/launcher.ts';
import { localNeo4jSettings, PROJECT_ROOT } from '../../graph/config.ts';
import { keepLocalNeo4jAlive } from '../../graph/neo4j-local/keep-alive.ts';
import { connectDatabase, type DatabaseOrigin } from './db.ts';

const SAMPLES = path.join(PROJECT_ROOT, 'samples', 'articles');
const WEB_DIST = path.join(PROJECT_ROOT, 'web', 'dist');

export async function loadSamplesIfEmpty(db: Database, log: (line: string) => void): Promise<void> {
  const result = await db.run('MATCH (a:Article) RETURN count(a) AS n');
  if ((result.records[0].get('n') as number) > 0) return;
  log(
    `The graph is empty: loading the sample corpus from ${path.relative(process.cwd(), SAMPLES) || SAMPLES} ...`,
  );
  const { loadActorRegistryOnUse } = await import('../../ingest/actors/prepared-index.ts');
  const { ingestInputs } = await import('../../pipeline/ingest-pipeline.ts');
  const { totals, stopped } = await ingestInputs(db, [SAMPLES], await loadActorRegistryOnUse(), {
    onArticle: (o) => {
      if (!o.ok) log(`  failed: ${o.origin}: ${o.error}`);
    },
  });
  if (stopped) log(`  ${stopped}`);
  log(
    `  ${totals.added} articles, ${totals.actors} actors, ${totals.relations} relations in ${totals.seconds.toFixed(1)} s`,
  );
}

function ensureWebBuilt(log: (line: string) => void): void {
  if (fs.existsSync(path.join(WEB_DIST, 'index.html'))) return;
  log('Building the web UI (first run only)...');
  const vite = path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('entente/bin/start: vite build failed');
}

/** On Ctrl+C: stop the local Neo4j this command started; say what keeps running otherwise. */
async function stopOwnDatabase(origin: DatabaseOrigin, log: (line: string) => void): Promise<void> {
  if (origin === 'remote') {
    log("Server stopped. The database at NEO4J_URI is not Entente's to stop.");
    return;
  }
  const settings = localNeo4jSettings();
  if (origin === 'running') {
    const status = localStatus(settings);
    log(
      `Server stopped. The local Neo4j was already running before \`start\` and keeps running (pid ${status.pid ?? '?'}, bolt://127.0.0.1:${status.port}): stop it with \`npx entente db stop\`.`,
    );
    return;
  }
  log('Server stopped. Stopping the local Neo4j that `start` started ...');
  await stopLocal(settings);
  log('Local Neo4j stopped.');
}

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description(
      'start Neo4j (unless NEO4J_URI is set), load the sample corpus into an empty graph, serve the UI and API',
    )
    .option('--port <port>', 'port to serve on', '5173')
    .option('--host <host>', 'address to bind (loopback by default)', '127.0.0.1')
    .option('--rebuild', 'rebuild the web UI before serving')
    .action(async (opts: { port: string; host: string; rebuild?: boolean }) => {
      const log = (line: string) => console.log(line);
      const { db, origin } = await connectDatabase(log);
      await migrate(db);
      await loadSamplesIfEmpty(db, log);
      if (opts.rebuild) fs.rmSync(WEB_DIST, { recursive: true, force: true });
      ensureWebBuilt(log);
      const { startServer } = await import('../../web/server/index.ts');
      const server = await startServer({
        db,
        host: opts.host,
        port: Number(opts.port),
        token: process.env.ENTENTE_TOKEN ?? null,
        staticDir: WEB_DIST,
      });
      log(`Entente is serving the UI and API on ${server.url}`);
      const keepAlive =
        origin === 'remote' ? null : keepLocalNeo4jAlive(localNeo4jSettings(), { log });
      const stop = async () => {
        keepAlive?.stop();
        await server.close();
        await db.close();
        await stopOwnDatabase(origin, log);
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
