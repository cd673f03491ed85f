// Membership titles: "NATO member Turkey", "fellow NATO members Hungary and Turkey".
import { memberWords } from '../lexicon.ts';
import type { Scan } from './scan.ts';

/** 6. An organisation and a member word before its member states. */
export function findMemberTitles(scan: Scan): void {
  const { tokens, structural, hits, actorOf } = scan;
  // 6. "NATO member Turkey", "fellow NATO members Hungary and Turkey".
  for (const org of hits) {
    const type = actorOf(org.actorId)?.type;
    if (org.absorbed || (type !== 'Alliance' && type !== 'Organization')) continue;
    let k = org.last;
    if (tokens[k]?.key === 'member' && memberWords.has(tokens[k + 1]?.key ?? '')) k++;
    if (!memberWords.has(tokens[k]?.key ?? '')) continue;
    k++;
    let first = true;
    for (
      let state = hits.find((h) => h.first === k);
      state && actorOf(state.actorId)?.type === 'State';
    ) {
      structural.push({
        source: state.actorId,
        target: org.actorId,
        type: 'MEMBER_OF',
        rule: 'member-title',
      });
      if (first) {
        state.spanFirst = org.first;
        org.absorbed = true;
        first = false;
      }
      k = state.last;
      if (tokens[k]?.text === ',') k++;
      if (tokens[k]?.key === 'and') k++;
      state = hits.find((h) => h.first === k);
    }
  }
}
