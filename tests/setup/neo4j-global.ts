// Vitest global setup: a throw-away Neo4j from the project's launcher (or NEO4J_URI when set), schema applied.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { DEFAULT_LOCAL_NEO4J, type LocalNeo4jSettings } from '../../graph/config.ts';
import { Database } from '../../graph/database.ts';
import { migrate } from '../../graph/migrate.ts';
import { freePort, startLocal, stopLocal } from '../../graph/neo4j-local/launcher.ts';

let settings: LocalNeo4jSettings | null = null;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!process.env.NEO4J_URI) {
    settings = {
      ...DEFAULT_LOCAL_NEO4J,
      dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'entente-test-neo4j-')),
      port: await freePort(),
      password: `test-${Math.random().toString(36).slice(2)}`,
    };
    const started = await startLocal(settings, { log: (line) => console.log(line) });
    console.log(`test Neo4j on port ${settings.port}, started in ${started.startMs} ms`);
    process.env.NEO4J_URI = `bolt://127.0.0.1:${settings.port}`;
    process.env.NEO4J_USERNAME = 'neo4j';
    process.env.NEO4J_PASSWORD = settings.password;
    process.env.NEO4J_DATABASE = 'neo4j';
  }
  project.provide('neo4jUri', process.env.NEO4J_URI!);
  const db = new Database();
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  return async () => {
    if (settings) {
      await stopLocal(settings);
      fs.rmSync(settings.dataDir, { recursive: true, force: true });
    }
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}
