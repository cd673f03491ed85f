// Cautious subject coreference across the sentences of one article: "Putin met Raisi. He also held talks with
// Erdogan." → the "He" unit stands for Putin. Only a sentence-initial subject is resolved, only to the previous
// sentence's subject (or its CONSULT/COOPERATE pair for "the two leaders"), and never to a place.
import { coreference as config } from './lexicon.ts';
import type { ActorUnit, Unit, WordUnit } from './units.ts';

const PERSON = new Set(config.personPronouns);
const ACTOR = new Set(config.actorPronouns);
const GROUP = new Set(config.groupPronouns);
const DETERMINERS = config.pairDeterminers.map((d) => d.split(' '));
const PAIR_NOUNS = new Map<string, string | null>(Object.entries(config.pairNouns));
const EXPLETIVE = new Set(config.expletiveVerbs);
const PERSON_POSSESSIVES = new Set(config.personPossessives);
const OWN_STATE_NOUNS = new Set(config.ownStateNouns);
const CLAUSE_BREAKS = new Set(config.clauseBreaks);
export const COREF_SUFFIX = config.ruleSuffix;
export const COREF_FACTOR = config.confidenceFactor;

/** What a sentence leaves for the next one: its subject and the pair of its CONSULT/COOPERATE relations. */
export interface Antecedents {
  subject: ActorUnit | null;
  pair: [string, string] | null;
}

/** An actor's type ("Person", "State", "Place" …), or undefined when unknown. */
export type TypeOf = (id: string) => string | undefined;

const word = (u: Unit | undefined): WordUnit | null => (u?.kind === 'word' ? u : null);
const isFiniteVerb = (u: Unit | undefined): boolean =>
  !!word(u)?.tags.has('Verb') && !word(u)!.tags.has('Gerund') && !word(u)!.tags.has('Participle');
const SUBORDINATE_OPENERS = new Set([
  'after',
  'before',
  'since',
  'until',
  'as',
  'while',
  'when',
  'once',
  'because',
  'although',
  'though',
  'despite',
  'if',
  'following',
]);

/**
 * Where the main clause starts: after a fronted adverbial or subordinate clause and its comma ("On Monday,",
 * "After the talks in Sochi,"), else 0; -1 when the opener has no comma to end it.
 */
function mainClauseStart(units: Unit[]): number {
  const first = word(units[0]);
  const fronted =
    !!first &&
    (SUBORDINATE_OPENERS.has(first.lower) ||
      first.tags.has('Preposition') ||
      (first.tags.has('Adverb') && word(units[1])?.lower === ','));
  if (!fronted) return 0;
  for (let k = 1; k < units.length && k < 20; k++) if (word(units[k])?.lower === ',') return k + 1;
  return -1;
}

/** The main clause's subject: the first actor before the first finite verb, not governed by a preposition. */
export function sentenceSubject(units: Unit[]): ActorUnit | null {
  const start = mainClauseStart(units);
  if (start < 0) return null;
  for (let k = start; k < units.length; k++) {
    const u = units[k];
    if (u.kind === 'actor') {
      const before = word(units[k - 1]);
      if (u.compound || u.possessive || before?.tags.has('Preposition')) continue;
      return u;
    }
    if (isFiniteVerb(u)) return null;
  }
  return null;
}

/** The one pair of actors the sentence's CONSULT/COOPERATE relations join, or null when there is none or several. */
export function consultPair(
  relations: { source: string; target: string; type: string }[],
): [string, string] | null {
  const keys = new Set(
    relations
      .filter((r) => r.type === 'CONSULT' || r.type === 'COOPERATE')
      .map((r) => [r.source, r.target].sort().join('\u0000')),
  );
  if (keys.size !== 1) return null;
  const [a, b] = [...keys][0].split('\u0000');
  return [a, b];
}

/**
 * Replaces a sentence-initial subject pronoun or definite pair with the actor it stands for. Returns the new
 * units and the ids put in, or null when nothing was resolved.
 */
export function resolveSubject(
  units: Unit[],
  previous: Antecedents | null,
  typeOf: TypeOf,
): { units: Unit[]; ids: string[] } | null {
  if (!previous) return null;
  const at = mainClauseStart(units);
  if (at < 0) return null;
  // The fronted adverbial must not name an actor or hold a clause of its own.
  for (let k = 0; k < at; k++) if (units[k].kind === 'actor' || isFiniteVerb(units[k])) return null;
  const first = word(units[at]);
  if (!first) return null;
  let ids: string[] | null = null;
  let end = at;
  const subject = previous.subject;
  const usable =
    !!subject &&
    !subject.place &&
    !subject.compound &&
    subject.actorIds.length > 0 &&
    subject.actorIds.every((id) => typeOf(id) !== 'Place');
  const single = usable && subject.actorIds.length === 1 ? subject.actorIds[0] : null;
  if (PERSON.has(first.lower)) {
    if (single && typeOf(single) === 'Person') ids = [single];
  } else if (ACTOR.has(first.lower)) {
    if (single && typeOf(single) !== 'Person' && !EXPLETIVE.has(word(units[at + 1])?.lower ?? ''))
      ids = [single];
  } else if (GROUP.has(first.lower)) {
    if (usable && subject.actorIds.length > 1) ids = [...subject.actorIds];
    else if (single && typeOf(single) !== 'Person') ids = [single];
  } else {
    for (const det of DETERMINERS) {
      const noun = word(units[at + det.length]);
      if (!det.every((d, i) => word(units[at + i])?.lower === d) || !noun) continue;
      if (!PAIR_NOUNS.has(noun.lower)) continue;
      const type = PAIR_NOUNS.get(noun.lower);
      const pair = previous.pair;
      if (pair && (type === null || pair.every((id) => typeOf(id) === type))) {
        ids = [...pair];
        end = at + det.length;
      }
      break;
    }
  }
  if (!ids) return null;
  const unit = standIn(ids, first.term.start, word(units[end])!.term.end);
  return { units: [...units.slice(0, at), unit, ...units.slice(end + 1)], ids };
}

/**
 * "Canada trains officers in Ghana and the two countries stage drills": a definite pair inside a sentence stands
 * for the two actors (of the pair noun's type) named before it, when exactly two are. Returns null otherwise.
 */
export function resolveInnerPair(units: Unit[], typeOf: TypeOf): Unit[] | null {
  for (let at = 1; at < units.length; at++) {
    for (const det of DETERMINERS) {
      const noun = word(units[at + det.length]);
      if (!noun || !PAIR_NOUNS.has(noun.lower)) continue;
      if (!det.every((d, i) => word(units[at + i])?.lower === d)) continue;
      const type = PAIR_NOUNS.get(noun.lower);
      const ids = new Set<string>();
      const named: ActorUnit[] = [];
      for (const u of units.slice(0, at)) {
        if (u.kind !== 'actor' || u.compound) continue;
        named.push(u);
        for (const id of u.actorIds) if (typeOf(id) !== 'Place') ids.add(id);
      }
      const pair = [...ids];
      // "Chile and Peru called on both sides": a pair named as one subject, with no clause break
      // before the pair noun, is the verb's own subject; the pair noun names others.
      const one = named.length === 1 ? units.indexOf(named[0]) : -1;
      if (
        one >= 0 &&
        !units.slice(one + 1, at).some((u) => CLAUSE_BREAKS.has(word(u)?.lower ?? ''))
      )
        break;
      // "talks between the two governments" after a minister and Kyiv: a person and a state are no pair.
      const types = pair.map((id) => typeOf(id));
      if (pair.length !== 2 || types[0] !== types[1] || (type !== null && types[0] !== type)) break;
      const unit = standIn(pair, word(units[at])!.term.start, noun.term.end);
      return [...units.slice(0, at), unit, ...units.slice(at + det.length + 1)];
    }
  }
  return null;
}

/** A person's state: its country code, when the registry knows the person and the state. */
export type CountryOf = (id: string) => string | null;

/**
 * "Lukashenko confirmed the delivery of Russian weapons to his country": "his country" stands for the state of
 * the one person named before it in the sentence (none or several: left alone).
 */
export function resolveOwnCountry(
  units: Unit[],
  typeOf: TypeOf,
  countryOf: CountryOf,
): Unit[] | null {
  for (let at = 1; at < units.length - 1; at++) {
    const owner = units[at];
    const noun = word(units[at + 1]);
    if (!noun || !OWN_STATE_NOUNS.has(noun.lower)) continue;
    const persons = new Set<string>();
    // "his" may already stand for its person (a resolved possessive pronoun), or still be a word.
    if (owner.kind === 'actor' && owner.pronoun && owner.possessive)
      owner.actorIds.forEach((id) => persons.add(id));
    else if (owner.kind === 'word' && PERSON_POSSESSIVES.has(owner.lower)) {
      for (const u of units.slice(0, at))
        if (u.kind === 'actor' && !u.compound)
          for (const id of u.actorIds) if (typeOf(id) === 'Person') persons.add(id);
    } else continue;
    const person = persons.size === 1 ? [...persons][0] : null;
    const state = person && typeOf(person) === 'Person' ? countryOf(person) : null;
    if (!state) return null;
    const start = owner.kind === 'actor' ? owner.start : owner.term.start;
    return [...units.slice(0, at), standIn([state], start, noun.term.end), ...units.slice(at + 2)];
  }
  return null;
}

/** The unit a resolved phrase becomes: the actors it stands for, over the phrase's text. */
function standIn(actorIds: string[], start: number, end: number): ActorUnit {
  return { kind: 'actor', actorIds, possessive: false, place: false, coref: true, start, end };
}
