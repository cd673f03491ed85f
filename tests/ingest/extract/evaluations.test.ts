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
  // reported words that blame a party: a violation, a provocation, abuses, lies; not when negated
  ['Chile said Peru had violated the border accord.', ['CHL CRITICIZE PER']],
  ['Bolivia said Paraguay was committing abuses against its traders.', ['BOL CRITICIZE PRY']],
  ['Chile said Peru had not violated the accord.', []],
  ['Brazil said Bolivia was not bluffing.', []],
  // a noun compromise reads as a verb still makes the object a predicate's, not a call's
  ['Lima called the US plans a provocation.', ['PER CRITICIZE USA']],
  ['Lula called Milei a liar.', ['luiz-inacio-lula-da-silva CRITICIZE javier-milei']],
  // "said" right after a name and before another, which compromise may tag as an adjective, is speech
  ['Milei said Lula is bluffing.', ['javier-milei CRITICIZE luiz-inacio-lula-da-silva']],
  // a state does not criticise itself
  ['Russian news agencies said Putin called the claims lies.', []],
];

describe('evaluations', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(_triples(_extract(text))).toEqual([...expected].sort());
  });
});
