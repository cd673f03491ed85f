// Compound and phrase rules: "the Iranian-backed Houthis", "at odds with".
import { negators, phraseRelationGap } from '../lexicon.ts';
import { compoundRules, phraseRules } from '../rules.ts';
import type { ActorUnit, Unit } from '../units.ts';
import { pairs } from './found.ts';
import { type FoundRelation, MODIFIER_TAGS } from './types.ts';
import { isPrep, word } from './words.ts';

/** "the Iranian-backed Houthis": a hyphenated compound relating its actor to the actor it modifies. */
export function findCompoundRelations(units: Unit[]): FoundRelation[] {
  const found: FoundRelation[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== 'actor' || !u.compound) continue;
    const rule = compoundRules.find((r) => r.participles.includes(u.compound!));
    if (!rule) continue;
    // The participle, then modifiers, then the modified actor.
    for (let k = i + 2; k < units.length && k < i + 5; k++) {
      const t = units[k];
      if (t.kind === 'actor') {
        found.push(...pairs(u, t, rule.type, rule.id, rule.confidence, null, 'asserted'));
        break;
      }
      if (!MODIFIER_TAGS.some((tag) => t.tags.has(tag)) || isPrep(t) || t.tags.has('Plural')) break;
    }
  }
  return found;
}

/** Phrase rules' word sequences, longest first. */
const PHRASES = phraseRules
  .flatMap((rule) => rule.phrases.map((p) => ({ rule, words: p.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * "Turkey remains at odds with Sweden", "Hungary, long at loggerheads with Brussels,", "Israel at war with
 * Hamas": a relation phrase after its actor (across copulas, adverbs and commas only) and before its target.
 */
export function findPhraseRelations(units: Unit[]): FoundRelation[] {
  const found: FoundRelation[] = [];
  for (let i = 0; i < units.length; i++) {
    let end = i;
    const hit = PHRASES.find(({ words }) => {
      // Adjectives may sit inside the phrase: "locked in a bitter feud with".
      let k = i;
      for (const [j, w] of words.entries()) {
        while (j > 0 && word(units[k])?.lower !== w && word(units[k])?.tags.has('Adjective')) k++;
        if (word(units[k])?.lower !== w) return false;
        k++;
      }
      end = k;
      return true;
    });
    if (!hit) continue;
    const { rule } = hit;
    let source: ActorUnit | null = null;
    for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
      const u = units[k];
      if (u.kind === 'actor') {
        if (!u.place && !u.compound && !u.possessive) source = u;
        break;
      }
      if (!phraseRelationGap.has(u.lower) && u.lower !== ',' && !u.tags.has('Adverb')) break;
      if (negators.has(u.lower) || u.tags.has('Negative')) break;
    }
    let target: ActorUnit | null = null;
    for (let k = end; k < units.length && k < end + 3; k++) {
      const u = units[k];
      if (u.kind === 'actor') {
        if (!u.compound && (!u.place || rule.type === 'ATTACK')) target = u;
        break;
      }
      if (!u.tags.has('Determiner')) break;
    }
    if (source && target)
      found.push(...pairs(source, target, rule.type, rule.id, rule.confidence, null, 'asserted'));
  }
  return found;
}
