// Appositions: "Putin, the Russian president," and "Turkey, a NATO member,".
import {
  appositionOpeners,
  formerModifiers,
  memberWords,
  notHeadModifiers,
  organisationHeadTitles,
  partNouns,
} from '../lexicon.ts';
import type { Scan } from './scan.ts';
import { isHeadRole, namesAny, ORG_TYPES, titleAt } from './words.ts';

/** 5. Appositions after a name set off by a comma. */
export function findAppositions(scan: Scan): void {
  const { tokens, structural, hits, actorOf, possessiveEnd, addStructural } = scan;
  // 5. Appositions: "Putin, the Russian president," and "Turkey, a NATO member,".
  for (const hit of [...hits]) {
    if (hit.absorbed || tokens[hit.spanLast]?.text !== ',') continue;
    const actor = actorOf(hit.actorId);
    let k = hit.spanLast + 1;
    if (appositionOpeners.has(tokens[k]?.key ?? '')) k++;
    if (actor?.type === 'Person') {
      // "Putin, the Russian president," / "Ebrahim Raisi, Iran's president," / "X, the HTS leader".
      let state = hits.find((h) => {
        const type = actorOf(h.actorId)?.type;
        return h.first === k && !!type && type !== 'Person' && type !== 'Place';
      });
      let titleStart = state ? possessiveEnd(state.last) : k;
      // "Peru's trade minister": up to two lower-case words before the title.
      for (let t = titleStart; t < titleStart + 3 && tokens[t]; t++) {
        if (titleAt(tokens, t) > 0) {
          titleStart = t;
          break;
        }
        if (!/^\p{Ll}/u.test(tokens[t].text)) break;
      }
      let end = titleStart;
      for (let n = titleAt(tokens, end); n > 0; n = titleAt(tokens, end)) end += n;
      if (end === titleStart) continue;
      const role = tokens
        .slice(titleStart, end)
        .map((t) => t.text)
        .join(' ');
      const definite = tokens[hit.spanLast + 1]?.key === 'the';
      // "now deputy chairman of ...": a lower-case "deputy" or "vice" before the title keeps it from heading.
      const before = tokens
        .slice(k, titleStart)
        .map((t) => t.key)
        .join(' ');
      let head = isHeadRole(role) && !namesAny(notHeadModifiers, before);
      // "Erdogan, Niinisto, Swedish Prime Minister Magdalena Andersson": a list, not an apposition.
      if (hits.some((h) => h.first === end && actorOf(h.actorId)?.type === 'Person')) continue;
      // "Rafael Grossi, the head of the UN nuclear watchdog": the owner after "of".
      if (!state && (tokens[end]?.key === 'of' || tokens[end]?.key === 'for')) {
        const skip = tokens[end + 1]?.key === 'the' ? 1 : 0;
        state = hits.find((h) => {
          const type = actorOf(h.actorId)?.type;
          return h.first === end + 1 + skip && !!type && type !== 'Person' && type !== 'Place';
        });
        // "the commander of the SDF": the definite title of an organisation is its head.
        head ||= definite && organisationHeadTitles.has(role.toLowerCase());
      }
      if (
        !state ||
        namesAny(
          formerModifiers,
          tokens
            .slice(k, end)
            .map((t) => t.key)
            .join(' '),
        )
      )
        continue;
      const stateActor = actorOf(state.actorId);
      if (stateActor?.type === 'State' && actor.countryCode === null)
        actor.countryCode = stateActor.id;
      addStructural(
        actor.id,
        state.actorId,
        head,
        head ? 'apposition-leads' : 'apposition-part-of',
      );
      if (state.first === k) {
        state.absorbed = true;
        hit.spanLast = end;
      }
    } else if (actor && ORG_TYPES.has(actor.type)) {
      // "the Quds Force, the external arm of the Revolutionary Guards,".
      while (k < hit.spanLast + 5 && !partNouns.has(tokens[k]?.key ?? '')) k++;
      if (!partNouns.has(tokens[k]?.key ?? '') || tokens[k + 1]?.key !== 'of') continue;
      const skip = tokens[k + 2]?.key === 'the' ? 1 : 0;
      const whole = hits.find((h) => h.first === k + 2 + skip);
      const type = whole && actorOf(whole.actorId)?.type;
      if (whole && type && type !== 'Person' && type !== 'Place')
        addStructural(actor.id, whole.actorId, false, 'apposition-part-of');
    } else if (actor?.type === 'State') {
      if (tokens[k]?.key === 'member' && tokens[k + 1]?.key === 'of') k += 2;
      const org = hits.find(
        (h) =>
          h.first === k && ['Alliance', 'Organization'].includes(actorOf(h.actorId)?.type ?? ''),
      );
      if (!org) continue;
      const isMember = tokens[k - 1]?.key === 'of' || memberWords.has(tokens[org.last]?.key ?? '');
      if (!isMember) continue;
      structural.push({
        source: actor.id,
        target: org.actorId,
        type: 'MEMBER_OF',
        rule: 'member-apposition',
      });
      org.absorbed = true;
      hit.spanLast = Math.max(org.last + (tokens[k - 1]?.key === 'of' ? 0 : 1), hit.spanLast);
    }
  }
}
