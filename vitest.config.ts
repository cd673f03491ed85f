// Tests by cost, one project per kind: pure unit tests (no database), then the tests that share one throw-away
// Neo4j: database/query/API, browser (Chromium) and CLI (a Node process per call) tests, one file at a time.
import { defineConfig } from 'vitest/config';

/** Pure tests: no Neo4j, no browser, no child process; `npm run test:unit` runs only these. */
const UNIT = [
  'tests/ingest/**/*.test.ts',
  'tests/eval/**/*.test.ts',
  'tests/readme-layout.test.ts',
  'tests/graph/relation-id.test.ts',
  'tests/graph/copy-decisions.test.ts',
  'tests/graph/analytics/**/*.test.ts',
  'tests/queries/record-graph.test.ts',
  'tests/queries/console-policy.test.ts',
  'tests/api/access-policy.test.ts',
  'tests/web/legend.test.ts',
  'tests/web/explorer/**/*.test.ts',
  'tests/web/panels/**/*.test.ts',
  'tests/queries/trigger-words.test.ts',
  'tests/queries/negation-flag.test.ts',
];

/** Every project that needs the database starts (or, once started, reuses) the same throw-away Neo4j. */
const withNeo4j = (name: string, include: string[], groupOrder: number) => ({
  test: {
    name,
    include,
    exclude: UNIT,
    globalSetup: ['tests/setup/neo4j-global.ts'],
    // One Neo4j is shared: files run one at a time, and the projects one after another, so writes never race.
    fileParallelism: false,
    sequence: { groupOrder },
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: UNIT, testTimeout: 30_000, sequence: { groupOrder: 0 } } },
      withNeo4j('db', ['tests/{graph,queries,api}/**/*.test.ts'], 0),
      withNeo4j('browser', ['tests/web/**/*.test.ts'], 1),
      withNeo4j('cli', ['tests/cli/**/*.test.ts'], 2),
      // The load test (bench/load-test.ts) starts its own Neo4j and runs in a group of its own: no other file beside it.
      {
        test: {
          name: 'load',
          include: ['tests/bench/load-test.test.ts'],
          sequence: { groupOrder: 3 },
          testTimeout: 1_800_000,
        },
      },
    ],
  },
});
