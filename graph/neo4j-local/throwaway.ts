// A throw-away local Neo4j: the project's launcher on a free port, a temporary data directory and a random
// password, removed on stop. The tests' global setup and both benches start theirs here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_LOCAL_NEO4J, type DatabaseConfig, type LocalNeo4jSettings } from '../config.ts';
import { freePort, startLocal, stopLocal } from './launcher.ts';

export interface ThrowawayNeo4j {
  settings: LocalNeo4jSettings;
  /** How to reach it, for `new Database(config)`. */
  config: DatabaseConfig;
  /** The same as NEO4J_* variables, for code (and child processes) that read the environment. */
  env: Record<'NEO4J_URI' | 'NEO4J_USERNAME' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE', string>;
  startMs: number;
  pid: number | null;
  /** Stops the database and deletes its data directory. */
  stop(): Promise<void>;
}

export interface ThrowawayOptions {
  /** Prefix of the temporary data directory's name. */
  name: string;
  log?: (line: string) => void;
}

export async function startThrowawayNeo4j(options: ThrowawayOptions): Promise<ThrowawayNeo4j> {
  const settings: LocalNeo4jSettings = {
    ...DEFAULT_LOCAL_NEO4J,
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), `${options.name}-`)),
    port: await freePort(),
    password: `throwaway-${Math.random().toString(36).slice(2)}`,
  };
  const remove = () => fs.rmSync(settings.dataDir, { recursive: true, force: true });
  let started: Awaited<ReturnType<typeof startLocal>>;
  try {
    started = await startLocal(settings, { log: options.log ?? (() => {}) });
  } catch (error) {
    await stopLocal(settings).catch(() => {});
    remove();
    throw error;
  }
  const config: DatabaseConfig = {
    uri: `bolt://127.0.0.1:${settings.port}`,
    username: 'neo4j',
    password: settings.password,
    database: 'neo4j',
    local: true,
  };
  return {
    settings,
    config,
    env: {
      NEO4J_URI: config.uri,
      NEO4J_USERNAME: config.username,
      NEO4J_PASSWORD: config.password,
      NEO4J_DATABASE: config.database,
    },
    startMs: started.startMs,
    pid: started.pid ?? null,
    async stop() {
      await stopLocal(settings).catch(() => {});
      remove();
    },
  };
}
