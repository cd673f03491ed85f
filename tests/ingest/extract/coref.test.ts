// Across sentences: a sentence-initial pronoun or definite pair resolved to the previous sentence's subject,
// and events that are planned, deferred, cancelled or called for.
import { describe, it, expect } from 'vitest';
import { _extract, _triples } from './_extract.ts';

// [short article, expected relations (sorted "SOURCE TYPE TARGET")]
const ARTICLES: [string, string[]][] = [
  [
    'Putin met Raisi in Tehran. He also held talks with Erdogan.',
    ['vladimir-putin CONSULT ebrahim-raisi', 'vladimir-putin CONSULT recep-tayyip-erdogan'],
  ],
  ['Iran denied the report. It accused Israel of attacking Syria.', ['IRN CRITICIZE ISR']],
  [
    'Erdogan and Putin met in Sochi. The two leaders agreed on a ceasefire in Idlib.',
    [
      'recep-tayyip-erdogan CONSULT vladimir-putin',
      'recep-tayyip-erdogan COOPERATE vladimir-putin',
    ],
  ],
  [
    'Russia and Iran signed a deal. They also condemned Israel.',
    ['IRN CRITICIZE ISR', 'RUS COOPERATE IRN', 'RUS CRITICIZE ISR'],
  ],
  [
    'Putin met Raisi. On Tuesday, he visited Erdogan.',
    ['vladimir-putin CONSULT ebrahim-raisi', 'vladimir-putin CONSULT recep-tayyip-erdogan'],
  ],
  // negatives: no antecedent, a place antecedent, a state for "he", an expletive "it", a pair of the wrong type
  ['He met Erdogan in Ankara on Friday.', []],
  ['Odesa was hit overnight. It has asked the EU for help.', []],
  ['Russia denied the report. He said Ukraine attacked Belgorod.', []],
  ['Russia attacked Ukraine. It is unclear whether Poland will condemn Iran.', ['RUS ATTACK UKR']],
  [
    'Putin met Erdogan. The two countries condemned Israel.',
    ['vladimir-putin CONSULT recep-tayyip-erdogan'],
  ],
  // planned, deferred, cancelled and called-for events
  ['Seoul and Tokyo agreed to resume security talks.', ['KOR COOPERATE JPN']],
  ['Turkey postponed its talks with Greece.', []],
  ['Turkey delayed talks with Sweden.', []],
  ['The UN called for a deal between Russia and Ukraine.', []],
  ['The US called for talks between Israel and Hamas.', []],
  ['Qatar pushed for a truce between Israel and Hamas.', []],
  ['Iran called off its talks with the EU.', ['IRN SANCTION european-union']],
];

describe('coreference across sentences and unrealised events', () => {
  it.each(ARTICLES)('%s', (text, expected) => {
    expect(_triples(_extract(text))).toEqual([...expected].sort());
  });

  it('marks a resolved relation and lowers its confidence', () => {
    const x = _extract('Putin met Raisi in Tehran. He also held talks with Erdogan.');
    const resolved = x.relations.find((r) => r.target === 'recep-tayyip-erdogan');
    const direct = x.relations.find((r) => r.target === 'ebrahim-raisi');
    expect(resolved?.rule).toMatch(/\+coref$/);
    expect(direct?.rule).not.toMatch(/\+coref$/);
    expect(resolved!.confidence).toBeLessThan(direct!.confidence);
    // no mention is added for the pronoun
    expect(x.mentions.map((m) => m.text)).toEqual(['Putin', 'Raisi', 'Tehran', 'Erdogan']);
  });
});
