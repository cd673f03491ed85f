// Possessives: "China's Wang Yi", "Turkey's intelligence agency MIT", "Russia's Africa Corps".
import { bodyDescriptors } from '../lexicon.ts';
import type { Scan } from './scan.ts';
import { ORG_TYPES } from './words.ts';

/** 7. A possessive state before a person or body of it. */
export function findPossessives(scan: Scan): void {
  const { tokens, structural, hits, actorOf, possessiveEnd, addStructural } = scan;
  // 7. Possessives: "China's Wang Yi" (a person of the state), "Turkey's intelligence agency MIT",
  // "Russia's Africa Corps" (a body of the state, unless the registry places it elsewhere).
  for (const hit of [...hits]) {
    const actor = actorOf(hit.actorId);
    const after = possessiveEnd(hit.last);
    if (actor?.type !== 'State' || after === hit.last || hit.absorbed) continue;
    let k = after;
    while (k < after + 2 && bodyDescriptors.has(tokens[k]?.key ?? '')) k++;
    const next = hits.find((h) => h.first === k);
    const part = next && actorOf(next.actorId);
    if (!part) continue;
    if (part.type === 'Person' && k === after && !structural.some((f) => f.source === part.id))
      addStructural(part.id, actor.id, false, 'possessive-part-of');
    else if (
      ORG_TYPES.has(part.type) &&
      (part.type === 'GovernmentBody' || k > after) &&
      (part.countryCode ?? actor.id) === actor.id
    )
      addStructural(part.id, actor.id, false, 'possessive-part-of');
  }
}
