// Lint: ESLint's recommended rules with typescript-eslint's, over all TypeScript sources.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'data/',
      'dist/',
      'web/dist/',
      'graph/neo4j-local/target/',
      'tests/artifacts/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // Arrows point down the pipeline: ingest/ is pure and imports none of the stages above it.
  {
    files: ['ingest/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/graph/**', '**/queries/**', '**/pipeline/**', '**/web/**', '**/bin/**'],
              message:
                'ingest/ is pure: it imports nothing from graph/, queries/, pipeline/, web/ or bin/',
            },
          ],
        },
      ],
    },
  },
  // The browser takes only types from the server side; values come from ingest/ontology and web/shared.
  {
    files: ['web/app/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/graph/**',
                '**/queries/**',
                '**/pipeline/**',
                '**/web/server/**',
                '../../server/**',
              ],
              allowTypeImports: true,
              message: 'the UI imports only types from the server side',
            },
          ],
        },
      ],
    },
  },
);
