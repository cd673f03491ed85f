// The object of a verb frame: the actor a rule reaches through its prepositions, or a passive "by" agent.
import {
  absoluteOpeners,
  agentiveNouns,
  borderNouns,
  claimNouns,
  clauseLinks,
  clauseStops,
  compoundPrepositionHeads,
  directions,
  governingNouns,
  groupHeads,
  housingVerbs,
  mediationVerbs,
  nounClasses,
  ownerLinks,
  ownerListLinks,
  ownerParticiples,
  parallelObjectPrepositions,
  placeHeads,
  quantities,
  roleNouns,
  sitePrepositions,
  speechVerbs,
} from '../lexicon.ts';
import type { VerbRule } from '../rules.ts';
import type { ActorUnit, Unit, WordUnit } from '../units.ts';
import { firstContent } from './clauses.ts';
import { sameActors } from './found.ts';
import { MODIFIER_TAGS } from './types.ts';
import { hasClassWord, isNominal, isPrep, word } from './words.ts';

/** "... by Russia": the agent of a passive verb, a few units on. */
export function findAgent(units: Unit[], from: number): ActorUnit | null {
  for (let k = from; k < units.length && k < from + 10; k++) {
    const w = word(units[k]);
    const next = units[k + 1];
    if (w?.lower === 'by' && next?.kind === 'actor' && !next.compound) return next;
    if (
      w?.lower === 'by' &&
      word(units[k + 1])?.tags.has('Determiner') &&
      units[k + 2]?.kind === 'actor'
    )
      return units[k + 2] as ActorUnit;
    if (
      w &&
      (clauseStops.has(w.lower) ||
        (w.tags.has('Verb') &&
          !w.tags.has('Gerund') &&
          !w.tags.has('Participle') &&
          !w.tags.has('Auxiliary')))
    )
      return null;
  }
  return null;
}

/** The target: the first actor reached through one of the rule's prepositions ("" = direct object). */
export function findObject(
  units: Unit[],
  from: number,
  rule: VerbRule,
  exclude: ActorUnit | null,
  subject: ActorUnit | null = null,
): ActorUnit | null {
  let prep: string | null = null;
  let sawNoun = false;
  for (let k = from; k < units.length && k < from + 14; k++) {
    const u = units[k];
    // "seized an Israeli-linked ship": an owner compound names the target of an attack.
    if (
      u.kind === 'actor' &&
      u.compound &&
      rule.type === 'ATTACK' &&
      ownerParticiples.has(u.compound) &&
      rule.preps.includes(prep ?? '') &&
      u !== exclude
    )
      return u;
    if (u.kind === 'actor' && (u.compound || attributiveAgent(units, k))) {
      sawNoun = true;
      continue;
    }
    // "with Gulf Arab country Qatar": a region naming a class before the actor it describes is a modifier.
    if (
      u.kind === 'actor' &&
      u.place &&
      word(units[k + 1])?.tags.has('Noun') &&
      units[k + 2]?.kind === 'actor'
    )
      continue;
    // "deployed soldiers to its border with Belarus": the subject's own possessive is a determiner.
    if (u.kind === 'actor' && u.pronoun && u.possessive && subject && sameActors(u, subject))
      continue;
    // "condemned the government in Kabul": a government named by its seat is the state itself.
    if (
      u.kind === 'actor' &&
      prep === 'in' &&
      !u.place &&
      u !== exclude &&
      rule.preps.includes('') &&
      governingNouns.has(word(units[k - 2])?.lower ?? '') &&
      k - 2 === firstContent(units, from)
    )
      return u;
    // "expressed Iran's understanding of Russia's concerns": the owner of the rule's own noun is not its target
    // when a party follows through one of the rule's prepositions ("wrote off Zambia's debt": it is).
    if (
      u.kind === 'actor' &&
      u.possessive &&
      rule.requires &&
      rule.type !== 'ATTACK' &&
      !rule.inverse &&
      hasClassWord(units, rule.requires, k + 1, k + 3) &&
      partyThroughPrep(units, k + 1, rule.preps)
    ) {
      sawNoun = false;
      prep = null;
      continue;
    }
    // "told the group Putin is bluffing": an actor that opens a content clause is not the one told.
    if (
      u.kind === 'actor' &&
      rule.type === 'CONSULT' &&
      prep === null &&
      k > from &&
      opensClause(units, k + 1)
    )
      return null;
    if (u.kind === 'actor') {
      if (
        u !== exclude &&
        rule.preps.includes(prep ?? '') &&
        !(prep === null && sawNoun && !rule.requires) &&
        // "welcomed Germany's decision": one consults an actor, not its decision.
        !(u.possessive && rule.type === 'CONSULT')
      )
        return apposedName(units, k) ?? u;
      // "struck rebel positions in Idlib", "targets in northern Iraq": an unowned object located in a place
      // makes the place (or state) the target; "a refinery in Russia's Ryazan region": the place's named owner.
      if (
        sawNoun &&
        (sitePrepositions.has(prep ?? '') ||
          (prep === 'on' && nounClasses.TERRITORY.has(word(units[k + 1])?.lower ?? ''))) &&
        rule.type === 'ATTACK' &&
        u !== exclude &&
        !u.pronoun &&
        locatedIn(units, k)
      ) {
        // "facilities in north-eastern Syria held by the SDF", "bases in Iraq housing US troops": an owner
        // named after the place wins.
        const heldBy = word(units[k + 1]) ? ownerByAgent(units, k + 1) : null;
        const housed =
          housingVerbs.has(word(units[k + 1])?.root ?? '') && units[k + 2]?.kind === 'actor'
            ? (units[k + 2] as ActorUnit)
            : null;
        const owner = heldBy ?? housed;
        return owner && owner !== exclude ? owner : u;
      }
      // "praised Beijing's position", "declined Moscow's request": an attitude's object names its owner.
      if (u.possessive && rule.possessiveTarget && prep === null && !sawNoun && u !== exclude)
        return u;
      // "condemned the attack on Iran": an actor inside another noun's phrase is not the target.
      if (u.possessive) {
        sawNoun = false;
        prep = null;
        continue;
      }
      prep = null;
      sawNoun = true;
      continue;
    }
    const w = u as WordUnit;
    // "backed the opposition leader, Juan Guaidó": a role named before its holder in apposition.
    if (
      w.lower === ',' &&
      rule.preps.includes(prep ?? '') &&
      roleNouns.has(word(units[k - 1])?.lower ?? '')
    ) {
      const named = apposedName(units, k - 1);
      if (named && named !== exclude) return named;
    }
    if (clauseStops.has(w.lower) && w.lower !== 'as') return null;
    if (w.lower === 'that' && (!w.tags.has('Determiner') || k === from)) {
      prep = 'that';
      continue;
    }
    // "retaliated against a terror attack by Hamas", "condemned the attack by X": an act's agent is the target.
    if (
      w.lower === 'by' &&
      sawNoun &&
      (rule.type === 'ATTACK' || rule.possessiveTarget) &&
      nounClasses.STRIKES.has(word(units[k - 1])?.lower ?? '') &&
      units[k + 1]?.kind === 'actor' &&
      units[k + 1] !== exclude
    )
      return units[k + 1] as ActorUnit;
    // "dismissed the claims by Kyiv": rejecting a claim rejects its author.
    if (
      w.lower === 'by' &&
      sawNoun &&
      rule.type === 'REJECT' &&
      claimNouns.has(word(units[k - 1])?.lower ?? '') &&
      units[k + 1]?.kind === 'actor' &&
      units[k + 1] !== exclude
    )
      return units[k + 1] as ActorUnit;
    if (isPrep(u)) {
      if (w.lower === 'of' && quantities.has(word(units[k - 1])?.lower ?? '')) continue;
      // "the town of Enerhodar", "the city of Goma": a place noun and "of" name the place itself.
      if (w.lower === 'of' && placeHeads.has(word(units[k - 1])?.lower ?? '')) {
        sawNoun = false;
        continue;
      }
      // "ambushed a convoy of Malian soldiers": a group noun and "of" lead to the group's owner.
      if (w.lower === 'of' && groupHeads.has(word(units[k - 1])?.lower ?? '')) {
        sawNoun = false;
        continue;
      }
      // "to the border with Guyana": the border named by its other side.
      if (w.lower === 'with' && borderNouns.has(word(units[k - 1])?.lower ?? '') && prep) continue;
      // "sent jets in response to Russian drills": a compound preposition names a cause, not a recipient.
      prep = compoundPrepositionHeads.has(word(units[k - 1])?.lower ?? '') ? '#compound' : w.lower;
      continue;
    }
    if (directions.has(w.lower) || quantities.has(w.lower)) continue;
    // "rejected the proposal put forward by Egypt", "struck facilities held by the SDF": the owner is the target.
    const owner =
      rule.possessiveTarget || rule.type === 'ATTACK' || rule.type === 'SANCTION'
        ? ownerByAgent(units, k)
        : null;
    if (owner && owner !== exclude && sawNoun) return owner;
    // "banned imports from Australia": the rule's own required noun, even when tagged as a verb.
    const required = !!rule.requires && !!nounClasses[rule.requires]?.has(w.lower);
    if (
      w.tags.has('Verb') &&
      !required &&
      !w.tags.has('Gerund') &&
      !w.tags.has('Participle') &&
      !w.tags.has('Adjective') &&
      !isAttributiveParticiple(units, k, from)
    ) {
      if (!isNominal(units, k)) return null;
    }
    // "struck Kharkiv, and Ukrainian drones hit ...", "..., accusing Washington": a new clause.
    if (
      w.lower === ',' &&
      (clauseLinks.has(word(units[k + 1])?.lower ?? '') || word(units[k + 1])?.tags.has('Gerund'))
    )
      return null;
    // "agreed, with its minister saying …": an absolute clause after a comma holds no object.
    if (w.lower === ',' && absoluteClause(units, k + 1)) return null;
    // "..., the defence ministry in Ankara said": a postposed speaker is not part of the object.
    if (w.lower === ',' && postposedSpeaker(units, k)) return null;
    if (w.lower === ',') continue;
    // "a senior Hamas commander": a noun right before an actor only modifies it.
    if (w.tags.has('Noun') && !w.tags.has('Pronoun') && units[k + 1]?.kind !== 'actor') {
      // "pushing migrants towards": an intransitive motion verb with an object is another sense.
      // "crossed the border into Peru": a border crossed on the way is no such object.
      if (rule.intransitive && prep === null && !borderNouns.has(w.lower)) return null;
      sawNoun = true;
    }
  }
  return null;
}

/**
 * "Venezuela's opposition leader, Juan Guaidó,": the holder named in apposition after a role (the unit at `k` with
 * a role head, or role words after it), or null. The holder, not the role's state, is the party.
 */
function apposedName(units: Unit[], k: number): ActorUnit | null {
  const at = units[k];
  let role = at.kind === 'actor' ? !!at.head : roleNouns.has(at.lower);
  let c = k + 1;
  while (c < k + 4 && word(units[c]) && MODIFIER_TAGS.some((t) => word(units[c])!.tags.has(t))) {
    if (roleNouns.has(word(units[c])!.lower)) role = true;
    c++;
  }
  if (!role || word(units[c])?.lower !== ',') return null;
  const name = units[c + 1];
  if (name?.kind !== 'actor' || name.place || name.possessive || name.compound) return null;
  const after = units[c + 2];
  const closed = !after || [',', '.', 'as', ';'].includes(word(after)?.lower ?? '');
  return closed ? name : null;
}

/** Whether an actor follows within a few units through one of `preps` (not the direct object). */
function partyThroughPrep(units: Unit[], from: number, preps: string[]): boolean {
  for (let k = from; k < units.length && k < from + 6; k++) {
    const w = word(units[k]);
    if (w && w.lower !== '' && isPrep(units[k]) && preps.includes(w.lower)) {
      const next = word(units[k + 1])?.tags.has('Determiner') ? units[k + 2] : units[k + 1];
      if (next?.kind === 'actor') return true;
    }
  }
  return false;
}

/**
 * "in Idlib", "in northern Iraq", "in Russia's Ryazan region": an actor naming the territory itself (or its
 * owner), not a modifier ("near the Afghan border").
 */
function locatedIn(units: Unit[], k: number): boolean {
  const u = units[k] as ActorUnit;
  const next = units[k + 1];
  if (u.possessive)
    return next?.kind === 'actor' ? next.place : placeHeads.has(word(next)?.lower ?? '');
  // "on Saudi soil", "in Ukrainian territory": a demonym before a territory noun names the territory.
  if (nounClasses.TERRITORY.has(word(next)?.lower ?? '')) return true;
  return u.place || !word(next)?.tags.has('Noun');
}

/** ", the defence ministry in Ankara said": a comma opening a short phrase that ends in a speech verb. */
function postposedSpeaker(units: Unit[], k: number): boolean {
  for (let j = k + 1; j < units.length && j <= k + 7; j++) {
    const w = word(units[j]);
    if (!w) continue;
    if (w.lower === ',' || w.lower === ';') return false;
    if (w.tags.has('Verb') && !w.tags.has('Auxiliary') && !isNominal(units, j))
      return (
        speechVerbs.has(w.root) &&
        (j + 1 >= units.length ||
          word(units[j + 1])?.lower === ',' ||
          !!word(units[j + 1])?.tags.has('Punctuation') ||
          j === units.length - 1 ||
          /[.!?]/.test(word(units[j])!.term.post))
      );
  }
  return false;
}

/** A finite verb at `k` (an auxiliary, a modal or a tensed verb): what follows a clause's subject. */
function opensClause(units: Unit[], k: number): boolean {
  const w = word(units[k]);
  if (!w || !w.tags.has('Verb') || w.tags.has('Gerund') || w.tags.has('Infinitive')) return false;
  return (
    w.tags.has('Auxiliary') ||
    w.tags.has('Copula') ||
    w.tags.has('Modal') ||
    w.tags.has('PresentTense') ||
    w.tags.has('PastTense')
  );
}

/** "with Minister X saying", "with Iran denying": "with" or "without", a short noun phrase, then a gerund. */
function absoluteClause(units: Unit[], k: number): boolean {
  if (!absoluteOpeners.has(word(units[k])?.lower ?? '')) return false;
  for (let j = k + 1; j < units.length && j <= k + 6; j++) {
    const w = word(units[j]);
    if (!w) continue;
    // "with X saying:": before a colon compromise may tag the gerund a noun.
    if (w.tags.has('Gerund') || (/ing$/.test(w.lower) && units[j - 1]?.kind === 'actor'))
      return j > k + 1;
    if (isPrep(units[j]) || w.tags.has('Verb') || w.lower === ',') return false;
  }
  return false;
}

/** "with EU mediation", "with Russian help": an actor modifying an agentive noun is not the target. */
function attributiveAgent(units: Unit[], k: number): boolean {
  const u = units[k] as ActorUnit;
  const next = word(units[k + 1]);
  return !u.possessive && !!next && agentiveNouns.has(next.lower);
}

/** "held by the SDF", "put forward by Qatar": a participle (and particle) with a "by" actor. */
function ownerByAgent(units: Unit[], k: number): ActorUnit | null {
  const w = word(units[k])!;
  // "warehouses belonging to the IS", "companies affiliated with the RSF": a link phrase names the owner.
  const link = `${w.lower} ${word(units[k + 1])?.lower ?? ''}`;
  if (ownerLinks.has(link)) return listedOwner(units, k + 2);
  if (!w.tags.has('Verb') || w.tags.has('Gerund')) return null;
  // "a deal mediated by Qatar": a go-between does not own what it brokers.
  if (mediationVerbs.has(w.root)) return null;
  let b = k + 1;
  if (word(units[b])?.lower !== 'by' && word(units[b + 1])?.lower === 'by') b++;
  if (word(units[b])?.lower !== 'by') return null;
  const next = word(units[b + 1])?.tags.has('Determiner') ? units[b + 2] : units[b + 1];
  return next?.kind === 'actor' ? next : null;
}

/**
 * The owner an owner link names: the first party of a short list after it ("linked to the navy and to
 * the RSF" names the RSF when the army is no actor); a place owns nothing here.
 */
function listedOwner(units: Unit[], from: number): ActorUnit | null {
  for (let j = from; j < units.length && j < from + 8; j++) {
    const u = units[j]!;
    if (u.kind === 'actor') return u.place ? null : u;
    const w = word(u)!;
    const after = word(units[j - 1])?.lower ?? '';
    // "and", a comma, a determiner; the link's preposition again only after "and" ("and with the RSF").
    if (ownerListLinks.has(w.lower) && (!isPrep(u) || after === 'and' || after === ',')) continue;
    if (w.tags.has('Determiner')) continue;
    // A listed owner that names no actor ("the army").
    if (j > from && w.tags.has('Verb')) return null;
    if (!w.tags.has('Noun') && !w.tags.has('Adjective')) return null;
  }
  return null;
}

/** "pledged continued cooperation", "the expanded sanctions": a past participle before a noun, right after the verb or a determiner. */
function isAttributiveParticiple(units: Unit[], k: number, from: number): boolean {
  const w = word(units[k])!;
  const next = word(units[k + 1]);
  if (!w.tags.has('PastTense') || !next || !(next.tags.has('Noun') || next.tags.has('Adjective')))
    return false;
  return k === from || !!word(units[k - 1])?.tags.has('Determiner');
}

/**
 * "accused Peru of lying and Bolivia of bad faith": a later object with the same preposition
 * after it, in the same clause, shares the verb; the result names both.
 */
export function withParallelObjects(units: Unit[], target: ActorUnit): ActorUnit {
  const k = units.indexOf(target);
  const prep = word(units[k + 1])?.lower ?? '';
  if (!parallelObjectPrepositions.has(prep)) return target;
  const ids = [...target.actorIds];
  for (let j = k + 2; j < units.length - 2 && j < k + 20; j++) {
    const w = word(units[j]);
    if (w && clauseStops.has(w.lower)) break;
    const next = units[j + 1];
    if (
      w &&
      (w.lower === 'and' || w.lower === ',') &&
      next?.kind === 'actor' &&
      !next.place &&
      !next.possessive &&
      word(units[j + 2])?.lower === prep
    )
      ids.push(...next.actorIds.filter((id) => !ids.includes(id)));
  }
  return ids.length === target.actorIds.length ? target : { ...target, actorIds: ids };
}
