// Where Entente's Neo4j is: the environment (or .env) names any Neo4j; otherwise the local launcher's.
import { config as loadDotenv } from 'dotenv';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import path from 'node:path';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface DatabaseConfig {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** True when NEO4J_URI was not set: the project's own launcher owns the database. */
  local: boolean;
}

export interface LocalNeo4jSettings {
  dataDir: string;
  port: number;
  password: string;
  heapMb: number;
  pageCacheMb: number;
}

export const DEFAULT_LOCAL_NEO4J: LocalNeo4jSettings = {
  dataDir: path.join(PROJECT_ROOT, 'data', 'neo4j'),
  port: 7687,
  password: 'entente-local',
  heapMb: 512,
  pageCacheMb: 64,
};

let dotenvLoaded = false;
function loadEnv(): NodeJS.ProcessEnv {
  if (!dotenvLoaded) {
    loadDotenv({ path: path.join(PROJECT_ROOT, '.env'), quiet: true });
    dotenvLoaded = true;
  }
  return process.env;
}

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`entente/graph/config: ${name} must be a positive integer, got "${raw}"`);
  return n;
}

export function localNeo4jSettings(env: NodeJS.ProcessEnv = loadEnv()): LocalNeo4jSettings {
  const password = env.NEO4J_PASSWORD || DEFAULT_LOCAL_NEO4J.password;
  // Neo4j refuses shorter passwords; say so here rather than in its log.
  if (password.length < 8)
    throw new Error(
      'entente/graph/config: NEO4J_PASSWORD must be at least 8 characters for the local Neo4j',
    );
  return {
    dataDir: env.ENTENTE_NEO4J_DATA
      ? path.resolve(env.ENTENTE_NEO4J_DATA)
      : DEFAULT_LOCAL_NEO4J.dataDir,
    port: positiveInt('ENTENTE_NEO4J_PORT', env.ENTENTE_NEO4J_PORT, DEFAULT_LOCAL_NEO4J.port),
    password,
    heapMb: positiveInt(
      'ENTENTE_NEO4J_HEAP_MB',
      env.ENTENTE_NEO4J_HEAP_MB,
      DEFAULT_LOCAL_NEO4J.heapMb,
    ),
    pageCacheMb: positiveInt(
      'ENTENTE_NEO4J_PAGECACHE_MB',
      env.ENTENTE_NEO4J_PAGECACHE_MB,
      DEFAULT_LOCAL_NEO4J.pageCacheMb,
    ),
  };
}

export function databaseConfig(env: NodeJS.ProcessEnv = loadEnv()): DatabaseConfig {
  if (env.NEO4J_URI) {
    return {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME || 'neo4j',
      password: env.NEO4J_PASSWORD || '',
      database: env.NEO4J_DATABASE || 'neo4j',
      local: false,
    };
  }
  const local = localNeo4jSettings(env);
  return {
    uri: `bolt://127.0.0.1:${local.port}`,
    username: 'neo4j',
    password: local.password,
    database: 'neo4j',
    local: true,
  };
}

/** Who a curation action is recorded as: ENTENTE_USER, else the operating-system user. */
export function curatorName(env: NodeJS.ProcessEnv = loadEnv()): string {
  const name = (env.ENTENTE_USER ?? '').trim() || safeOsUser();
  if (!name) throw new Error('entente/graph/config: set ENTENTE_USER to name who curates');
  return name.slice(0, 100);
}

function safeOsUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}
