// The subject of a verb frame: the nearest actor in its clause, through appositions, relatives and fronted clauses.
import {
  appositiveDeterminers,
  bodyRoleNouns,
  clauseLinks,
  clauseStops,
  coAgentLinks,
  concessives,
  describedStateNouns,
  perfectAuxiliaries,
  pronouns,
  relativePronouns,
  roleNouns,
  speechVerbs,
  subordinators,
} from '../lexicon.ts';
import type { ActorUnit, Unit, WordUnit } from '../units.ts';
import { isConjoined, timePhraseEnd } from './clauses.ts';
import { mergeActors } from './found.ts';
import { MODIFIER_TAGS, type VerbInfo } from './types.ts';
import { hasClassWord, headlineVerb, isNominal, isPrep, isVerb, word } from './words.ts';

/** ", a move Paris denounced", ", a step the EU welcomed": the subject follows a comma, determiner and noun. */
export function objectGapRelative(units: Unit[], info: VerbInfo): boolean {
  const at = units.indexOf(info.subject!);
  if (at < 3 || info.chainStart !== at + 1 || info.subject!.possessive) return false;
  let k = at - 1;
  if (!word(units[k])?.tags.has('Noun')) return false;
  k--;
  if (word(units[k])?.tags.has('Adjective') && !word(units[k])?.tags.has('Determiner')) k--;
  return (
    appositiveDeterminers.has(word(units[k])?.lower ?? '') && word(units[k - 1])?.lower === ','
  );
}

/** A past participle followed by its "by" agent. */
export function byParticiple(units: Unit[], v: number): boolean {
  const w = word(units[v])!;
  return (
    (w.tags.has('PastTense') || w.tags.has('Participle')) && word(units[v + 1])?.lower === 'by'
  );
}

/** ", a move welcomed by Washington": a participle with a "by" agent after a comma, determiner and noun. */
export function appositiveParticiple(units: Unit[], v: number): boolean {
  const w = word(units[v])!;
  if (!(w.tags.has('PastTense') || w.tags.has('Participle')) || word(units[v + 1])?.lower !== 'by')
    return false;
  let k = v - 1;
  if (!word(units[k])?.tags.has('Noun')) return false;
  k--;
  if (word(units[k])?.tags.has('Adjective') && !word(units[k])?.tags.has('Determiner')) k--;
  return (
    appositiveDeterminers.has(word(units[k])?.lower ?? '') && word(units[k - 1])?.lower === ','
  );
}

/** The subject of the nearest earlier verb that has one: the clause an apposition comments on. */
export function mainClauseSubject(
  units: Unit[],
  v: number,
  infoOf: (v: number) => VerbInfo,
): ActorUnit | null {
  for (let k = v - 4; k >= 0; k--) {
    if (word(units[k])?.lower === ';') return null;
    if (isVerb(units, k) && infoOf(k).subject) return infoOf(k).subject;
  }
  return null;
}

/**
 * "Qatar's mediation drew praise", "the Israeli decision, condemned by Jordan,": the owner of the noun phrase
 * that opens the sentence before the verb at `end`, as the agent of what it names.
 */
export function nounPhraseOwner(units: Unit[], end: number): ActorUnit | null {
  for (let k = 0; k < end; k++) {
    const u = units[k];
    if (u.kind !== 'actor') {
      if (u.lower === ',' || u.lower === ';' || isPrep(u)) return null;
      continue;
    }
    const next = word(units[k + 1]);
    const attributive = !!next?.tags.has('Noun') && !next.tags.has('ProperNoun');
    return !u.place && !u.compound && (u.possessive || attributive) ? u : null;
  }
  return null;
}

/**
 * "Chile, which has long backed the rebels, condemned Bolivia": the actor before a relative clause set off by
 * commas is the subject of the verb right after the closing comma.
 */
function relativeParenthesisHead(units: Unit[], chainStart: number): ActorUnit | null {
  if (word(units[chainStart - 1])?.lower !== ',') return null;
  for (let k = chainStart - 2; k >= 2 && k >= chainStart - 16; k--) {
    const w = word(units[k]);
    if (!w) continue;
    if (w.lower === ';' || w.lower === ':') return null;
    if (!relativePronouns.has(w.lower)) continue;
    if (word(units[k - 1])?.lower !== ',') return null;
    // "The US and its allies, which …": the named party heads a short phrase of nouns.
    // "and its allies": a possessive actor inside that phrase modifies a noun; it is not the head.
    let h = k - 2;
    while (
      h >= 0 &&
      h >= k - 6 &&
      (units[h].kind === 'word' || (units[h] as ActorUnit).possessive)
    ) {
      const n = word(units[h]);
      if (
        n &&
        !['Noun', 'Adjective', 'Determiner', 'Possessive', 'Pronoun'].some((t) => n.tags.has(t)) &&
        n.lower !== 'and'
      )
        return null;
      h--;
    }
    const head = units[h];
    if (head?.kind !== 'actor' || head.place || head.possessive || head.compound) return null;
    return isPrep(units[h - 1]) ? null : head;
  }
  return null;
}

/** "…, with Iran and Russia supporting Assad": in an absolute clause the actor after "with" acts. */
function absoluteClauseSubject(units: Unit[], info: VerbInfo): ActorUnit | null {
  const actor = units[info.chainStart - 1];
  return info.chainStart === info.index &&
    !!word(units[info.index])?.tags.has('Gerund') &&
    actor?.kind === 'actor' &&
    !actor.possessive &&
    !actor.place &&
    word(units[info.chainStart - 2])?.lower === 'with'
    ? actor
    : null;
}

const DASHES = new Set(['—', '–']);

/** "Tchiani – who has declared himself Niger's leader – warned …": the actor before a pair of dashes. */
function dashParenthesisHead(units: Unit[], chainStart: number): ActorUnit | null {
  if (!DASHES.has(word(units[chainStart - 1])?.root ?? '')) return null;
  for (let k = chainStart - 2; k >= 1 && k >= chainStart - 20; k--) {
    const w = word(units[k]);
    if (w?.lower !== ';') continue;
    const head = units[k - 1];
    return DASHES.has(w.root) &&
      head?.kind === 'actor' &&
      !head.possessive &&
      !head.place &&
      !head.compound
      ? head
      : null;
  }
  return null;
}

/** The subject of a verb with no governor: the nearest actor to its left in the same clause. */
export function findSubject(units: Unit[], info: VerbInfo, infoOf: (v: number) => VerbInfo): void {
  // "filed a case accusing Israel", but not "accused the West of prolonging": no preposition before it.
  const participial =
    info.chainStart === info.index &&
    !!word(units[info.index])?.tags.has('Gerund') &&
    !isPrep(units[info.chainStart - 1]);
  const parenthesised =
    relativeParenthesisHead(units, info.chainStart) ??
    dashParenthesisHead(units, info.chainStart) ??
    absoluteClauseSubject(units, info);
  if (parenthesised) {
    info.subject = parenthesised;
    return;
  }
  // "Lavrov met Wang Yi in Moscow and praised ...": "and" right before the verb joins a second predicate.
  // "Turkey hosts Putin, pledges support": a headline joins its predicates with a comma alone.
  if (
    clauseLinks.has(word(units[info.chainStart - 1])?.lower ?? '') ||
    (word(units[info.chainStart - 1])?.lower === ',' && headlineVerb(units, info.chainStart))
  ) {
    const shared = earlierPredicate(units, info.chainStart - 1, infoOf);
    if (shared) {
      info.subject = shared.subject;
      info.pronounSubject = shared.pronounSubject;
      return;
    }
  }
  for (let k = info.chainStart - 1; k >= 0 && k >= info.chainStart - 16; k--) {
    const u = units[k];
    if (u.kind === 'actor' && u.compound) continue;
    if (u.kind === 'actor') {
      const before = word(units[k - 1]);
      // "after Ankara blamed the PKK": a subordinator, not a preposition, when the verb follows at once.
      // "since Russian troops had seized", "as Azerbaijan on Tuesday launched": a body noun or a time
      // phrase may follow the actor before the verb.
      const headEnd = timePhraseEnd(
        units,
        bodyRoleNouns.has(word(units[k + 1])?.lower ?? '') ? k + 2 : k + 1,
      );
      const subordinated =
        !!before && subordinators.has(before.lower) && headEnd === info.chainStart;
      // "at the ICJ": a determiner may stand between the preposition and its object.
      const prepAt = before?.tags.has('Determiner') && isPrep(units[k - 2]) ? k - 2 : k - 1;
      const objectOfPrep =
        before &&
        !subordinated &&
        isPrep(units[prepAt]) &&
        // "told reporters that Russia had ...": "that" introduces a clause, not an object.
        word(units[prepAt])?.lower !== 'that' &&
        !(
          (before.lower === 'of' || before.lower === 'in' || before.lower === 'from') &&
          (roleNouns.has(word(units[k - 2])?.lower ?? '') ||
            // "tanks from Russia crossed into": a military noun before "from" is the actor's.
            (before.lower === 'from' && hasClassWord(units, 'TROOPS', k - 3, k - 1)))
        );
      // "showed six Chinese ships blocking …": a number before the actor still leaves it the verb's object.
      const counted = word(units[k - 1])?.tags.has('Value') ? word(units[k - 2]) : null;
      if (objectOfPrep || takesObject(counted) || (takesObject(before) && k - 1 > 0)) {
        // An object of an earlier verb: the shared subject comes from that verb ("attacked Kyiv and shelled Odesa").
        if (before?.tags.has('Verb') && isConjoined(units, k + 1, info.chainStart)) {
          const shared = infoOf(k - 1);
          info.subject = shared.subject;
          info.pronounSubject = shared.pronounSubject;
          return;
        }
        if (objectOfPrep || participial) continue;
        return;
      }
      info.subject = appositionHead(units, k, info.chainStart) ?? u;
      return;
    }
    const w = u as WordUnit;
    // "The state broadcaster said the country had chosen ...": a description naming no one stands for
    // the state the sentence has named, as a pronoun does.
    const described =
      describedStateNouns.has(w.lower) &&
      word(units[k - 1])?.lower === 'the' &&
      k + 1 === info.chainStart;
    if (pronouns.has(w.lower) || described) {
      info.pronounSubject = true;
      // "Although Riyadh had courted Washington, it opened talks": the pronoun after a fronted clause.
      info.subject = frontedClauseSubject(units, k);
      return;
    }
    if (relativePronouns.has(w.lower) || (w.lower === 'that' && !w.tags.has('Determiner'))) {
      const prev =
        units[k - 1]?.kind === 'actor'
          ? units[k - 1]
          : word(units[k - 1])?.lower === ','
            ? units[k - 2]
            : undefined;
      if (prev?.kind === 'actor') info.subject = prev;
      return;
    }
    if (w.lower === ';' || w.lower === ':') return;
    if (
      w.tags.has('Verb') &&
      !w.tags.has('Auxiliary') &&
      !w.tags.has('Copula') &&
      !w.tags.has('Gerund') &&
      !w.tags.has('Participle') &&
      !isNominal(units, k)
    ) {
      // "said Russia attacked": the reported clause has its own subject; but "confirmed the incident,
      // labelling X as …": a participle clause shares the speech verb's subject.
      if (w.lower === 'that' || (speechVerbs.has(w.root) && !participial)) return;
      // "Houthi rebels armed by Iran attacked …": a reduced participle phrase sits inside the subject.
      if (infoOf(k).reduced) continue;
      // "Russia attacked Ukraine and shelled ...": reached the earlier verb itself.
      // "filed a case at the ICJ accusing Israel": a participle clause shares the clause's subject.
      if (isConjoined(units, k + 1, info.chainStart) || participial) {
        const shared = infoOf(k);
        info.subject = shared.subject;
        info.pronounSubject = shared.pronounSubject;
        // "failed to adopt a resolution condemning ...": the participle shares the verb's negation.
        if (participial && !isConjoined(units, k + 1, info.chainStart)) {
          info.governor = shared;
          info.governorLink = 'gerund';
        }
      }
      return;
    }
  }
}

/**
 * "Weeks after meeting Xi Jinping, Lula flew …": for a gerund in a clause that opens the sentence, the main
 * clause's verb (after the comma and its actor subject), or null.
 */
export function frontedGerundVerb(
  units: Unit[],
  v: number,
  verbAt: (units: Unit[], i: number) => boolean,
): number | null {
  // Only at the start: "After meeting", "Weeks after meeting", "Shortly after meeting".
  if (v - 1 > 2) return null;
  for (let k = v + 1; k < units.length && k < v + 12; k++) {
    const w = word(units[k]);
    if (w?.lower === ';' || w?.lower === ':') return null;
    if (w?.lower !== ',') continue;
    const subject = units[k + 1];
    if (subject?.kind !== 'actor' || subject.possessive || subject.place) return null;
    for (let j = k + 2; j < units.length && j <= k + 4; j++) if (verbAt(units, j)) return j;
    return null;
  }
  return null;
}

/**
 * "Although Riyadh had long courted Washington, it …", "After Islamabad closed the border, it …": a
 * pronoun subject right after a fronted subordinate clause stands for that clause's subject.
 */
function frontedClauseSubject(units: Unit[], k: number): ActorUnit | null {
  if (k < 3 || word(units[k - 1])?.lower !== ',') return null;
  const lead = word(units[0])?.lower ?? '';
  if (!subordinators.has(lead) && !concessives.has(lead)) return null;
  for (let j = 1; j < k - 1; j++) {
    const u = units[j];
    if (word(u)?.lower === ',') return null;
    if (u.kind !== 'actor') continue;
    if (u.possessive || u.compound || u.place || u.pronoun) return null;
    return isVerb(units, j + 1) || perfectAuxiliaries.has(word(units[j + 1])?.lower ?? '')
      ? u
      : null;
  }
  return null;
}

/** The finite verb of the predicate before "and", in the same clause. */
function earlierPredicate(
  units: Unit[],
  from: number,
  infoOf: (v: number) => VerbInfo,
): VerbInfo | null {
  for (let k = from - 1; k >= 0 && k > from - 14; k--) {
    const w = word(units[k]);
    if (!w) continue;
    if (w.lower === ';' || w.lower === ':' || relativePronouns.has(w.lower)) return null;
    if (
      isVerb(units, k) &&
      !w.tags.has('Gerund') &&
      !w.tags.has('Participle') &&
      !speechVerbs.has(w.root)
    )
      return infoOf(k).subject ? infoOf(k) : null;
  }
  return null;
}

/** "Rafael Grossi, the head of the UN watchdog, met ...": the name before an apposition set off by commas. */
function appositionHead(units: Unit[], k: number, chainStart: number): ActorUnit | null {
  if (word(units[chainStart - 1])?.lower !== ',') return null;
  for (let j = k - 1; j >= 0 && j > k - 8; j--) {
    const u = units[j];
    if (u.kind === 'actor') continue;
    if (u.lower === ',') {
      const head = units[j - 1];
      return head?.kind === 'actor' && !head.place && !head.possessive ? head : null;
    }
    if (isVerb(units, j) || (!MODIFIER_TAGS.some((t) => u.tags.has(t)) && !isPrep(u))) return null;
  }
  return null;
}

/** "travelled to Moscow to meet Putin": the clause's verb before the object phrase a purpose infinitive follows. */
export function purposeGovernor(
  units: Unit[],
  from: number,
  infoOf: (v: number) => VerbInfo,
): VerbInfo | null {
  for (let k = from; k >= 0 && k > from - 8; k--) {
    const w = word(units[k]);
    if (!w) continue;
    if (
      w.lower === ',' ||
      w.lower === ';' ||
      clauseStops.has(w.lower) ||
      relativePronouns.has(w.lower)
    )
      return null;
    if (isVerb(units, k))
      return w.tags.has('Gerund') || w.tags.has('Participle') ? null : infoOf(k);
  }
  return null;
}

/** The party a pronoun subject after a noun stands for ("the systems it delivered"): the nearest earlier one. */
export function gapAntecedent(units: Unit[], chainStart: number): ActorUnit | null {
  let k = chainStart - 2;
  if (!pronouns.has(word(units[k + 1])?.lower ?? '')) return null;
  if (word(units[k])?.lower === 'that' || word(units[k])?.lower === 'which') k--;
  if (!word(units[k])?.tags.has('Noun')) return null;
  for (k--; k >= 0; k--) {
    const u = units[k];
    if (word(u)?.lower === ';') return null;
    // Not a place, an owner, a pronoun, or a modifier of the next noun ("the Patriot systems").
    if (u.kind !== 'actor' || u.place || u.possessive || u.pronoun || u.compound) continue;
    if (word(units[k + 1])?.tags.has('Noun')) continue;
    return u;
  }
  return null;
}

/** "Houthi rebels armed by Iran": a bare past participle after a noun, with a "by" actor. */
export function reducedParticiple(units: Unit[], v: number, chainStart: number): boolean {
  const w = word(units[v])!;
  if (chainStart !== v || !(w.tags.has('PastTense') || w.tags.has('Participle'))) return false;
  // ", a move welcomed by Washington" is an apposition on the clause, handled apart.
  if (appositiveParticiple(units, v)) return false;
  if (word(units[v + 1])?.lower !== 'by') return false;
  const agent = word(units[v + 2])?.tags.has('Determiner') ? units[v + 3] : units[v + 2];
  if (agent?.kind !== 'actor') return false;
  const before = units[v - 1];
  if (before?.kind === 'actor') return !before.possessive && !before.pronoun;
  const bw = word(before);
  return !!bw && bw.tags.has('Noun') && !bw.tags.has('Pronoun') && !isVerb(units, v - 1);
}

/** "Iran was admitted to BRICS alongside Egypt": actors named "alongside" the verb share its subject. */
export function withCoAgents(units: Unit[], v: number, subject: ActorUnit): ActorUnit {
  for (let k = v + 1; k < units.length && k < v + 14; k++) {
    const w = word(units[k]);
    if (!w) continue;
    if (clauseStops.has(w.lower) || w.lower === ';' || w.lower === 'that' || isVerb(units, k))
      break;
    if (!coAgentLinks.has(w.lower)) continue;
    const at = word(units[k + 1])?.lower === 'with' ? k + 2 : k + 1;
    const next = word(units[at])?.tags.has('Determiner') ? units[at + 1] : units[at];
    if (next?.kind === 'actor' && !next.place) return mergeActors(subject, next);
  }
  return subject;
}

/** A main verb other than a speech verb: an actor right after it is its object, not a new subject. */
function takesObject(w: WordUnit | null | undefined): w is WordUnit {
  return (
    !!w?.tags.has('Verb') &&
    !w.tags.has('Auxiliary') &&
    !w.tags.has('Copula') &&
    !speechVerbs.has(w.root)
  );
}
