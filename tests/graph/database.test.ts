// The real Neo4j started by the global setup: connectivity, schema, round trips, constraint errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database, DatabaseError } from '../../graph/database.ts';
import { migrate, schemaStatements } from '../../graph/migrate.ts';

let db: Database;
beforeAll(() => {
  db = new Database();
});
afterAll(async () => {
  await db.run('MATCH (n:DatabaseTest) DETACH DELETE n', {}, { routing: 'write' });
  await db.close();
});

describe('the test database', () => {
  it('answers a Bolt query', async () => {
    const result = await db.run('RETURN 1 AS one');
    expect(result.records[0].get('one')).toBe(1);
  });

  it('is Neo4j 5', async () => {
    const result = await db.run(
      'CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version',
    );
    expect(result.records[0].get('name')).toBe('Neo4j Kernel');
    expect(result.records[0].get('version')).toMatch(/^5\./);
  });

  it('migrates twice without changing the schema', async () => {
    const shape = async () => {
      const c = await db.run('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
      const i = await db.run('SHOW INDEXES YIELD name RETURN collect(name) AS names');
      return [...c.records[0].get('names'), ...i.records[0].get('names')].sort();
    };
    await migrate(db);
    const first = await shape();
    await migrate(db);
    expect(await shape()).toEqual(first);
    expect(first).toEqual(
      expect.arrayContaining(['actor_id', 'article_id', 'statement_id', 'actor_names']),
    );
    expect(schemaStatements().length).toBeGreaterThanOrEqual(5);
  });

  it('writes a node and reads it back', async () => {
    await db.run(
      'CREATE (:DatabaseTest:Actor {id: $id, name: $name})',
      { id: 'test-roundtrip', name: 'Round Trip' },
      { routing: 'write' },
    );
    const result = await db.run('MATCH (a:Actor {id: $id}) RETURN a.name AS name', {
      id: 'test-roundtrip',
    });
    expect(result.records.map((r) => r.get('name'))).toEqual(['Round Trip']);
  });

  it('surfaces a constraint violation as a clear error', async () => {
    const create = () =>
      db.run(
        'CREATE (:DatabaseTest:Actor {id: $id})',
        { id: 'test-duplicate' },
        { routing: 'write' },
      );
    await create();
    const error = await create().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe('Neo.ClientError.Schema.ConstraintValidationFailed');
    expect((error as DatabaseError).message).toMatch(
      /already exists with label `Actor` and property `id`/,
    );
  });

  it('refuses writes in a read transaction', async () => {
    const error = await db.run('CREATE (:DatabaseTest)').catch((e: unknown) => e);
    expect((error as DatabaseError).code).toBe('Neo.ClientError.Statement.AccessMode');
  });
});
