// A quoted criticism attributed to its speaker.
import { quoteCriticism, speechVerbs } from '../lexicon.ts';
import type { Unit } from '../units.ts';
import { pairs, sameActors } from './found.ts';
import type { FoundRelation } from './types.ts';
import { isVerb, word } from './words.ts';

/**
 * "“This is a reckless provocation,” Beijing said of the Philippine mission": a quotation attributed with
 * "X said of Y" is X's criticism of Y when its words condemn (quoteCriticism); a neutral quote gives nothing.
 */
export function findQuoteCriticism(units: Unit[], verbIndexes: number[]): FoundRelation[] {
  for (let q = 0; q < units.length - 3; q++) {
    const close = word(units[q]);
    if (!close || !/[”"]/.test(close.term.post)) continue;
    // The comma inside the quotation is its own unit, on the same term.
    const at = word(units[q + 1])?.term === close.term ? q + 1 : q;
    const speaker = units[at + 1];
    const verb = word(units[at + 2]);
    if (speaker?.kind !== 'actor' || speaker.possessive || speaker.place || speaker.pronoun)
      return [];
    if (!verb || !speechVerbs.has(verb.root) || !verbIndexes.includes(at + 2)) return [];
    if (word(units[at + 3])?.lower !== 'of') return [];
    if (!units.slice(0, q + 1).some((u) => quoteCriticism.has(word(u)?.lower ?? ''))) return [];
    for (let k = at + 4; k < units.length && k <= at + 8; k++) {
      const u = units[k];
      if (u.kind !== 'actor') {
        if (word(u)?.lower === ',' || isVerb(units, k)) return [];
        continue;
      }
      if (u.place || sameActors(u, speaker)) return [];
      return pairs(speaker, u, 'CRITICIZE', 'quote-of', 0.65, null, 'asserted');
    }
    return [];
  }
  return [];
}
