// Mediation: a go-between consults each party it mediates between, when the parties are named in the clause
// ("Chile and Peru, mediated by Brazil and Mexico, agreed …", "Oman brokered talks between A and B").
import { mediatorVerbs } from './lexicon.ts';
import type { ActorUnit, Unit, WordUnit } from './units.ts';

export interface Mediation {
  mediator: ActorUnit;
  parties: ActorUnit;
}

const word = (u: Unit | undefined): WordUnit | null => (u?.kind === 'word' ? u : null);
const isParties = (u: Unit | undefined): u is ActorUnit =>
  u?.kind === 'actor' && !u.place && !u.compound && u.actorIds.length > 1;
const CLAUSE_BREAKS = new Set([';', 'while', 'but', 'after', 'before', 'because']);

/** The coordinated parties nearest to `from` in the direction `step`, within the clause. */
function partiesNear(units: Unit[], from: number, step: 1 | -1): ActorUnit | null {
  for (let k = from; k >= 0 && k < units.length && Math.abs(k - from) <= 10; k += step) {
    const u = units[k];
    if (CLAUSE_BREAKS.has(word(u)?.lower ?? '')) return null;
    if (isParties(u)) return u;
  }
  return null;
}

/**
 * Each mediating verb: passive with a "by" mediator ("mediated by Qatar") relates it to the parties before it;
 * active ("Qatar mediated talks between A and B") relates its subject to the parties after it.
 */
export function findMediations(
  units: Unit[],
  subjectOf: (verbAt: number) => ActorUnit | null,
): Mediation[] {
  const out: Mediation[] = [];
  for (let i = 0; i < units.length; i++) {
    const w = word(units[i]);
    if (!w || !(mediatorVerbs.has(w.root) || mediatorVerbs.has(w.lower))) continue;
    const by = word(units[i + 1])?.lower === 'by' ? units[i + 2] : undefined;
    if (by?.kind === 'actor' && !by.place) {
      const parties = partiesNear(units, i - 1, -1);
      if (parties && !parties.actorIds.some((id) => by.actorIds.includes(id)))
        out.push({ mediator: by, parties });
      continue;
    }
    const mediator = subjectOf(i);
    const parties = mediator ? partiesNear(units, i + 1, 1) : null;
    if (mediator && parties && !parties.actorIds.some((id) => mediator.actorIds.includes(id)))
      out.push({ mediator, parties });
  }
  return out;
}
