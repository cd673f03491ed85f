// Unit tests every pass shares: is this unit a word, a preposition, a verb, a nominal, a class noun.
import {
  articles,
  bodyRoleNouns,
  nounClasses,
  perfectAuxiliaries,
  possessiveDeterminers,
  prepositions,
} from '../lexicon.ts';
import { rulesByNoun, rulesByVerb, verbLemmas } from '../rules.ts';
import type { ActorUnit, Unit, WordUnit } from '../units.ts';
import type { VerbInfo } from './types.ts';

export const word = (u: Unit | undefined): WordUnit | null => (u?.kind === 'word' ? u : null);

/** compromise's root, or the rule verb a conjugated form belongs to ("shelling" read as a noun root). */
export const lemmaOf = (w: WordUnit): string =>
  rulesByVerb.has(w.root) ? w.root : (verbLemmas.get(w.lower) ?? (w.root || w.lower));

export const isPrep = (u: Unit | undefined): boolean => {
  const w = word(u);
  return !!w && (w.tags.has('Preposition') || prepositions.has(w.lower));
};

/** A verb-tagged word used as a noun: "the U.S. strikes", "Russian attacks on", "new sanctions". */
/** An article or a possessive determiner: what opens a noun phrase ("that" may open a relative clause). */
function opensNounPhrase(w: WordUnit | null | undefined): boolean {
  return !!w && (articles.has(w.lower) || possessiveDeterminers.has(w.lower));
}

export function isNominal(units: Unit[], i: number): boolean {
  const w = word(units[i])!;
  const prev = units[i - 1];
  const pw = word(prev);
  // "the internationally recognized government": a participle between a determiner (and adverbs) and its
  // noun modifies the noun.
  const noun = word(units[i + 1]);
  const nounAfter =
    (noun?.tags.has('Noun') && !noun.tags.has('Pronoun')) || units[i + 1]?.kind === 'actor';
  if (w.tags.has('PastTense') && nounAfter) {
    let b = i - 1;
    while (word(units[b])?.tags.has('Adverb')) b--;
    if (b < i - 1 ? word(units[b])?.tags.has('Determiner') : opensNounPhrase(word(units[b])))
      return true;
  }
  // "a face-to-face meeting", "the planned talks": a gerund after a determiner, or after a hyphenated
  // modifier that follows one, heads a noun phrase.
  if (w.tags.has('Gerund') && pw) {
    if (opensNounPhrase(pw)) return true;
    let b = i - 1;
    while (b > 0 && /-/.test(word(units[b - 1])?.term.post ?? '')) b--;
    if (b < i - 1 && opensNounPhrase(word(units[b - 1]))) return true;
  }
  // Past-tense forms are verbs; only noun-like forms ("strikes", "attack") can head a noun phrase.
  if (w.tags.has('PastTense') || w.tags.has('Gerund')) return false;
  // "Israeli warplanes bombed": a present form right before a past verb is the subject noun.
  const after = word(units[i + 1]);
  if (
    w.tags.has('PresentTense') &&
    after?.tags.has('Verb') &&
    after.tags.has('PastTense') &&
    !after.tags.has('Auxiliary')
  )
    return true;
  // "rebel positions in": a present form between a noun and a preposition is a plural noun.
  const following = units[i + 1];
  if (
    w.tags.has('PresentTense') &&
    pw?.tags.has('Noun') &&
    !pw.tags.has('Pronoun') &&
    !pw.tags.has('ProperNoun') &&
    (following === undefined || isPrep(following) || word(following)?.lower === ',')
  )
    return true;
  // "in funds for Ukraine", "of attacks on": a present form right after a preposition is a noun.
  if (
    w.tags.has('PresentTense') &&
    !w.tags.has('Infinitive') &&
    pw &&
    pw.lower !== 'to' &&
    isPrep(prev) &&
    !units[i + 1]?.kind.startsWith('actor')
  )
    return true;
  // "artillery shells", "drone strikes": a class noun after a noun.
  if (
    pw?.tags.has('Noun') &&
    !pw.tags.has('Pronoun') &&
    Object.values(nounClasses).some((c) => c.has(w.lower))
  )
    return true;
  if (
    pw &&
    (pw.tags.has('Determiner') ||
      pw.tags.has('Adjective') ||
      pw.tags.has('Possessive') ||
      pw.tags.has('Value'))
  )
    return true;
  if (
    prev?.kind === 'actor' &&
    (prev.possessive || (rulesByNoun.has(w.lower) && word(units[i - 2])?.tags.has('Determiner')))
  )
    return true;
  const next = word(units[i + 1]);
  if (
    rulesByNoun.has(w.lower) &&
    next &&
    rulesByNoun
      .get(w.lower)!
      .some((r) => r.targetPreps.includes(next.lower) || r.symmetricPreps?.includes(next.lower))
  ) {
    return prev?.kind === 'actor' || !!pw?.tags.has('Noun');
  }
  return false;
}

export function isVerb(units: Unit[], i: number): boolean {
  const w = word(units[i]);
  if (!w) return false;
  // "Ukraine cut diplomatic ties": a rule verb compromise tagged as a noun, right after its subject.
  const prev = units[i - 1];
  if (
    !w.tags.has('Verb') &&
    rulesByVerb.has(w.lower) &&
    prev?.kind === 'actor' &&
    !prev.possessive &&
    !word(units[i - 2])?.tags.has('Determiner') &&
    !!word(units[i + 1]) &&
    !word(units[i + 1])!.tags.has('Verb')
  )
    return true;
  if (headlineVerb(units, i)) return true;
  // "Tajik forces fired at": a body noun after its actor, before the verb, is the subject's head.
  if (
    prev?.kind === 'actor' &&
    bodyRoleNouns.has(w.lower) &&
    !!word(units[i + 1])?.tags.has('Verb')
  )
    return false;
  // "they had cut ties": a rule verb compromise tagged as a noun after a perfect auxiliary.
  if (
    !w.tags.has('Verb') &&
    rulesByVerb.has(w.lower) &&
    perfectAuxiliaries.has(word(prev)?.lower ?? '')
  )
    return true;
  if (!w.tags.has('Verb') || w.tags.has('Auxiliary') || w.tags.has('Copula')) return false;
  return !isNominal(units, i);
}

/**
 * "Turkey hosts Putin, pledges support for …": a headline (no article anywhere) writes its verbs in the
 * present, and compromise reads "hosts", "pledges" as plural nouns. A rule verb's -s form is a verb right
 * after its actor subject, or after "," / "and" that follows such a verb.
 */
export function headlineVerb(units: Unit[], i: number): boolean {
  const w = word(units[i]);
  if (!w || !w.tags.has('Plural') || !w.lower.endsWith('s') || w.tags.has('ProperNoun'))
    return false;
  if (!rulesByVerb.has(verbLemmas.get(w.lower) ?? '')) return false;
  if (units.some((u) => articles.has(word(u)?.lower ?? ''))) return false;
  const next = word(units[i + 1]);
  const prev = units[i - 1];
  if (prev?.kind === 'actor') return !next?.tags.has('Verb') && !prev.possessive && !prev.compound;
  const link = word(prev)?.lower;
  if ((link !== ',' && link !== 'and') || next?.tags.has('PastTense')) return false;
  for (let j = i - 2; j > 0; j--) if (headlineVerb(units, j)) return true;
  return false;
}

/** "Turkish military units (have begun to) move": the subject's span or the words after it name the class. */
export function subjectNames(units: Unit[], info: VerbInfo, cls: string): boolean {
  return actorNames(units, info.subject!, cls, info.index);
}

/**
 * "Chilean coast guard ships", "tanks from Russia": the actor's role head, the words after it (before `end`),
 * or a class word before "from"/"of" and the actor, name the class.
 */
export function actorNames(units: Unit[], actor: ActorUnit, cls: string, end: number): boolean {
  const at = units.indexOf(actor);
  if (at < 0) return false;
  if (actor.head && nounClasses[cls]?.has(actor.head)) return true;
  // "tanks from Russia", "troops of the junta": the class word before the subject and its preposition.
  const link = word(units[at - 1])?.lower;
  if ((link === 'from' || link === 'of') && hasClassWord(units, cls, at - 5, at - 1)) return true;
  return hasClassWord(units, cls, at + 1, Math.min(at + 4, end));
}

/** Whether a noun class word lies in units [from, to). Two-word entries ("military aid") count too. */
export function hasClassWord(units: Unit[], cls: string, from: number, to: number): boolean {
  const words = nounClasses[cls];
  if (!words) return false;
  for (let k = Math.max(0, from); k < Math.min(units.length, to); k++) {
    const u = units[k];
    if (u?.kind === 'actor' && u.head && words.has(u.head)) return true;
    const w = word(u);
    if (!w) continue;
    // "pledged not to support the YPG": an infinitive is an act, not the rule's noun.
    if (w.tags.has('Verb') && word(units[k - 1])?.lower === 'to') continue;
    if (words.has(w.lower) || words.has(w.root)) return true;
    const next = word(units[k + 1]);
    if (next && words.has(`${w.lower} ${next.lower}`)) return true;
  }
  return false;
}
