// The relation rules as data: validated when loaded, every rule's example fires that rule, every rule the
// extractor stores has a reason (its provenance).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rulesData from '../../../ingest/extract/relation-rules.json' with { type: 'json' };
import lexiconData from '../../../ingest/extract/lexicon.json' with { type: 'json' };
import { validateLexicon } from '../../../ingest/extract/lexicon.ts';
import { ruleReasons, validateRules } from '../../../ingest/extract/rules.ts';
import { _extract } from './_extract.ts';

type RuleList = { id: string; example: string }[];
const data = rulesData as unknown as Record<string, RuleList | string>;
const ALL: [string, string][] = Object.values(data)
  .filter((list): list is RuleList => Array.isArray(list))
  .flat()
  .map((r) => [r.id, r.example]);

/** The rule a stored id names: provenance suffixes ("+coref", "+place-state") taken off. */
const baseRule = (id: string): string => id.split('+')[0];

describe('relation rules', () => {
  it.each(ALL)('%s fires on its own example', (id, example) => {
    const rules = _extract(example).relations.map((r) => baseRule(r.rule));
    expect(rules).toContain(id);
  });

  it('rejects a misspelt key, an unknown type or noun class and a duplicate id, naming the rule', () => {
    const copy = (): Record<string, { [k: string]: unknown }[]> =>
      JSON.parse(JSON.stringify(rulesData)) as Record<string, { [k: string]: unknown }[]>;
    const misspelt = copy();
    misspelt.verbRules[0].prep = [''];
    expect(() => validateRules(misspelt)).toThrow(
      /entente\/ingest\/extract\/rules: .*verbRules\.0/,
    );
    const badType = copy();
    badType.nounRules[0].type = 'INVADE';
    expect(() => validateRules(badType)).toThrow(/nounRules\.0\.type/);
    const badClass = copy();
    badClass.verbRules[1].requires = 'WEAPONZ';
    expect(() => validateRules(badClass)).toThrow(/verbRules\.1\.requires/);
    const duplicate = copy();
    duplicate.nounRules.push({ ...duplicate.nounRules[0] });
    expect(() => validateRules(duplicate)).toThrow(/duplicate rule id/);
  });

  it('has a reason for every rule the extractor stores on the team gold set', () => {
    const lines = readFileSync('eval/team-gold/sentences.jsonl', 'utf8')
      .split('\n')
      .filter(Boolean);
    const stored = new Set<string>();
    for (const line of lines)
      for (const r of _extract((JSON.parse(line) as { text: string }).text).relations)
        // CAMEO and WordNet fallbacks name their dictionary entry in the id itself.
        if (!/^(cameo|wordnet):/.test(r.rule)) stored.add(baseRule(r.rule));
    expect(stored.size).toBeGreaterThan(20);
    expect([...stored].filter((id) => !ruleReasons.has(id))).toEqual([]);
  });
});

describe('lexicon', () => {
  it('rejects a misspelt key or a word list that is not one, naming the key', () => {
    const copy = (): Record<string, unknown> =>
      JSON.parse(JSON.stringify(lexiconData)) as Record<string, unknown>;
    const misspelt = copy();
    misspelt.speechVerb = misspelt.speechVerbs;
    delete misspelt.speechVerbs;
    expect(() => validateLexicon(misspelt)).toThrow(/entente\/ingest\/extract\/lexicon: /);
    const notList = copy();
    notList.negators = 'not';
    expect(() => validateLexicon(notList)).toThrow(/lexicon\.json negators/);
    expect(() => validateLexicon(copy())).not.toThrow();
  });
});
