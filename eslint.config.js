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
  // Arrows point down the pipeline: each folder imports only the stages below it (ingest/ and eval/ are pure).
  oneWay(['ingest/**/*.ts'], ['graph', 'queries', 'pipeline', 'web', 'bin', 'eval', 'bench']),
  oneWay(['eval/**/*.ts'], ['graph', 'queries', 'pipeline', 'web', 'bin', 'bench']),
  oneWay(['graph/**/*.ts'], ['queries', 'pipeline', 'web', 'bin', 'eval', 'bench']),
  oneWay(['queries/**/*.ts'], ['pipeline', 'web', 'bin', 'eval', 'bench']),
  oneWay(['pipeline/**/*.ts'], ['queries', 'web', 'bin', 'eval', 'bench']),
  oneWay(['web/server/**/*.ts'], ['app', 'bin', 'eval', 'bench']),
  oneWay(
    ['web/shared/**/*.ts'],
    ['ingest', 'graph', 'queries', 'pipeline', 'server', 'app', 'bin'],
  ),
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

/** A lint block: files under `files` import nothing from the folders named in `above`. */
function oneWay(files, above) {
  const folder = files[0].split('/**')[0];
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: above.map((name) => `**/${name}/**`),
              message: `${folder}/ imports nothing from ${above.map((n) => `${n}/`).join(', ')}: arrows point one way`,
            },
          ],
        },
      ],
    },
  };
}
