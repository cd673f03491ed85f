// Building found relations: one relation, every source with every target, coordinated actors.
import type { ActorUnit } from '../units.ts';
import type { FoundRelation } from './types.ts';

export function sameActors(a: ActorUnit, b: ActorUnit): boolean {
  return (
    a.actorIds.length === b.actorIds.length && a.actorIds.every((id) => b.actorIds.includes(id))
  );
}

/** A coordination of two actor units, as one. */
export function mergeActors(a: ActorUnit, b: ActorUnit): ActorUnit {
  return {
    ...a,
    actorIds: [...a.actorIds, ...b.actorIds.filter((id) => !a.actorIds.includes(id))],
  };
}

export function relation(
  source: string,
  target: string,
  type: string,
  rule: string,
  confidence: number,
  speaker: ActorUnit | null,
  modality: string,
): FoundRelation {
  return {
    source,
    target,
    type,
    rule,
    confidence: Math.round(confidence * 1000) / 1000,
    speaker: speaker?.actorIds[0] ?? null,
    modality,
  };
}

/** Every source with every target; a coordinated subject with no target relates its members pairwise. */
export function pairs(
  source: ActorUnit,
  target: ActorUnit | null,
  type: string,
  rule: string,
  confidence: number,
  speaker: ActorUnit | null,
  modality: string,
): FoundRelation[] {
  const out: FoundRelation[] = [];
  if (!target) {
    const ids = source.actorIds;
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++)
        out.push(relation(ids[a], ids[b], type, rule, confidence * 0.95, speaker, modality));
    }
    return out;
  }
  for (const s of source.actorIds)
    for (const t of target.actorIds)
      out.push(relation(s, t, type, rule, confidence, speaker, modality));
  return out;
}
