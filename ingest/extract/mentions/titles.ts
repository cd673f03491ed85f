// Titles: "Russian President Vladimir Putin" (LEADS), "Russian Foreign Minister Sergei Lavrov" (PART_OF).
import { slugify } from '../../actors/slug.ts';
import {
  formerModifiers,
  newActorStopwords,
  notHeadModifiers,
  titleModifiers,
} from '../lexicon.ts';
import type { Scan } from './scan.ts';
import type { Hit } from './types.ts';
import { adjacent, isCapitalised, isHeadRole, namesAny, titleAt } from './words.ts';

/** 4. Titles before or around a name, with the actor they belong to. */
export function findTitles(scan: Scan): void {
  const {
    sentence,
    ctx,
    registry,
    tokens,
    hits,
    owner,
    actorOf,
    addHit,
    use,
    remember,
    possessiveEnd,
    addStructural,
  } = scan;
  // The actor a title belongs to, right before it: "Russian", "Iran's", "NATO", "Kremlin", "Beijing's"
  // (a capital only as a possessive), past modifiers such as "special" or "junta".
  const ownerBefore = (i: number): Hit | undefined => {
    let k = i;
    while (k > 0 && i - k < 2 && titleModifiers.has(tokens[k - 1].key)) k--;
    const at = (k: number) =>
      hits.find((h) => {
        const type = actorOf(h.actorId)?.type;
        if (!type || type === 'Person' || type === 'Place') return false;
        if (possessiveEnd(h.last) === k && possessiveEnd(h.last) !== h.last) return true;
        return h.last === k && h.via !== 'capital';
      });
    // "Libyan National Accord Prime Minister": a government's capitalised name between demonym and title.
    let c = k;
    while (c > 0 && k - c < 3 && isCapitalised(tokens[c - 1]) && !owner[c - 1]) c--;
    return at(k) ?? (c < k ? at(c) : undefined);
  };
  // 4. Titles: "Russian President Vladimir Putin" (LEADS), "Russian Foreign Minister Sergei Lavrov" (PART_OF),
  // "his Iranian counterpart X", "Qatar's emir, Sheikh Tamim", "the Iranian president".
  let lastRole: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (owner[i] && owner[i]!.via !== 'demonym') continue;
    let j = i;
    for (let n = titleAt(tokens, j); !owner[j] && n > 0 && j - i < 6; n = titleAt(tokens, j))
      j += n;
    if (j === i) continue;
    const titleText = tokens
      .slice(i, j)
      .map((t) => t.text)
      .join(' ');
    const modifiers = tokens
      .slice(Math.max(0, i - 2), i)
      .map((t) => t.key)
      .join(' ');
    const former = namesAny(formerModifiers, modifiers) || namesAny(formerModifiers, titleText);
    const isCounterpart = /counterpart/i.test(titleText);
    const role: string | null = isCounterpart ? (lastRole ?? titleText) : titleText;
    if (!isCounterpart) lastRole = titleText;
    const head = !!role && isHeadRole(role) && !namesAny(notHeadModifiers, modifiers) && !former;
    const state = ownerBefore(i);
    const stateActor = state && actorOf(state.actorId);
    const countryCode = stateActor?.type === 'State' ? stateActor.id : null;
    const personAt = (k: number): Hit | undefined =>
      hits.find((h) => h.first === k && actorOf(h.actorId)?.type === 'Person');
    let person = personAt(j);
    // "Qatar's emir, Sheikh Tamim bin Hamad Al Thani,": a name set off after the title.
    const nameFirst = j;
    if (!person && state && tokens[j]?.text === ',') {
      let k = j + 1;
      person = personAt(k);
      for (let n = titleAt(tokens, k); !person && n > 0 && k - j < 4; n = titleAt(tokens, k)) {
        k += n;
        person = personAt(k);
      }
      if (!person && isCapitalised(tokens[k]) && !owner[k]) j = k;
    }
    if (
      !person &&
      isCapitalised(tokens[j]) &&
      !owner[j] &&
      (j > nameFirst || adjacent(tokens[j - 1], tokens[j]))
    ) {
      // A capitalised run after a title is a name even when compromise missed it.
      let end = j;
      while (
        end < tokens.length &&
        end - j < 4 &&
        isCapitalised(tokens[end]) &&
        !owner[end] &&
        !newActorStopwords.has(tokens[end].key) &&
        (end === j || adjacent(tokens[end - 1], tokens[end]))
      ) {
        end++;
        // "Yunus-Bek Yevkurov": hyphenated name parts.
        if (tokens[end]?.text === '-' && isCapitalised(tokens[end + 1]) && !owner[end + 1]) end++;
      }
      if (end > j) {
        const name = sentence.text.slice(
          tokens[j].start - sentence.start,
          tokens[end - 1].end - sentence.start,
        );
        const id = ctx.surnames.get(name) ?? slugify(name);
        const actor = actorOf(id) ?? {
          id,
          name,
          type: 'Person' as const,
          aliases: [],
          countryCode,
          role: role ?? null,
        };
        use(actor);
        person = addHit(j, end, id, 'title');
        remember(id, j, end);
      }
    }
    j = nameFirst;
    if (person) {
      const actor = actorOf(person.actorId)!;
      if (countryCode && actor.countryCode === null) actor.countryCode = countryCode;
      if (person.first === j) person.spanFirst = state ? state.first : i;
      if (state && person.first === j) state.absorbed = true;
      // Only between mentions: a title with no owner in the text gives nothing ("President Putin").
      let target = state?.actorId;
      // "Emir Tamim of Qatar": the owner after the name.
      if (!target && tokens[person.last]?.key === 'of') {
        const skip = tokens[person.last + 1]?.key === 'the' ? 1 : 0;
        target = hits.find(
          (h) =>
            h.first === person!.last + 1 + skip &&
            !['Person', 'Place'].includes(actorOf(h.actorId)?.type ?? ''),
        )?.actorId;
      }
      if (target && role && !former)
        addStructural(actor.id, target, head, head ? 'title-leads' : 'title-part-of');
    } else if (countryCode && role && !former) {
      // "the Iranian president": the curated holder at the article date, else the state itself.
      const holder = registry.holderOf(countryCode, role.replace(/defense/i, 'Defence'), ctx.date);
      if (holder) {
        use(holder);
        addHit(state!.first, j, holder.id, 'holder');
        state!.absorbed = true;
      } else {
        state!.spanLast = j;
      }
    }
    i = j - 1;
  }
}
