// Rules for verbs the rule file lacks, in the rule file's own shape: a generic rule per type, or a known verb's rules.
import {
  allegationVerbs,
  casualtyVerbs,
  causativeVerbs,
  denialVerbs,
  eventBlockingVerbs,
  exposureVerbs,
  lightVerbs,
  mediationVerbs,
  modalAuxiliaries,
  motionWords,
  objectControlVerbs,
  planVerbs,
  reactionVerbs,
  refusalVerbs,
  responsibilityVerbs,
  speechVerbs,
  threatVerbs,
} from '../lexicon.ts';
import type { VerbRule } from '../rules.ts';

/**
 * Verbs with a role of their own in the lexicon (speech, plans, light verbs, motion, mediation ...): the frames
 * handle them, so they are never coded through CAMEO or WordNet ("said" would otherwise meet through "tell").
 */
export function hasLexiconRole(verb: string): boolean {
  return (
    [
      allegationVerbs,
      casualtyVerbs,
      causativeVerbs,
      denialVerbs,
      exposureVerbs,
      lightVerbs,
      mediationVerbs,
      motionWords,
      objectControlVerbs,
      reactionVerbs,
      refusalVerbs,
      responsibilityVerbs,
      speechVerbs,
      threatVerbs,
    ].some((set) => set.has(verb)) ||
    verb in planVerbs ||
    verb in modalAuxiliaries ||
    eventBlockingVerbs.has(verb)
  );
}

/** Rules whose meaning rides on the verb alone, so another verb can take them over. */
export function isCopyable(rule: VerbRule): boolean {
  return (
    !rule.particle &&
    !rule.objectParticles &&
    !rule.complement &&
    !rule.voice &&
    !rule.targetTypes &&
    !rule.intransitive
  );
}

/** Per relation type, its plainest rule with the most verbs ("attack" for ATTACK): the template for CAMEO verbs. */
export function genericRules(rules: VerbRule[]): Map<string, VerbRule> {
  const generic = new Map<string, VerbRule>();
  for (const rule of rules) {
    if (!isPlain(rule) || rule.inverse) continue;
    const best = generic.get(rule.type);
    if (!best || rule.verbs.length > best.verbs.length) generic.set(rule.type, rule);
  }
  return generic;
}

/** Rules another verb may take over: copyable and needing no object noun ("impose" + SANCTIONS stays with "impose"). */
export function isPlain(rule: VerbRule): boolean {
  return isCopyable(rule) && !rule.requires;
}

/** The relation types of a known verb's plain rules as one key ("ATTACK", "CONSULT+SUPPORT"); '' when it has none. */
export function typeKey(rules: VerbRule[]): string {
  return [...new Set(rules.filter(isPlain).map((r) => r.type))].sort().join('+');
}
