// Evaluations: a speaker who calls another party's act a provocation, a threat or a violation criticises that
// party ("Moscow said US plans to supply Patriots were a provocation", "Iran calls NATO expansion a threat").
import { evaluationVerbs, negators, quoteCriticism, speechVerbs } from './lexicon.ts';
import type { ActorUnit, Unit, WordUnit } from './units.ts';

/** One speech or evaluation verb as the rule pass read it. */
export interface EvaluationFrame {
  index: number;
  lemma: string;
  speaker: ActorUnit | null;
  /** The speaker stands after the verb or after a comma that closes the quotation ("…, X said"). */
  postposed: boolean;
  /** Where the postposed speaker stands (the reported words end before it). */
  speakerAt: number;
  blocked: boolean;
}

export interface Evaluation {
  speaker: ActorUnit;
  target: ActorUnit;
  /** The evaluating word ("provocation"), for provenance. */
  word: string;
}

const word = (u: Unit | undefined): WordUnit | null => (u?.kind === 'word' ? u : null);
/** Prepositions that make an actor the one acted on or a place, not the evaluated party ("the strike on Iran"). */
const OBJECT_PREPS = new Set([
  'on',
  'against',
  'to',
  'at',
  'in',
  'with',
  'into',
  'toward',
  'towards',
  'for',
  'from',
  'over',
  'of',
  'between',
  'among',
]);
/** "a victim of aggression": words that make the party before the evaluation its sufferer, not its author. */
const SUFFERING = new Set([
  'victim',
  'victims',
  'target',
  'targets',
  'against',
  'faced',
  'suffered',
]);

const CLAUSE_ENDS = new Set([';', 'while', 'whereas', 'but', 'and', 'although', 'though']);
const CONDITIONS = new Set(['if', 'unless', 'whether']);

const sameActors = (a: ActorUnit, b: ActorUnit): boolean =>
  a.actorIds.some((id) => b.actorIds.includes(id));

/** A negator among the few words before `k` ("had not violated", "was never a threat"). */
function negatedBefore(units: Unit[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const w = word(units[j]);
    if (!w) return false;
    if (negators.has(w.lower) || w.tags.has('Negative')) return true;
  }
  return false;
}

function isEvaluation(w: WordUnit | null): boolean {
  return !!w && (quoteCriticism.has(w.lower) || quoteCriticism.has(w.root));
}

/** The evaluated party in units[from, to): the last actor before the evaluating word that is not acted on. */
function evaluatedParty(
  units: Unit[],
  from: number,
  to: number,
  speaker: ActorUnit,
): ActorUnit | null {
  let party: ActorUnit | null = null;
  for (let k = from; k < to; k++) {
    const u = units[k];
    if (SUFFERING.has(word(u)?.lower ?? '')) party = null;
    if (u.kind !== 'actor') continue;
    if (u.place || u.reciprocal || sameActors(u, speaker)) continue;
    const before = word(units[k - 1]);
    const prep = before?.tags.has('Determiner') ? word(units[k - 2]) : before;
    if (prep && OBJECT_PREPS.has(prep.lower)) continue;
    party = u;
  }
  return party;
}

export function findEvaluations(units: Unit[], frames: EvaluationFrame[]): Evaluation[] {
  const out: Evaluation[] = [];
  for (const f of frames) {
    if (f.blocked || !f.speaker || f.speaker.place) continue;
    if (!speechVerbs.has(f.lemma) && !evaluationVerbs.has(f.lemma)) continue;
    // The reported or evaluated words: before a postposed speaker, else after the verb to the clause end.
    let from = f.index + 1;
    let to = units.length;
    if (f.postposed) {
      from = 0;
      to = f.speakerAt;
    } else {
      // The reported clause ends where another clause begins ("…, while Bahrain accused", "…, and Damascus").
      for (let k = from; k < units.length; k++) {
        const w = word(units[k])?.lower ?? '';
        if (CLAUSE_ENDS.has(w) || (w === ',' && CLAUSE_ENDS.has(word(units[k + 1])?.lower ?? ''))) {
          to = k;
          break;
        }
      }
    }
    // "If this is part of …": a condition evaluates nothing.
    if (
      CONDITIONS.has(word(units[from])?.lower ?? '') ||
      CONDITIONS.has(word(units[from + 1])?.lower ?? '')
    )
      continue;
    for (let k = from; k < to; k++) {
      const w = word(units[k]);
      if (!isEvaluation(w)) continue;
      // "said Iran had not violated the deal": a negated evaluation evaluates no one.
      if (negatedBefore(units, k)) break;
      const target = evaluatedParty(units, from, k, f.speaker);
      if (target) out.push({ speaker: f.speaker, target, word: w!.lower });
      break;
    }
  }
  return out;
}
