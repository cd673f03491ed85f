// Vitest global setup: a throw-away Neo4j from the project's launcher (or NEO4J_URI when set), schema applied.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { Database } from '../../graph/database.ts';
import { migrate } from '../../graph/migrate.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../../graph/neo4j-local/throwaway.ts';

// The db, browser and cli projects each run this: the first starts the Neo4j (and sets NEO4J_URI), the others
// find NEO4J_URI set and share it; only the first stops it, once every project has finished.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let neo4j: ThrowawayNeo4j | null = null;
  if (!process.env.NEO4J_URI) {
    neo4j = await startThrowawayNeo4j({
      name: 'entente-test-neo4j',
      log: (line) => console.log(line),
    });
    console.log(`test Neo4j on port ${neo4j.settings.port}, started in ${neo4j.startMs} ms`);
    Object.assign(process.env, neo4j.env);
  }
  // Tests never read or write the developer's curated actors file (curation/actors.json).
  let curatedDir: string | null = null;
  if (!process.env.ENTENTE_CURATED_ACTORS) {
    curatedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-test-curated-'));
    process.env.ENTENTE_CURATED_ACTORS = path.join(curatedDir, 'actors.json');
  }
  project.provide('neo4jUri', process.env.NEO4J_URI!);
  const db = new Database();
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  return async () => {
    await neo4j?.stop();
    if (curatedDir) fs.rmSync(curatedDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}
