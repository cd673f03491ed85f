// Demonyms naming people of a nation, not its state.
import { peopleNotState } from '../lexicon.ts';
import type { Scan } from './scan.ts';

/** People of a nation ("Palestinian prisoners") are no actor at all. */
export function dropPeopleOfNation(scan: Scan): void {
  const { tokens, hits, owner } = scan;
  // 1c. "ethnic Albanian mayors", "Palestinian prisoners": people of a nation, not its state (no actor at all).
  for (const hit of [...hits]) {
    if (hit.via !== 'demonym') continue;
    const before = tokens[hit.first - 1]?.key;
    const after = tokens[hit.last]?.key ?? '';
    if (before !== 'ethnic' && !peopleNotState.has(after)) continue;
    hits.splice(hits.indexOf(hit), 1);
    for (let k = hit.first; k < hit.last; k++) if (owner[k] === hit) owner[k] = undefined;
  }
}
