// Bodies of a state: ministries, curated bodies named with a possessive, institutions after a demonym.
import { slugify } from '../../actors/slug.ts';
import { institutionHeads, newActorStopwords } from '../lexicon.ts';
import type { Scan } from './scan.ts';
import { isCapitalised, joinTokens } from './words.ts';

const BODY_KINDS_CREATED = new Set([
  'foreign-ministry',
  'defence-ministry',
  'interior-ministry',
  'finance-ministry',
  'energy-ministry',
  'justice-ministry',
  'intelligence-ministry',
  'economy-ministry',
]);

/** "Iran's Foreign Ministry", "Russian Defence Ministry", "Ministry of Foreign Affairs of Iran". */
export function findMinistries(scan: Scan): void {
  const {
    ctx,
    registry,
    tokens,
    structural,
    hits,
    owner,
    actorOf,
    addHit,
    use,
    possessiveEnd,
    stateHitEndingAt,
  } = scan;
  // 2. "Iran's Foreign Ministry", "Russian Defence Ministry", "Ministry of Foreign Affairs of Iran".
  for (let i = 0; i < tokens.length; i++) {
    if (owner[i]) continue;
    const kind = registry.bodyKindIn(tokens, i);
    if (!kind) continue;
    let state = stateHitEndingAt(i);
    let last = i + kind.length;
    if (!state && tokens[last]?.key === 'of') {
      const skip = tokens[last + 1]?.key === 'the' ? 1 : 0;
      state = hits.find(
        (h) =>
          h.first === last + 1 + skip &&
          actorOf(h.actorId)?.type === 'State' &&
          h.via !== 'capital',
      );
      if (state) last = state.last;
    }
    if (!state) continue;
    const countryCode = state.actorId;
    let bodyId = registry.bodyOf(countryCode, kind.kind);
    if (!bodyId && BODY_KINDS_CREATED.has(kind.kind)) {
      const stateActor = actorOf(countryCode)!;
      const demonym = stateActor.demonyms?.[0] ?? stateActor.name;
      bodyId = `${slugify(demonym)}-${kind.kind}`;
      if (!ctx.actors.has(bodyId)) {
        ctx.actors.set(bodyId, {
          id: bodyId,
          name: `${demonym} ${kind.label}`,
          type: 'GovernmentBody',
          aliases: [],
          countryCode,
          partOf: countryCode,
        });
      }
    }
    if (!bodyId) continue;
    use(actorOf(bodyId)!);
    // "Iran's Foreign Ministry", "the Foreign Ministry of Iran": two mentions, the body PART_OF the state.
    // "the Russian Defence Ministry": one name, one mention; its state is not a separate mention.
    const separate = state.first > i || possessiveEnd(state.last) !== state.last;
    const body = addHit(separate ? i : state.first, i + kind.length, bodyId, 'body');
    body.spanFirst = Math.min(state.first, i);
    body.spanLast = Math.max(last, i + kind.length);
    state.absorbed = true;
    if (separate)
      structural.push({
        source: bodyId,
        target: countryCode,
        type: 'PART_OF',
        rule: 'body-of-state',
      });
    else hits.splice(hits.indexOf(state), 1);
    i = body.spanLast - 1;
  }
}

/** Curated bodies named with a possessive state: two mentions, the body PART_OF the state. */
export function splitCuratedBodies(scan: Scan): void {
  const { registry, tokens, structural, hits, actorOf, addHit, possessiveEnd } = scan;
  // Curated bodies named with a possessive state ("Ukraine's Foreign Ministry" as one alias): two mentions.
  for (const hit of [...hits]) {
    const actor = actorOf(hit.actorId);
    if (actor?.type !== 'GovernmentBody' || !actor.partOf || hit.via === 'body') continue;
    for (let k = hit.first + 1; k < hit.last - 1; k++) {
      if (!/^['’]$/.test(tokens[k].text)) continue;
      const owner = registry.lookup(joinTokens(tokens, hit.first, k));
      if (owner?.actorId !== actor.partOf) break;
      const state = addHit(hit.first, k, owner.actorId, owner.via);
      state.absorbed = true;
      hit.spanFirst = hit.first;
      hit.first = possessiveEnd(k) === k ? k + 1 : possessiveEnd(k);
      structural.push({
        source: actor.id,
        target: actor.partOf,
        type: 'PART_OF',
        rule: 'body-of-state',
      });
      break;
    }
  }
}

/** "the Chinese Coast Guard": a demonym and capitalised words ending in an institution noun. */
export function findInstitutions(scan: Scan): void {
  const { ctx, registry, tokens, hits, owner, actorOf, addHit, use, possessiveEnd } = scan;
  // 2b. "the Chinese Coast Guard", "the Palestinian Authority": a demonym and capitalised words ending in an
  // institution noun are one body of that state (not "Russian forces", lower-case and generic).
  const headline = !tokens.some((t) => /^\p{Ll}\p{L}{3,}/u.test(t.text));
  for (const hit of [...hits]) {
    if (headline || hit.via === 'capital' || hit.absorbed || !hits.includes(hit)) continue;
    if (actorOf(hit.actorId)?.type !== 'State' || possessiveEnd(hit.last) !== hit.last) continue;
    let end = 0;
    for (let k = hit.last; k < tokens.length && !owner[k] && isCapitalised(tokens[k]); k++) {
      const inner = k > hit.last;
      const head = institutionHeads.single.has(tokens[k].key);
      if (
        !head &&
        !institutionHeads.compound.has(tokens[k].key) &&
        newActorStopwords.has(tokens[k].key)
      )
        break;
      if (head || (inner && institutionHeads.compound.has(tokens[k].key))) end = k + 1;
    }
    if (!end) continue;
    const name = joinTokens(tokens, hit.first + (tokens[hit.first].key === 'the' ? 1 : 0), end);
    const curated = registry.lookup(name) ?? registry.lookup(name.replace(/Defence/g, 'Defense'));
    let bodyId = curated?.actorId;
    if (!bodyId) {
      bodyId = slugify(name);
      if (!bodyId) continue;
      if (!actorOf(bodyId))
        ctx.actors.set(bodyId, {
          id: bodyId,
          name,
          type: 'GovernmentBody',
          aliases: [],
          countryCode: hit.actorId,
          partOf: hit.actorId,
        });
    }
    use(actorOf(bodyId)!);
    hits.splice(hits.indexOf(hit), 1);
    for (let k = hit.first; k < hit.last; k++) if (owner[k] === hit) owner[k] = undefined;
    addHit(hit.first, end, bodyId, 'body');
  }
}
