// Two projects: pure extraction tests, and tests that need the real Neo4j (and the browser).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/ingest/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/{graph,queries,api,web,cli}/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j-global.ts'],
          // One Neo4j is shared: files run one at a time so their writes do not race.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
