// The clause view of a sentence: compromise's terms with actor spans folded into single units and coordinations grouped.
import {
  bodyRoleNouns,
  ledGroupNouns,
  listOpeners,
  memberWords,
  ofHeadNouns,
  possessiveDeterminers,
  personalPossessed,
  statementNouns,
} from './lexicon.ts';
import type { ActorSpan } from './mentions/index.ts';
import { verbLemmas } from './rules.ts';
import type { Term } from './plugin.ts';
import { resolveQuotedFirstPerson } from './quoted-speaker.ts';

export interface WordUnit {
  kind: 'word';
  term: Term;
  lower: string;
  root: string;
  tags: Set<string>;
}

export interface ActorUnit {
  kind: 'actor';
  actorIds: string[];
  possessive: boolean;
  place: boolean;
  /** A role noun inside the span ("the Russian ambassador"). */
  head?: string;
  /** A pronoun resolved to an earlier actor ("its", "them"). */
  pronoun?: boolean;
  /** A sentence-initial pronoun or definite pair resolved to the previous sentence's subject ("He", "The two leaders"). */
  coref?: boolean;
  /** The participle of a hyphenated compound ("Iranian-backed" → "backed"): the actor only modifies a noun. */
  compound?: string;
  /** "each other", "one another": the coordinated subject's members act on one another. */
  reciprocal?: boolean;
  start: number;
  end: number;
}

export type Unit = WordUnit | ActorUnit;

const PUNCT: Record<string, string> = {
  ',': ',',
  ';': ';',
  ':': ':',
  '—': ';',
  '–': ';',
  '(': ',',
  ')': ',',
};
const COORDINATORS = new Set(['and', 'or', '&']);
const LINKERS = new Set(['both', 'also', 'the', 'his', 'her', 'its', 'their']);

/** A clause mark: `lower` is its role (a dash is a ";"), `root` the character written. */
const punctUnit = (mark: string, written: string, at: Term): WordUnit => ({
  kind: 'word',
  term: at,
  lower: mark,
  root: written,
  tags: new Set(['Punctuation']),
});

/** Folds terms into units: one per actor span, one per other word, one per clause punctuation mark. */
export function buildUnits(terms: Term[], spans: ActorSpan[]): Unit[] {
  const units: Unit[] = [];
  let s = 0;
  let lastTerm: Term | null = null;
  for (const term of terms) {
    let bracketed = false;
    while (s < spans.length && spans[s].end <= term.start) s++;
    const span = spans[s];
    const last = units[units.length - 1];
    if (span && term.start < span.end && term.end > span.start) {
      if (last?.kind === 'actor' && last.start === span.start) last.possessive = span.possessive;
      else if (
        last?.kind === 'actor' &&
        last.actorIds.length === 1 &&
        last.actorIds[0] === span.actorId &&
        term.pre.includes('(') &&
        term.post.trim().startsWith(')')
      ) {
        // "the Rapid Support Forces (RSF)": the bracketed short name is the same mention, not a list item.
        last.end = span.end;
        bracketed = true;
      } else
        units.push({
          kind: 'actor',
          actorIds: [span.actorId],
          possessive: span.possessive,
          place: span.place,
          head: span.head,
          start: span.start,
          end: span.end,
        });
    } else if (
      last?.kind === 'actor' &&
      last.possessive &&
      term.lower === '' &&
      term.tags.has('Verb')
    ) {
      // "Iran's understanding": compromise may read the possessive "'s" as a separate "is".
    } else {
      // "the Iranian-backed Houthis": a hyphenated participle makes the actor a modifier.
      if (last?.kind === 'actor' && lastTerm?.post === '-' && term.tags.has('Hyphenated'))
        last.compound = term.lower;
      units.push({ kind: 'word', term, lower: term.lower, root: term.root, tags: term.tags });
    }
    lastTerm = term;
    const post = bracketed ? term.post.trim().slice(1) : term.post.trim();
    const written = [...post].find((c) => PUNCT[c]);
    if (written) units.push(punctUnit(PUNCT[written], written, term));
  }
  const grouped = groupCoordinations(foldOfHeads(leaderForGroup(gerundsAfterActors(units))));
  return markReciprocals(resolvePronouns(resolveQuotedFirstPerson(grouped, terms)));
}

const OBJECT_OPENERS = ['Determiner', 'Adjective', 'Noun'];

/**
 * "with Iran and Russia supporting Assad", "Turkey backing rebel forces": compromise reads a rule verb's -ing
 * form between an actor and its object as an adjective or a noun; there it is the actor's verb, a gerund.
 */
function gerundsAfterActors(units: Unit[]): Unit[] {
  return units.map((u, i) => {
    const prev = units[i - 1];
    const next = units[i + 1];
    if (
      u.kind !== 'word' ||
      !u.lower.endsWith('ing') ||
      u.tags.has('Verb') ||
      !verbLemmas.has(u.lower) ||
      prev?.kind !== 'actor' ||
      prev.possessive ||
      !(
        next?.kind === 'actor' ||
        (next?.kind === 'word' && OBJECT_OPENERS.some((t) => next.tags.has(t)))
      )
    )
      return u;
    const tags = new Set(u.tags);
    tags.delete('Adjective');
    tags.delete('Noun');
    tags.delete('Singular');
    return { ...u, tags: tags.add('Verb').add('Gerund') };
  });
}

/** "the Saudi-led coalition", "the US-led mission": the leading actor stands for the group it leads. */
function leaderForGroup(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const group = units[i + 2];
    if (
      u.kind === 'actor' &&
      u.compound === 'led' &&
      group?.kind === 'word' &&
      ledGroupNouns.has(group.lower)
    ) {
      out.push({ ...u, compound: undefined });
      i++;
      continue;
    }
    out.push(u);
  }
  return out;
}

/**
 * "leaders of Turkey and Iran", "delegations of Russia and Ukraine", "the forces of Serbia": a body or role noun
 * and "of" before an actor stand for that actor, so the phrase is a subject or object like the name itself.
 */
function foldOfHeads(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const of = units[i + 1];
    // "statements from the Foreign Ministry": an article may stand before the actor.
    const at =
      units[i + 2]?.kind === 'word' && (units[i + 2] as WordUnit).lower === 'the' ? i + 3 : i + 2;
    const actor = units[at];
    if (
      u.kind === 'word' &&
      ((ofHeadNouns.has(u.lower) && of?.kind === 'word' && of.lower === 'of') ||
        // "statements from the Iranian Foreign Ministry": words said stand for the one who said them.
        (statementNouns.has(u.lower) &&
          of?.kind === 'word' &&
          (of.lower === 'from' || of.lower === 'by'))) &&
      actor?.kind === 'actor' &&
      !actor.place &&
      !actor.compound &&
      // "leaders of Turkey's opposition": the possessive names the owner of something else.
      !actor.possessive
    ) {
      out.push({ ...actor, head: actor.head ?? u.lower, start: u.term.start });
      i = at;
      continue;
    }
    out.push(u);
  }
  return out;
}

const RECIPROCALS: Record<string, string> = { each: 'other', one: 'another' };

/** "accused each other", "blamed one another": one actor unit that stands for the subject's members. */
function markReciprocals(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const next = units[i + 1];
    if (u.kind === 'word' && next?.kind === 'word' && RECIPROCALS[u.lower] === next.lower) {
      out.push({
        kind: 'actor',
        actorIds: [],
        possessive: next.term.post.includes("'") || next.lower.endsWith("'s"),
        place: false,
        reciprocal: true,
        start: u.term.start,
        end: next.term.end,
      });
      i++;
      continue;
    }
    out.push(u);
  }
  return out;
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'their']);
const OBJECT_PRONOUNS = new Set(['them', 'it']);
/** "Putin praised his talks with ...": a person's possessive, carried only before an event or body noun. */
const PERSONAL_POSSESSIVES = new Set(['his', 'her']);
const eventOrBodyNoun = (w: WordUnit): boolean =>
  personalPossessed.has(w.lower) || personalPossessed.has(w.root);

/**
 * Cautious pronoun carry-over within the sentence: "its"/"their" before a noun, and "them"/"it" right after
 * a verb, stand for the nearest actor before them that is a party (not a place, not a modifier).
 */
function resolvePronouns(units: Unit[]): Unit[] {
  return units.map((u, i) => {
    if (u.kind !== 'word') return u;
    const possessive =
      (POSSESSIVE_PRONOUNS.has(u.lower) || PERSONAL_POSSESSIVES.has(u.lower)) &&
      units[i + 1]?.kind === 'word' &&
      // "his talks with", "his country": a person's own, not "his Iranian counterpart" (an actor follows).
      !(PERSONAL_POSSESSIVES.has(u.lower) && !eventOrBodyNoun(units[i + 1] as WordUnit));
    const object =
      OBJECT_PRONOUNS.has(u.lower) &&
      units[i - 1]?.kind === 'word' &&
      (units[i - 1] as WordUnit).tags.has('Verb');
    if (!possessive && !object) return u;
    // "Turkey, angered by Israel, recalled its ambassador": after a verb, "its" is the clause subject's own.
    const afterVerb = possessive && isVerbWord(units[i - 1]);
    for (let pass = afterVerb ? 0 : 1; pass < 2; pass++) {
      const found = pronounAntecedent(
        units,
        i,
        pass === 0 ? i - 1 : -1,
        PERSONAL_POSSESSIVES.has(u.lower),
      );
      if (found)
        return {
          kind: 'actor',
          actorIds: found.actorIds,
          possessive,
          place: false,
          pronoun: true,
          start: u.term.start,
          end: u.term.end,
        } satisfies ActorUnit;
    }
    return u;
  });
}

const isVerbWord = (u: Unit | undefined): boolean =>
  u?.kind === 'word' && u.tags.has('Verb') && !u.tags.has('Auxiliary') && !u.tags.has('Copula');

/**
 * The nearest party before unit `i`; with `verbAt` set, only a subject of that verb: an actor not governed by
 * a preposition, in the verb's clause ("Turkey, furious at Israel, recalled its …" → Turkey).
 */
function pronounAntecedent(
  units: Unit[],
  i: number,
  verbAt: number,
  personal: boolean,
): ActorUnit | null {
  for (let k = (verbAt >= 0 ? verbAt : i) - 1; k >= 0; k--) {
    const a = units[k];
    if (a.kind === 'word' && a.lower === ';') return null;
    if (a.kind !== 'actor' || a.place || a.compound || a.pronoun) continue;
    // "the delivery of Chilean howitzers to his country": "his" is a person's, not a demonym's before a noun.
    const next = units[k + 1];
    // "Russian tactical nuclear weapons": an adjective may come first.
    if (
      personal &&
      !a.head &&
      !a.possessive &&
      next?.kind === 'word' &&
      (next.tags.has('Noun') || next.tags.has('Adjective'))
    )
      continue;
    if (verbAt >= 0) {
      const before = units[k - 1];
      const governed =
        before?.kind === 'word' &&
        (before.tags.has('Preposition') || ['by', 'at', 'with', 'to', 'of'].includes(before.lower));
      if (governed || a.possessive) continue;
    }
    return a;
  }
  return null;
}

const isFiniteVerb = (u: Unit | undefined): boolean =>
  u?.kind === 'word' && u.tags.has('Verb') && !u.tags.has('Gerund') && !u.tags.has('Participle');

const isGerund = (u: Unit | undefined): boolean => u?.kind === 'word' && u.tags.has('Gerund');

/** "Russia, Iran and Turkey" → one unit with three actors; "met Raisi and Erdogan hosted" stays apart. */
function groupCoordinations(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (unit.kind !== 'actor') {
      out.push(unit);
      continue;
    }
    const group: ActorUnit = { ...unit, actorIds: [...unit.actorIds] };
    const before = out[out.length - 1];
    const afterVerb = before?.kind === 'word' && before.tags.has('Verb');
    let j = i + 1;
    for (;;) {
      let k = j;
      // "Ethiopian federal forces and the TPLF": a demonym's head noun may stand before the coordinator.
      const head = bodyHeadEnd(units, k);
      if (
        head > k &&
        units[head]?.kind === 'word' &&
        COORDINATORS.has((units[head] as WordUnit).lower)
      )
        k = head;
      const comma = units[k]?.kind === 'word' && (units[k] as WordUnit).lower === ',';
      if (comma) k++;
      // "Germany, as well as France," and "Japan, along with South Korea, imposed …" coordinate too.
      const multi = multiwordCoordinator(units, k, comma);
      const coordinated =
        multi > 0 || (units[k]?.kind === 'word' && COORDINATORS.has((units[k] as WordUnit).lower));
      if (multi > 0) k += multi;
      else if (coordinated) k++;
      else if (k === j) break;
      // "Russia and also Iran", "the Americans and the Iranians", "Lavrov and his Iranian counterpart ...".
      // "Saudi Arabia, Bahrain, the UAE, and Egypt": an article may open a listed item too.
      if (
        (coordinated || (comma && wordAt(units, k) === 'the')) &&
        units[k]?.kind === 'word' &&
        LINKERS.has((units[k] as WordUnit).lower)
      )
        k++;
      const next = units[k];
      if (next?.kind !== 'actor') break;
      // "in the Red Sea, and American ... warplanes": a place and a party are not one list.
      if (next.place !== group.place) break;
      // A comma alone joins only in a list that ends with "and" ("Russia, Iran and Turkey").
      // "Turkey, Iraq sign security deal": a headline lists its subjects with a comma alone.
      const headline = i === 0 && comma && headlineList(units, k);
      if (!coordinated && !headline && !hasCoordinatorAhead(units, k)) break;
      // "backing Syria and Turkey backing the rebels": a verb after the next actor starts a new clause.
      if (coordinated && afterVerb && (isFiniteVerb(units[k + 1]) || isGerund(units[k + 1]))) break;
      // "... during a visit to Moscow, and Putin pledged ...": ", and" before a subject starts a clause.
      if (coordinated && comma && group.actorIds.length === 1 && isFiniteVerb(units[k + 1])) break;
      group.actorIds.push(...next.actorIds.filter((id) => !group.actorIds.includes(id)));
      group.end = next.end;
      group.possessive = next.possessive;
      j = k + 1;
    }
    out.push(group);
    i = j - 1;
  }
  return out;
}

const wordAt = (units: Unit[], n: number): string | undefined =>
  units[n]?.kind === 'word' ? (units[n] as WordUnit).lower : undefined;

/**
 * The length of a multi-word coordinator at `k`: "as well as" anywhere; "along with", "together with" only
 * as a parenthesis after a comma ("Japan, along with South Korea, imposed …"), since "… on Iran along with
 * Britain" names a co-agent instead.
 */
function multiwordCoordinator(units: Unit[], k: number, comma: boolean): number {
  if (wordAt(units, k) === 'as' && wordAt(units, k + 1) === 'well' && wordAt(units, k + 2) === 'as')
    return 3;
  // "the US and its key allies, including Japan and Australia," lists the allies it names with the US.
  if (wordAt(units, k) === 'and' && possessiveDeterminers.has(wordAt(units, k + 1) ?? '')) {
    let m = k + 2;
    // "their key partners": compromise may tag the modifier as a noun.
    while (
      m < k + 5 &&
      units[m]?.kind === 'word' &&
      ['Adjective', 'Noun'].some((t) => (units[m] as WordUnit).tags.has(t)) &&
      !memberWords.has(wordAt(units, m)!)
    )
      m++;
    if (!memberWords.has(wordAt(units, m) ?? '')) return 0;
    m++;
    if (wordAt(units, m) === ',') m++;
    if (wordAt(units, m) === 'such' && wordAt(units, m + 1) === 'as') m += 2;
    else if (listOpeners.has(wordAt(units, m) ?? '')) m++;
    else return 0;
    return units[m]?.kind === 'actor' ? m - k : 0;
  }
  if (
    comma &&
    (wordAt(units, k) === 'along' || wordAt(units, k) === 'together') &&
    wordAt(units, k + 1) === 'with' &&
    units[k + 2]?.kind === 'actor' &&
    wordAt(units, k + 3) === ','
  )
    return 2;
  return 0;
}

/** "UK, Canada, Australia sanction Belarus": a headline lists its subjects with commas alone. */
function headlineList(units: Unit[], k: number): boolean {
  let m = k;
  while (units[m]?.kind === 'actor' && wordAt(units, m + 1) === ',') m += 2;
  const verb = units[m + 1];
  return (
    units[m]?.kind === 'actor' &&
    verb?.kind === 'word' &&
    (isFiniteVerb(verb) || verb.tags.has('Infinitive') || verb.tags.has('Noun')) &&
    !verb.tags.has('PastTense') &&
    !verb.tags.has('Plural') &&
    !verb.tags.has('Determiner')
  );
}

/** The end of "federal forces", "troops" after a demonym: up to one adjective, then a body noun. */
function bodyHeadEnd(units: Unit[], from: number): number {
  let k = from;
  const at = (n: number): WordUnit | null =>
    units[n]?.kind === 'word' ? (units[n] as WordUnit) : null;
  if (at(k)?.tags.has('Adjective') && bodyRoleNouns.has(at(k + 1)?.lower ?? '')) k++;
  return bodyRoleNouns.has(at(k)?.lower ?? '') ? k + 1 : from;
}

function hasCoordinatorAhead(units: Unit[], from: number): boolean {
  // "Poroshenko, Putin, Merkel, and Hollande", "Saudi Arabia, Bahrain, the UAE, and Egypt": a list of
  // actors separated by commas (a linker may open an item) that ends in a coordinator and an actor.
  for (let k = from + 1; k < units.length && k < from + 24; k++) {
    const u = units[k];
    // "the United States, Britain and the European Union": a linker may follow the coordinator.
    if (u.kind === 'word' && COORDINATORS.has(u.lower)) {
      if (multiwordCoordinator(units, k, false) > 0) return true;
      const next = units[k + 1];
      const linked = next?.kind === 'word' && LINKERS.has(next.lower) ? units[k + 2] : next;
      return linked?.kind === 'actor';
    }
    if (u.kind === 'actor') {
      if (wordAt(units, k + 1) !== ',' && !COORDINATORS.has(wordAt(units, k + 1) ?? ''))
        return false;
      continue;
    }
    if (u.lower === ',') continue;
    if (LINKERS.has(u.lower) && units[k + 1]?.kind === 'actor' && wordAt(units, k - 1) === ',')
      continue;
    return false;
  }
  return false;
}
