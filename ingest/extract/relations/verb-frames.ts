// Verb frames: the first rule of a verb whose particle, noun class and frame fit.
import { articles, lightParticles, pronouns, supportVerbs } from '../lexicon.ts';
import type { VerbRule } from '../rules.ts';
import type { ActorUnit, Unit } from '../units.ts';
import { clauseWordEnd, timePhraseEnd } from './clauses.ts';
import { sameActors } from './found.ts';
import { findAgent, findObject, withParallelObjects } from './object.ts';
import { withCoAgents } from './subject.ts';
import type { VerbInfo, VerbOutcome } from './types.ts';
import { actorNames, hasClassWord, subjectNames, word } from './words.ts';

/** First rule whose particle, required noun class and frame fit: source and target for the verb. */
export function applyVerbRules(
  units: Unit[],
  info: VerbInfo,
  rules: VerbRule[],
  speaker: ActorUnit | null = null,
): VerbOutcome | null {
  const v = info.index;
  let placeFallback: VerbOutcome | null = null;
  // Read once for the verb, when a rule first needs it in the passive.
  let passiveSubject: PassiveSubject | null = null;
  for (const rule of rules) {
    // One welcomes a move, not a visit: an appositive event takes no consultation.
    if (info.appositive && rule.type === 'CONSULT') continue;
    let start = v + 1;
    if (rule.particle) {
      if (word(units[start])?.lower !== rule.particle) continue;
      start++;
    } else if (rule.requires && lightParticles.has(word(units[start])?.lower ?? '')) start++;
    // "approved on Monday the transfer of …": a time phrase before the object is no part of it.
    start = timePhraseEnd(units, start);
    if (rule.voice === 'passive') {
      if (!info.passive || !info.subject) continue;
      const target = findObject(units, start, rule, info.subject);
      if (!target) continue;
      return { source: withCoAgents(units, v, info.subject), target, rule };
    }
    if (info.passive) {
      // "Hamas will be held accountable (by Israel)": a blame frame's word right after the passive verb; the
      // agent blames the passive subject, or else the one who says so.
      if (rule.objectParticles) {
        if (!info.subject || !rule.objectParticles.includes(word(units[start])?.lower ?? ''))
          continue;
        const blamer = findAgent(units, start + 1) ?? speaker;
        if (!blamer || sameActors(blamer, info.subject)) continue;
        return { source: blamer, target: info.subject, rule };
      }
      // A complement frame ("called NATO a threat") is not read in the passive.
      if (rule.complement) continue;
      // "Sanctions were imposed on Iran by the EU", "Iranian drones were delivered to Russia": the passive
      // subject may be the rule's noun itself, with its maker as the agent when no "by" names one.
      const { modifierSubject, subjectPhrase } = (passiveSubject ??= readPassiveSubject(
        units,
        info,
      ));
      const named =
        !!subjectPhrase &&
        !!rule.requires &&
        hasClassWord(units, rule.requires, subjectPhrase.from, info.chainStart);
      const agent = findAgent(units, start) ?? (named ? subjectPhrase!.maker : null);
      if (!agent) continue;
      // "blocked by Chilean ships", not "blocked by Chile": the agent names the class the rule's subject must.
      if (rule.subjectClass && !actorNames(units, agent, rule.subjectClass, units.length)) continue;
      let target = named && modifierSubject ? null : info.subject;
      if (!target || target === agent) target = findObject(units, start, rule, agent);
      if (!target) continue;
      if (
        rule.requires &&
        !named &&
        !hasClassWord(units, rule.requires, start, v + 12) &&
        !gapHasClass(units, info, rule.requires)
      )
        continue;
      return { source: agent, target, rule };
    }
    if (!info.subject) return null;
    if (rule.subjectClass && !subjectNames(units, info, rule.subjectClass)) continue;
    const target =
      findObject(units, start, rule, null, info.subject) ??
      (rule.type === 'CRITICIZE' || rule.type === 'SUPPORT' ? info.gapTarget : null) ??
      null;
    // The required noun lies before the target or just after it, not in a later clause ("wrote a letter to
    // Peru after Chile moved its troops to Bolivia": no troops went to Peru).
    const end = target ? clauseWordEnd(units, units.indexOf(target) + 1, 6, rule.requires) : v + 10;
    if (
      rule.requires &&
      !hasClassWord(units, rule.requires, start, end) &&
      !gapHasClass(units, info, rule.requires)
    )
      continue;
    // A rule that does not fit gives way to the verb's next rule ("hosted officials for talks" → visit).
    if (!target && !(rule.symmetric && info.subject.actorIds.length > 1)) continue;
    if (
      rule.complement &&
      !(target && hasComplement(units, units.indexOf(target), rule.complement))
    )
      continue;
    if (
      rule.objectParticles &&
      // The word follows an object after the verb: not "villages held by the PKK".
      !(
        target &&
        units.indexOf(target) > v &&
        hasParticleAfter(units, units.indexOf(target), rule.objectParticles)
      )
    )
      continue;
    // "called NATO a threat", "called NATO expansion a threat": a noun phrase after the object is a predicate.
    const targetAt = target ? units.indexOf(target) : -1;
    const afterTarget = target ? word(units[targetAt + 1]) : null;
    // "called the US plans a provocation": compromise may tag the noun as a verb; an article after it shows.
    const predicateAfter =
      !!afterTarget &&
      afterTarget.tags.has('Verb') &&
      articles.has(word(units[targetAt + 2])?.lower ?? '');
    if (
      rule.bareObject &&
      afterTarget &&
      (articles.has(afterTarget.lower) ||
        (afterTarget.tags.has('Noun') && !afterTarget.tags.has('Pronoun')) ||
        afterTarget.tags.has('Adjective') ||
        predicateAfter)
    )
      continue;
    if (rule.inverse) {
      if (!target) continue;
      return { source: target, target: info.subject, rule };
    }
    // "fired a missile over Japan and into the Pacific": a place target gives way to a later rule's party.
    if (target?.place && rules.indexOf(rule) < rules.length - 1) {
      placeFallback ??= { source: withCoAgents(units, v, info.subject), target, rule };
      continue;
    }
    info.target = target;
    return {
      source: withCoAgents(units, v, info.subject),
      target: target && withParallelObjects(units, target),
      rule,
    };
  }
  if (placeFallback) info.target = placeFallback.target;
  return placeFallback;
}

/** "sent its forces to Libya to support the government", "at the request of": a deployment in support. */
export function supportPurpose(units: Unit[], from: number): boolean {
  for (let k = from; k < units.length && k < from + 10; k++) {
    const w = word(units[k]);
    if (!w) continue;
    if (w.lower === ';') return false;
    if (w.lower === 'to' && supportVerbs.has(word(units[k + 1])?.root ?? '')) return true;
    // "to fight alongside Russian forces", "to serve alongside": acting beside the host's forces supports it.
    if (w.lower === 'to' && word(units[k + 2])?.lower === 'alongside') return true;
    // "at the request of", "at the government's request", "at Bamako's request".
    if (w.lower === 'request' && word(units[k - 1])?.lower === 'the') return true;
    if (
      w.lower === 'request' &&
      units.slice(Math.max(0, k - 4), k).some((u) => word(u)?.lower === 'at')
    )
      return true;
    if (w.lower === 'support' && word(units[k - 1])?.lower === 'in') return true;
  }
  return false;
}

interface PassiveSubject {
  /** The subject actor only modifies the noun phrase ("Iranian drones", "Russia's systems"). */
  modifierSubject: boolean;
  subjectPhrase: { from: number; maker: ActorUnit | null } | null;
}

function readPassiveSubject(units: Unit[], info: VerbInfo): PassiveSubject {
  const subjectAt = info.subject ? units.indexOf(info.subject) : -1;
  const modifierSubject =
    !!info.subject &&
    (info.subject.possessive || !!info.subject.compound || demonymBefore(units, subjectAt));
  const subjectPhrase =
    !info.subject || modifierSubject ? passiveSubjectPhrase(units, info.chainStart) : null;
  return { modifierSubject, subjectPhrase };
}

/**
 * The noun phrase a passive verb follows when it names no actor as a whole ("Cruise missiles", "Iranian drones",
 * "Russia's S-400 systems"): where it starts, and the demonym or owner that makes its goods (the last one).
 */
function passiveSubjectPhrase(
  units: Unit[],
  chainStart: number,
): { from: number; maker: ActorUnit | null } | null {
  let from = chainStart;
  let maker: ActorUnit | null = null;
  for (let k = chainStart - 1; k >= 0 && k >= chainStart - 6; k--) {
    const u = units[k];
    if (u.kind === 'actor') {
      if (u.place || u.pronoun || !(u.compound || u.possessive || demonymBefore(units, k))) break;
      maker ??= u;
      from = k;
      continue;
    }
    if (!u.tags.has('Noun') && !u.tags.has('Adjective') && !u.tags.has('Determiner')) break;
    if (u.tags.has('Pronoun')) break;
    from = k;
  }
  return from < chainStart ? { from, maker } : null;
}

/** An actor that modifies the noun after it ("Iranian drones"), not a subject of its own. */
function demonymBefore(units: Unit[], k: number): boolean {
  const next = word(units[k + 1]);
  return !!next && next.tags.has('Noun') && !next.tags.has('Pronoun');
}

/** "ordered French troops out", "held Iran responsible": a listed word after the target and its head nouns. */
export function hasParticleAfter(units: Unit[], at: number, particles: string[]): boolean {
  for (let k = at + 1; k < units.length && k <= at + 3; k++) {
    const w = word(units[k]);
    if (!w) return false;
    if (particles.includes(w.lower)) return true;
    if (!w.tags.has('Noun') && !w.tags.has('Adjective')) return false;
  }
  return false;
}

/**
 * The noun an object-gap relative or a reduced participle modifies: "the drones (that) Iran has delivered to
 * Russia", "missiles supplied by North Korea". Its class stands for the verb's missing object.
 */
function gapHasClass(units: Unit[], info: VerbInfo, cls: string): boolean {
  let k = info.chainStart - 1;
  if (!info.reduced) {
    const before = units[k];
    const subjectHere =
      (!!info.subject && before === info.subject) ||
      (word(before) !== null && pronouns.has(word(before)!.lower));
    if (!subjectHere) return false;
    k--;
    if (word(units[k])?.lower === 'that' || word(units[k])?.lower === 'which') k--;
  }
  const head = word(units[k]);
  return !!head && head.tags.has('Noun') && hasClassWord(units, cls, k, k + 1);
}

/** "ordered the ambassador to leave": "to" and one of the complement verbs a few units after the target. */
function hasComplement(units: Unit[], at: number, complement: string[]): boolean {
  for (let k = at + 1; k < units.length && k <= at + 4; k++) {
    const w = word(units[k]);
    if (!w) return false;
    if (w.lower === 'to') return complement.includes(word(units[k + 1])?.root ?? '');
  }
  return false;
}
