// Applies graph/schema.cypher: every statement is idempotent, so migrating twice changes nothing.
import fs from 'node:fs';
import type { Database } from './database.ts';

const SCHEMA_FILE = new URL('./schema.cypher', import.meta.url);

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
