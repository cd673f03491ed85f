// The console's policy on parse trees of Neo4j's Cypher grammar: what it admits and refuses, and its data checked
// against the grammar it names.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  CONSOLE_POLICY,
  consoleRefusal,
  refusedPlanOperator,
} from '../../queries/console-policy.ts';

describe('console policy', () => {
  it('names only rules of the grammar it parses with', () => {
    const require = createRequire(import.meta.url);
    const grammar = ['Cypher25Parser.g4', 'CypherCmdParser.g4']
      .map((file) =>
        fs.readFileSync(require.resolve(`@neo4j-cypher/language-support/grammar/${file}`), 'utf8'),
      )
      .join('\n');
    const rules = new Set(
      [...grammar.matchAll(/^(\w+)\s*:?\s*$|^(\w+)\s*:/gm)].map((m) => m[1] ?? m[2]),
    );
    const named = [
      ...CONSOLE_POLICY.readingClauses,
      ...Object.keys(CONSOLE_POLICY.refusedClauses),
      ...Object.keys(CONSOLE_POLICY.refusedRules),
    ];
    expect(named.filter((rule) => !rules.has(rule))).toEqual([]);
    // Every alternative of the grammar's clause rule is either reading or refused with a reason.
    const clause = /^clause\s*\n([\s\S]*?);/m.exec(grammar)![1];
    const alternatives = [...clause.matchAll(/(\w+Clauses?)\b/g)].map((m) => m[1]);
    expect(alternatives.length).toBeGreaterThan(15);
    expect(
      alternatives.filter(
        (a) => !CONSOLE_POLICY.readingClauses.includes(a) && !(a in CONSOLE_POLICY.refusedClauses),
      ),
    ).toEqual([]);
  });

  it.each([
    'MATCH (a:Actor {id: $id})-[r]->(b) RETURN a, r, b ORDER BY b.name SKIP 1 LIMIT 5',
    'MATCH (a) RETURN a;',
    'EXPLAIN MATCH (a) RETURN a',
    'CALL db.labels()',
    'CALL `db`.`labels`() YIELD label RETURN label',
    'CALL db.schema.visualization()',
    'MATCH (a) WHERE EXISTS { MATCH (a)--(b) } RETURN count { (a)--() } AS n',
    'MATCH (n) CALL (n) { MATCH (n)--(m) RETURN m } RETURN n, m',
    'UNWIND [1, 2] AS x WITH x RETURN x UNION RETURN 3 AS x',
    'RETURN size(reduce(s = "x", i IN range(1, 3) | s + s)) AS n',
    'MATCH (a RETURN a', // a syntax error is Neo4j's to report
    // Names that are also properties of every JS object.
    'RETURN toString(1) AS constructor, valueOf, hasOwnProperty, __proto__',
    'MATCH (toString:Actor) RETURN toString.name AS clause',
  ])('admits %s', (query) => expect(consoleRefusal(query)).toBeNull());

  it.each([
    [
      'SHOW TRANSACTIONS YIELD parameters',
      /^SHOW TRANSACTIONS: SHOW and TERMINATE commands are refused/,
    ],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /^TERMINATE TRANSACTIONS: /],
    ['show settings', /^SHOW SETTINGS: /],
    ['SHOW PROCEDURES YIELD name RETURN name', /^SHOW PROCEDURES: /],
    ['SHOW FUNCTIONS', /^SHOW FUNCTIONS: /],
    ["CREATE USER mallory SET PASSWORD 'long-password'", /^CREATE USER: administration commands/],
    ['USE system SHOW USERS', /administration commands/],
    ['SHOW DATABASES', /administration commands|SHOW and TERMINATE/],
    ['CREATE (:Actor {id: "x"})', /^CREATE: writes are refused/],
    ['MATCH (a:Actor) SET a.hacked = true', /writes are refused/],
    ['MATCH (a) CALL { MATCH (b) DETACH DELETE b } RETURN a', /writes are refused/],
    ['MERGE (a:Actor {id: "x"})', /writes are refused/],
    ['WITH 1 AS x FOREACH (i IN [1] | CREATE (:X))', /FOREACH only writes/],
    ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV reads files/],
    [
      'CALL dbms.listConfig() YIELD name RETURN name',
      /^CALL dbms.listConfig: the console calls only db.labels/,
    ],
    ['CALL db.createLabel("X")', /^CALL db.createLabel/],
    ['CALL dbms.killQuery("q")', /^CALL dbms.killQuery/],
    ['MATCH (a) CALL (a) { RETURN 1 AS b } IN TRANSACTIONS RETURN b', /IN TRANSACTIONS is refused/],
    ['RETURN 1; RETURN 2', /one statement at a time/],
    ['MATCH (a) RETURN a; SHOW TRANSACTIONS', /one statement at a time/],
    [':param x => 1', /console commands are not Cypher/],
  ])('refuses %s', (query, reason) => expect(consoleRefusal(query)).toMatch(reason));

  it('refuses administration operators in a plan', () => {
    expect(refusedPlanOperator('ShowTransactions@neo4j')).toBe(true);
    expect(refusedPlanOperator('TerminateTransactions@neo4j')).toBe(true);
    expect(refusedPlanOperator('AdministrationCommand@system')).toBe(true);
    expect(refusedPlanOperator('LoadCSV@neo4j')).toBe(true);
    expect(refusedPlanOperator('NodeByLabelScan@neo4j')).toBe(false);
    expect(refusedPlanOperator('ProduceResults@neo4j')).toBe(false);
  });
});
