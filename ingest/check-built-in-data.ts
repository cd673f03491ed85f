// Build step (bin/build-cli.js): checks every built-in rules and word-list file, which the compiled CLI then loads
// without checking (ingest/checked-on-load.ts); a misspelt key or a bad value fails the build with the check's error.
import lexicon from './extract/lexicon.json' with { type: 'json' };
import relationRules from './extract/relation-rules.json' with { type: 'json' };
import cameoVerbs from './extract/fallback-verbs/cameo-verbs.json' with { type: 'json' };
import wordnetVerbs from './extract/fallback-verbs/wordnet-verbs.json' with { type: 'json' };
import boilerplate from './read/boilerplate.json' with { type: 'json' };
import { cameoVerbsSchema, wordnetVerbsSchema } from './extract/fallback-verbs/schema.ts';
import { validateLexicon } from './extract/lexicon.ts';
import { validateRules } from './extract/rules.ts';
import { parseBoilerplateRules } from './read/boilerplate-rules.ts';

/** Each built-in data file with the check its module runs on it when loaded from the sources. */
export const BUILT_IN_DATA_CHECKS: {
  file: string;
  data: unknown;
  check: (data: unknown) => unknown;
}[] = [
  { file: 'ingest/extract/lexicon.json', data: lexicon, check: validateLexicon },
  { file: 'ingest/extract/relation-rules.json', data: relationRules, check: validateRules },
  {
    file: 'ingest/extract/fallback-verbs/cameo-verbs.json',
    data: cameoVerbs,
    check: (d) => cameoVerbsSchema.parse(d),
  },
  {
    file: 'ingest/extract/fallback-verbs/wordnet-verbs.json',
    data: wordnetVerbs,
    check: (d) => wordnetVerbsSchema.parse(d),
  },
  { file: 'ingest/read/boilerplate.json', data: boilerplate, check: parseBoilerplateRules },
];

/** Runs every check; throws one error naming each file at fault. */
export function checkBuiltInData(checks = BUILT_IN_DATA_CHECKS): void {
  const faults: string[] = [];
  for (const { file, data, check } of checks) {
    try {
      check(data);
    } catch (error) {
      faults.push(`${file}: ${(error as Error).message}`);
    }
  }
  if (faults.length) throw new Error(`entente/ingest/check-built-in-data: ${faults.join('\n')}`);
}
