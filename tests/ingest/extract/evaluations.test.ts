// What a speaker calls another party's act: criticism of that party, and nothing when the party suffers it.
import { describe, expect, it } from 'vitest';
import { _extract, _triples } from './_extract.ts';

const CASES: [string, string[]][] = [
  ["Chile said Peru's naval drills were a provocation.", ['CHL CRITICIZE PER']],
  ['Iran calls NATO expansion a serious threat.', ['IRN CRITICIZE nato']],
  ['Chile called Peru a threat.', ['CHL CRITICIZE PER']],
  ['“The drills are a reckless provocation,” Chile said of Peru.', ['CHL CRITICIZE PER']],
  // the party acted on, the victim, a condition, another clause's party: no evaluation of them
  ['Peru said the strike on Chile was a violation of the truce.', []],
  ['Chile was a victim of aggression, Peru said.', []],
  ['If this is aggression, then Chile will respond, Peru said.', []],
  ['Chile said the talks went well, while Peru called the vote illegal.', []],
  // a state does not criticise itself
  ['Russian news agencies said Putin called the claims lies.', []],
];

describe('evaluations', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(_triples(_extract(text))).toEqual([...expected].sort());
  });
});
