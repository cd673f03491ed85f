// Trigger words: the vocabulary of the rule that found a statement, by stored rule id.
import { describe, expect, it } from 'vitest';
import { nounRules, verbRules } from '../../ingest/extract/rules.ts';
import { triggerWords } from '../../queries/trigger-words.ts';

describe('triggerWords', () => {
  it('gives a verb rule’s verbs and a noun rule’s nouns, suffixes after + ignored', () => {
    const verb = verbRules[0];
    expect(triggerWords(verb.id)).toEqual(verb.verbs);
    expect(triggerWords(`${verb.id}+coref`)).toEqual(verb.verbs);
    const noun = nounRules[0];
    expect(triggerWords(`${noun.id}+place-state`)).toEqual(noun.nouns);
  });

  it('gives the coded verb of a CAMEO or WordNet fallback, and nothing for structural rules', () => {
    expect(triggerWords('cameo:invite:040')).toEqual(['invite']);
    expect(triggerWords('wordnet:imprison→detain')).toEqual(['imprison']);
    expect(triggerWords('title-leads')).toEqual([]);
    expect(triggerWords(null)).toEqual([]);
  });
});
