// Applies graph/schema.cypher: every statement is idempotent, so migrating twice changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.ts';
import type { Database } from './database.ts';

// From the project root, not this module: the compiled CLI runs this code from dist/.
const SCHEMA_FILE = path.join(PROJECT_ROOT, 'graph', 'schema.cypher');

export function schemaStatements(text = fs.readFileSync(SCHEMA_FILE, 'utf8')): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function migrate(db: Database): Promise<{ statements: number }> {
  const statements = schemaStatements();
  for (const statement of statements) await db.run(statement, {}, { routing: 'write' });
  // Full-text indexes populate asynchronously; wait so searches right after start see them.
  await db.run('CALL db.awaitIndexes(60)', {}, { routing: 'read' });
  return { statements: statements.length };
}
