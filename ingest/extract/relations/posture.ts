// Military posture in response to another party: "Oslo scrambled jets after spotting Russian bombers".
import { postureOpeners, postureVerbs, sightingVerbs } from '../lexicon.ts';
import type { ActorUnit, Unit } from '../units.ts';
import { pairs } from './found.ts';
import type { FoundRelation } from './types.ts';
import { hasClassWord, isVerb, word } from './words.ts';

const OPENERS = [...postureOpeners].map((o) => o.split(' '));

/**
 * "Finland sent fighters in response to Russian drills", "Norway scrambled two jets after detecting four Russian
 * aircraft": forces moved in answer to what other parties did are a show of force
 * toward them (GUIDELINES: military posture toward a named state is material conflict). The parties are the actors
 * named in the phrase the opener starts, up to the clause's end.
 */
export function findPostureResponses(
  units: Unit[],
  verbIndexes: number[],
  subjectOf: (v: number) => ActorUnit | null,
): FoundRelation[] {
  const found: FoundRelation[] = [];
  for (const v of verbIndexes) {
    const verb = word(units[v]);
    if (!verb || !postureVerbs.has(verb.root)) continue;
    const subject = subjectOf(v);
    if (!subject || subject.place || !hasClassWord(units, 'TROOPS', v + 1, v + 5)) continue;
    const start = openerEnd(units, v + 2, v + 20);
    if (start === null) continue;
    const parties = new Set<string>();
    for (let k = start; k < units.length && k < start + 16; k++) {
      const u = units[k];
      if (u.kind === 'actor') {
        // "over the Sea of Japan": a place is where, not whom.
        if (!u.place && !u.possessive) for (const id of u.actorIds) parties.add(id);
        continue;
      }
      if (u.lower === ';' || (u.lower === ',' && isVerb(units, k + 1))) break;
      if (isVerb(units, k) && !u.tags.has('Gerund') && !u.tags.has('Participle')) break;
    }
    for (const id of subject.actorIds) parties.delete(id);
    for (const id of parties)
      found.push(
        ...pairs(
          subject,
          { ...subject, actorIds: [id] },
          'MOBILIZE',
          'posture-response',
          0.65,
          null,
          'asserted',
        ),
      );
  }
  return found;
}

/** Where the phrase after an opener ("in response to", "after spotting") starts, or null. */
function openerEnd(units: Unit[], from: number, to: number): number | null {
  for (let k = from; k < units.length && k < to; k++) {
    for (const opener of OPENERS)
      if (opener.every((w, n) => word(units[k + n])?.lower === w)) return k + opener.length;
    const w = word(units[k]);
    // "scrambled jets; Seoul said …": the answer is named in the verb's own clause.
    if (
      !w ||
      w.lower === ';' ||
      (isVerb(units, k) && !w.tags.has('Infinitive') && word(units[k - 1])?.lower !== 'to')
    )
      return null;
    const next = word(units[k + 1]);
    if ((w?.lower === 'after' || w?.lower === 'upon') && next && sightingVerbs.has(next.root))
      return k + 2;
  }
  return null;
}
