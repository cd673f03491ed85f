// Where Entente's Neo4j is: the environment (or .env) names any Neo4j; otherwise the local launcher's.
import { config as loadDotenv } from 'dotenv';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../ingest/project-root.ts';

export { PROJECT_ROOT };

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
  /** Heap one transaction may use, and all transactions together: past it the query fails, Neo4j lives on. */
  transactionMaxMb: number;
  transactionTotalMb: number;
}

export const DEFAULT_LOCAL_NEO4J: LocalNeo4jSettings = {
  dataDir: path.join(PROJECT_ROOT, 'data', 'neo4j'),
  port: 7687,
  password: 'entente-local',
  heapMb: 512,
  pageCacheMb: 64,
  transactionMaxMb: 128,
  transactionTotalMb: 256,
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
  const heapMb = positiveInt(
    'ENTENTE_NEO4J_HEAP_MB',
    env.ENTENTE_NEO4J_HEAP_MB,
    DEFAULT_LOCAL_NEO4J.heapMb,
  );
  return {
    dataDir: env.ENTENTE_NEO4J_DATA
      ? path.resolve(env.ENTENTE_NEO4J_DATA)
      : DEFAULT_LOCAL_NEO4J.dataDir,
    port: positiveInt('ENTENTE_NEO4J_PORT', env.ENTENTE_NEO4J_PORT, DEFAULT_LOCAL_NEO4J.port),
    password,
    heapMb,
    pageCacheMb: positiveInt(
      'ENTENTE_NEO4J_PAGECACHE_MB',
      env.ENTENTE_NEO4J_PAGECACHE_MB,
      DEFAULT_LOCAL_NEO4J.pageCacheMb,
    ),
    ...transactionMemory(heapMb, env.ENTENTE_NEO4J_TX_MEMORY_MB),
  };
}

/**
 * One transaction may use a quarter of the heap (or ENTENTE_NEO4J_TX_MEMORY_MB), all of them together half: what
 * is left keeps Neo4j itself alive when a query asks for too much.
 */
function transactionMemory(heapMb: number, raw: string | undefined) {
  const transactionMaxMb = positiveInt(
    'ENTENTE_NEO4J_TX_MEMORY_MB',
    raw,
    Math.max(16, Math.floor(heapMb / 4)),
  );
  const transactionTotalMb = Math.max(transactionMaxMb, Math.floor(heapMb / 2));
  if (transactionTotalMb >= heapMb)
    throw new Error(
      `entente/graph/config: ENTENTE_NEO4J_TX_MEMORY_MB (${transactionMaxMb}) must stay below half of ENTENTE_NEO4J_HEAP_MB (${heapMb})`,
    );
  return { transactionMaxMb, transactionTotalMb };
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
