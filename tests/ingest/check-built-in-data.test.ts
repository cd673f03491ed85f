// The compiled CLI loads the built-in rules and word lists unchecked because its build checks them: the build's
// check must cover every file a module checks on load, and must fail on a fault as the load-time check does.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_DATA_CHECKS, checkBuiltInData } from '../../ingest/check-built-in-data.ts';
import { CHECKED_AT_BUILD } from '../../ingest/checked-on-load.ts';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const checkOf = (file: string) => BUILT_IN_DATA_CHECKS.find((c) => c.file === file)!;

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? sources(path.join(dir, e.name))
        : e.name.endsWith('.ts')
          ? [path.join(dir, e.name)]
          : [],
    );
}

describe('built-in data checked at build', () => {
  it('is checked on load from the sources (and so in these tests)', () => {
    expect(CHECKED_AT_BUILD).toBe(false);
  });

  it('passes on the data as shipped', () => {
    expect(() => checkBuiltInData()).not.toThrow();
  });

  it('fails on a misspelt key in the relation rules, naming the file and the key', () => {
    const rules = checkOf('ingest/extract/relation-rules.json');
    const data = copy(rules.data) as { verbRules: Record<string, unknown>[] };
    data.verbRules[0].confidance = 0.5;
    expect(() => checkBuiltInData([{ ...rules, data }])).toThrow(
      /ingest\/extract\/relation-rules\.json: .*verbRules\.0/,
    );
  });

  it('fails on a misspelt key in the lexicon and a bad boilerplate pattern, each file named', () => {
    const lexicon = checkOf('ingest/extract/lexicon.json');
    const words = { ...copy(lexicon.data as object), speechVerb: ['say'] };
    const boilerplate = checkOf('ingest/read/boilerplate.json');
    const rules = copy(boilerplate.data) as {
      lineRules: { match: string; patterns?: { source: string }[] }[];
    };
    rules.lineRules.find((r) => r.match === 'pattern')!.patterns![0].source = '(unclosed';
    let message = '';
    try {
      checkBuiltInData([
        { ...lexicon, data: words },
        { ...boilerplate, data: rules },
      ]);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/ingest\/extract\/lexicon\.json: .*speechVerb/);
    expect(message).toMatch(/ingest\/read\/boilerplate\.json: .*bad pattern/);
  });

  it('covers every data file a module loads through checkedOnLoad', () => {
    const checked = new Set(BUILT_IN_DATA_CHECKS.map((c) => c.file));
    const loaders = sources('ingest').filter((file) =>
      /checkedOnLoad\(/.test(fs.readFileSync(file, 'utf8')),
    );
    expect(loaders.length).toBeGreaterThanOrEqual(4);
    for (const file of loaders) {
      const text = fs.readFileSync(file, 'utf8');
      for (const [, data, json] of text.matchAll(/import (\w+) from '([^']+\.json)'/g)) {
        if (!new RegExp(`checkedOnLoad\\(${data}\\b`).test(text)) continue;
        const relative = path.join(path.dirname(file), json).split(path.sep).join('/');
        expect(checked, `${file} loads ${relative} unchecked in the bundle`).toContain(relative);
      }
    }
  });
});
