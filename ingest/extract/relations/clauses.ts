// Clause edges: where a clause starts and ends, time phrases, conditionals, coordination.
import {
  timeLinks,
  timePhraseOpeners,
  allegationNouns,
  appositiveDeterminers,
  clauseLinks,
  clauseStops,
  conditionals,
  denialVerbs,
  months,
  nounClasses,
  subordinators,
  timeWords,
} from '../lexicon.ts';
import type { Unit } from '../units.ts';
import { isVerb, word } from './words.ts';

/** ", a charge Abu Dhabi denied": an allegation noun in apposition, denied by an actor. */
export function disputedAllegation(units: Unit[]): boolean {
  for (let k = 1; k + 3 < units.length; k++) {
    if (
      word(units[k - 1])?.lower !== ',' ||
      !appositiveDeterminers.has(word(units[k])?.lower ?? '')
    )
      continue;
    const noun = word(units[k + 1]);
    const verb = word(units[k + 3]);
    if (
      noun &&
      allegationNouns.has(noun.root) &&
      units[k + 2]?.kind === 'actor' &&
      verb &&
      denialVerbs.has(verb.root)
    )
      return true;
  }
  return false;
}

/** "If China invades Taiwan, ...": the verb group sits in a conditional clause. */
export function conditional(units: Unit[], chainStart: number): boolean {
  for (let k = chainStart - 1; k >= 0 && k >= chainStart - 8; k--) {
    const w = word(units[k]);
    if (!w) continue;
    if (conditionals.has(w.lower)) return true;
    if (w.lower === ',' || w.lower === ';' || w.lower === 'that' || isVerb(units, k)) break;
  }
  // "pledging to aid each other if either is attacked": a condition after the act.
  for (let k = chainStart + 1; k < units.length && k <= chainStart + 8; k++) {
    const w = word(units[k]);
    if (!w) continue;
    if (conditionals.has(w.lower)) return true;
    if (w.lower === ',' || w.lower === ';') return false;
  }
  return false;
}

/** The unit before the clause that ends at `to` ("…, and the talks were postponed": the comma), or -1. */
export function clauseStart(units: Unit[], to: number): number {
  for (let k = to - 1; k >= 0; k--) {
    const w = word(units[k])?.lower ?? '';
    if (w === ',' || w === ';' || clauseLinks.has(w) || subordinators.has(w)) return k;
  }
  return -1;
}

/** The last unit of the clause that starts at `from`. */
export function clauseEnd(units: Unit[], from: number): number {
  for (let k = from + 1; k < units.length; k++) {
    const w = word(units[k]);
    if (!w) continue;
    if (clauseStops.has(w.lower) || w.lower === ';') return k - 1;
    if (w.lower === ',' && clauseLinks.has(word(units[k + 1])?.lower ?? '')) return k - 1;
  }
  return units.length - 1;
}

/** Whether "and"/"," (then adverbs) directly precedes the verb group starting at `chainStart`. */
export function isConjoined(units: Unit[], from: number, chainStart: number): boolean {
  const w = word(units[chainStart - 1]);
  if (!w || !(w.lower === 'and' || w.lower === ',' || w.lower === 'then')) return false;
  return from <= chainStart - 1;
}

/** The first unit after a time phrase at `from` ("on Tuesday (Sept. 19)", "last week"), or `from`. */
export function timePhraseEnd(units: Unit[], from: number): number {
  const w = word(units[from]);
  if (!w || !timePhraseOpeners.has(w.lower)) return from;
  let k = from + 1;
  while (k < units.length && k < from + 6) {
    const u = word(units[k]);
    if (!u) break;
    if (
      timeWords.has(u.lower) ||
      months.has(u.lower.replace(/\.$/, '')) ||
      /^\d+(st|nd|rd|th)?$/.test(u.lower) ||
      u.lower === ','
    )
      k++;
    // "earlier in the week", "later that day": words that link the opener to a time word, only before one.
    else if (timeLinks.has(u.lower)) {
      let t = k;
      while (t < from + 5 && timeLinks.has(word(units[t])?.lower ?? '')) t++;
      if (!timeWords.has(word(units[t])?.lower ?? '')) break;
      k = t;
    } else break;
  }
  return k > from + 1 ? k : from;
}

/** The end of a window of up to `span` units from `from`, stopping before the next verb. */
export function clauseWordEnd(units: Unit[], from: number, span: number, cls?: string): number {
  for (let k = from; k < from + span && k < units.length; k++) {
    // "expressed Iran's understanding": the required noun itself may be tagged as a verb.
    const w = word(units[k]);
    if (cls && w && (nounClasses[cls]?.has(w.lower) || nounClasses[cls]?.has(w.root))) continue;
    if (isVerb(units, k)) return k;
  }
  return from + span;
}

/** The first unit at or after `from` that is not a determiner or adjective ("the new government"). */
export function firstContent(units: Unit[], from: number): number {
  let k = from;
  for (;;) {
    const w = word(units[k]);
    if (!w) return k;
    const modifier = ['Determiner', 'Adjective', 'Adverb'].some((t) => w.tags.has(t));
    // "the internationally recognized government": a participle inside the phrase, before its noun.
    const participle =
      k > from && w.tags.has('PastTense') && !!word(units[k + 1])?.tags.has('Noun');
    if (!modifier && !participle) return k;
    k++;
  }
}
