// boilerplate.json is checked when it loads: misspelt keys, phrases not in key form and bad patterns are errors.
import { describe, expect, it } from 'vitest';
import data from '../../../ingest/read/boilerplate.json' with { type: 'json' };
import {
  BOILERPLATE_RULES,
  parseBoilerplateRules,
  type BlockRule,
  type BoilerplateRules,
} from '../../../ingest/read/boilerplate-rules.ts';
import { cleanText } from '../../../ingest/read/clean-text.ts';

type Rules = BoilerplateRules;

/** A deep copy of the shipped rules with one change made by `edit`. */
function edited(edit: (rules: Rules) => void): unknown {
  const copy = structuredClone(BOILERPLATE_RULES);
  edit(copy);
  return copy;
}

/** The phrases or the patterns of one line rule, to break them. */
function phrasesOf(rules: Rules, id: string): string[] {
  const rule = rules.lineRules.find((r) => r.id === id);
  if (!rule || rule.match === 'pattern') throw new Error(`no phrase rule ${id}`);
  return rule.phrases;
}
function patternsOf(rules: Rules, id: string): { source: string; flags: string }[] {
  const rule = rules.lineRules.find((r) => r.id === id);
  if (!rule || rule.match !== 'pattern') throw new Error(`no pattern rule ${id}`);
  return rule.patterns;
}

describe('parseBoilerplateRules', () => {
  it('accepts the shipped rules', () => {
    expect(parseBoilerplateRules(data)).toEqual(BOILERPLATE_RULES);
  });

  // [case, edit, what the error names]
  const broken: [string, (rules: Rules) => void, RegExp][] = [
    ['a misspelt top-level key', (r) => Object.assign(r, { pageLabel: r.pageLabels }), /pageLabel/],
    ['a misspelt rule key', (r) => Object.assign(r.lineRules[0], { phrase: ['x'] }), /phrase/],
    [
      'an unknown match kind',
      (r) => Object.assign(r.lineRules[0], { match: 'startsWith' }),
      /match/,
    ],
    [
      'an exact phrase with capitals',
      (r) => phrasesOf(r, 'reader-prompt').push('Read More'),
      /Read More/,
    ],
    [
      'an exact phrase with its colon',
      (r) => r.sectionRules[0].phrases.push('most read:'),
      /most read:/,
    ],
    ['a label with a trailing full stop', (r) => r.pageLabels.labels.push('report.'), /report\./],
    [
      'a prefix phrase with double spaces',
      (r) => phrasesOf(r, 'prompt-prefix').push('read  next'),
      /read {2}next/,
    ],
    [
      'a pattern that does not compile',
      (r) => patternsOf(r, 'copyright').push({ source: '(', flags: '' }),
      /bad pattern/,
    ],
    [
      'no citation rule (pages are dated by it)',
      (r) => (r.lineRules = r.lineRules.filter((x) => x.id !== 'citation-reference')),
      /citation-reference/,
    ],
    ['a duplicate rule id', (r) => (r.sectionRules[0].id = r.lineRules[0].id), /duplicate rule id/],
    [
      'an unknown block follower',
      (r) => Object.assign(r.blockRules[0], { follow: 'anything' }),
      /follow/,
    ],
    [
      'a rule without its example',
      (r) => delete (r.blockRules[0] as Partial<BlockRule>).example,
      /example/,
    ],
  ];
  it.each(broken)('rejects %s', (_case, edit, names) => {
    expect(() => parseBoilerplateRules(edited(edit))).toThrow(
      /^entente\/ingest\/read\/boilerplate-rules: /,
    );
    expect(() => parseBoilerplateRules(edited(edit))).toThrow(names);
  });
});

describe('every rule drops its own example', () => {
  const BODY = 'The two delegations met for six hours and agreed to meet again next week.';
  const examples: [string, string][] = [
    ...BOILERPLATE_RULES.lineRules.map((r): [string, string] => [r.id, r.example]),
    ...BOILERPLATE_RULES.sectionRules.map((r): [string, string] => [r.id, r.example]),
    ...BOILERPLATE_RULES.blockRules.map((r): [string, string] => [r.id, r.example]),
    ['pageLabels', BOILERPLATE_RULES.pageLabels.example],
  ];
  it.each(examples)('%s', (_id, example) => {
    const input = `${BODY}\n\n${example}\n\n${BODY}.`;
    expect(cleanText(input)).not.toContain(example.split('\n')[0]);
  });
});
