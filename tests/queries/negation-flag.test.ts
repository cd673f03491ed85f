// The negation flag: a negator in the few words before the trigger, and only there.
import { describe, expect, it } from 'vitest';
import { negationBeforeTrigger } from '../../queries/negation-flag.ts';

const cases: [string, string[], string | null][] = [
  ['Finland and Sweden pledged not to support the YPG.', ['support'], 'not'],
  ['Turkey did not openly back the plan.', ['back'], 'not'],
  ["Hungary doesn't support sanctions on Russia.", ['support'], "n't"],
  ['Germany will never supply tanks to Ukraine.', ['supply'], 'never'],
  ['Iran no longer supplies drones to Russia.', ['supply'], 'no'],
  ['Finland supported the NATO bid.', ['support'], null],
  ['Not long after the vote, Sweden supported the bid.', ['support'], null],
  ['Russia attacked Ukraine, not for the first time.', ['attack'], null],
  ['The EU imposed sanctions on Iran.', ['sanction'], null],
];

describe('negationBeforeTrigger', () => {
  it.each(cases)('%s', (sentence, triggers, expected) => {
    expect(negationBeforeTrigger(sentence, triggers)).toBe(expected);
  });
});
