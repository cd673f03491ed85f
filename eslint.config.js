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
  // Errors name their module ("entente/graph/model: ..."), so a message read alone says where to look
  // (\\u002F is the slash: a bare one would end the selector's regular expression).
  {
    files: ['{ingest,graph,pipeline,queries,web,bin,eval,bench}/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "NewExpression[callee.name='Error'][arguments.0.type='Literal']:not([arguments.0.value=/^entente\\u002F/])",
          message: 'an Error names its module: start the message with "entente/<path>: "',
        },
        {
          selector:
            "NewExpression[callee.name='Error'][arguments.0.type='TemplateLiteral']:not([arguments.0.quasis.0.value.raw=/^entente\\u002F/]):not([arguments.0.expressions.0.name='MODULE'])",
          message: 'an Error names its module: start the message with "entente/<path>: "',
        },
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
