// Recognition and linking: registry names, titles, appositions, bodies and compromise's new names → mentions and actor spans.
import type { Actor, Mention } from '../types.ts';
import { slugify, tokenize, type ActorRegistry, type Token } from '../actors/index.ts';
import {
  addresseeWords,
  bodyDescriptors,
  headRoles,
  locativePrepositions,
  motionWords,
  newActorStopwords,
  partNouns,
  placeNouns,
  placeParts,
  placeVerbs,
  regionHeads,
  institutionHeads,
  governingNouns,
  roleTitles,
  titleModifiers,
} from './lexicon.ts';
import type { Term } from './plugin.ts';
import type { SentenceSpan } from './sentences.ts';

/** What one article accumulates while its sentences are read in order. */
export interface ArticleContext {
  registry: ActorRegistry;
  date: string | null;
  /** Actors named so far (registry entries and new ones), by id. */
  actors: Map<string, Actor>;
  /** Short names seen in full earlier in the article ("Hussein" → "fuad-hussein"). */
  surnames: Map<string, string>;
}

/** A stretch the relation rules treat as one actor (a title and a name, a state and its ministry). */
export interface ActorSpan {
  actorId: string;
  start: number;
  end: number;
  possessive: boolean;
  /** A named place (city, region): a location rather than an agent. */
  place: boolean;
  /** A role noun the span took in ("the Russian ambassador" → "ambassador"), for noun-class checks. */
  head?: string;
}

export interface StructuralFact {
  source: string;
  target: string;
  type: 'LEADS' | 'MEMBER_OF' | 'PART_OF';
  rule: string;
}

export interface SentenceMentions {
  mentions: Mention[];
  spans: ActorSpan[];
  structural: StructuralFact[];
}

interface Hit {
  first: number;
  last: number;
  actorId: string;
  via: string;
  /** Syntax span, when patterns widened it beyond the name itself. */
  spanFirst: number;
  spanLast: number;
  absorbed: boolean;
}

// Longest first by tokens, so "Secretary-General" (three tokens) wins over "Secretary".
const TITLE_KEYS = roleTitles
  .map((title) => tokenize(title.join(' ')).map((t) => t.key))
  .sort((a, b) => b.length - a.length);
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
const MEMBER_WORDS = new Set([
  'member',
  'members',
  'ally',
  'allies',
  'partner',
  'partners',
  'state',
  'states',
  'country',
  'countries',
  'nation',
  'nations',
]);
const NAME_PARTICLES = new Set([
  'de',
  'al',
  'el',
  'bin',
  'ibn',
  'von',
  'van',
  'der',
  'den',
  'la',
  'le',
  'da',
  'di',
  'du',
  'abu',
  'ul',
  'ad',
  'as',
  'ben',
  'bint',
]);
/** Nouns after a demonym that name people of the nation, never its state ("Palestinian prisoners"). */
const PEOPLE_NOT_STATE = new Set([
  'prisoners',
  'detainees',
  'refugees',
  'migrants',
  'diaspora',
  'expatriates',
]);
const NOT_HEAD = /\b(vice|deputy|former|ex|late|acting|outgoing|then)\b/i;
/** No structural relation at all for a past holder. */
const FORMER = /\b(former|ex|late|outgoing|then)\b/i;
const ORG_TYPES = new Set(['Organization', 'Alliance', 'ArmedGroup', 'GovernmentBody']);

/** Whether a title makes its holder the head of the actor named with it ("President", "NATO chief"). */
function isHeadRole(role: string): boolean {
  if (NOT_HEAD.test(role)) return false;
  return headRoles.has(
    role
      .toLowerCase()
      .replace(/\s*-\s*/g, '-')
      .replace(/\s+/g, ' '),
  );
}

const isCapitalised = (token: Token | undefined): boolean =>
  !!token && /^[\p{Lu}]/u.test(token.text);

/** Longest role title starting at token i, as a token count. */
function titleAt(tokens: Token[], i: number): number {
  for (const keys of TITLE_KEYS) {
    if (keys.every((key, k) => tokens[i + k]?.key === key)) return keys.length;
  }
  return 0;
}

/** Adjacent tokens: at most one space apart (wider gaps are blanked boilerplate). */
const adjacent = (a: Token | undefined, b: Token | undefined): boolean =>
  !!a && !!b && b.start - a.end <= 1;

export function findSentenceMentions(
  sentence: SentenceSpan,
  terms: Term[],
  ctx: ArticleContext,
): SentenceMentions {
  const { registry } = ctx;
  const tokens = tokenize(sentence.text, sentence.start);
  const structural: StructuralFact[] = [];
  const hits: Hit[] = [];
  const owner = new Array<Hit | undefined>(tokens.length);
  const actorOf = (id: string): Actor | undefined => ctx.actors.get(id) ?? registry.get(id);
  const addHit = (first: number, last: number, actorId: string, via: string): Hit => {
    const hit: Hit = {
      first,
      last,
      actorId,
      via,
      spanFirst: first,
      spanLast: last,
      absorbed: false,
    };
    hits.push(hit);
    for (let k = first; k < last; k++) owner[k] ??= hit;
    return hit;
  };
  const use = (actor: Actor): string => {
    if (!ctx.actors.has(actor.id)) ctx.actors.set(actor.id, actor);
    return actor.id;
  };
  const remember = (actorId: string, first: number, last: number): void => {
    const actor = actorOf(actorId);
    if (actor?.type === 'Person' && last - first >= 2)
      ctx.surnames.set(tokens[last - 1].text, actorId);
  };

  // 1. Registry names, longest first; then short names met earlier in the article.
  for (let i = 0; i < tokens.length;) {
    const match = registry.matchFrom(tokens, i);
    if (match) {
      use(registry.get(match.actorId)!);
      addHit(match.first, match.last, match.actorId, match.via);
      if (match.via === 'name' || match.via === 'alias')
        remember(match.actorId, match.first, match.last);
      i = match.last;
      continue;
    }
    const known = isCapitalised(tokens[i]) ? ctx.surnames.get(tokens[i].text) : undefined;
    if (known) addHit(i, i + 1, known, 'surname');
    i++;
  }

  const possessiveEnd = (last: number): number => {
    const apostrophe = tokens[last];
    if (apostrophe?.text !== "'" && apostrophe?.text !== '’') return last;
    if (tokens[last + 1]?.key === 's' && adjacent(apostrophe, tokens[last + 1])) return last + 2;
    return /s$/.test(tokens[last - 1]?.text ?? '') ? last + 1 : last;
  };
  // 1b. A capital used as a location is the city, not its state: "talks in Moscow", "visited Budapest",
  // "the Damascus consulate", "Beirut's southern suburbs"; "Moscow said", "ties with Moscow" stay the state.
  const isLocative = (hit: Hit): boolean => {
    const after = possessiveEnd(hit.last);
    if (after !== hit.last) return placeParts.has(tokens[after]?.key ?? '');
    if (tokens[hit.last]?.text === '-') return false;
    const prev = tokens[hit.first - 1]?.key ?? '';
    if (prev === 'the' || prev === 'a' || prev === 'an') return true;
    // "the government in Damascus", "authorities in Beijing": the seat of government is the state.
    if (prev === 'in' && governingNouns.has(tokens[hit.first - 2]?.key ?? '')) return false;
    if (prev === 'at' && addresseeWords.has(tokens[hit.first - 2]?.key ?? '')) return false;
    if (locativePrepositions.has(prev) || placeVerbs.has(prev)) return true;
    const before = [2, 3, 4].map((d) => tokens[hit.first - d]?.key ?? '');
    if (['to', 'into', 'from', 'toward', 'towards'].includes(prev))
      return before.some((w) => motionWords.has(w));
    if (prev === 'on' || prev === 'of') return placeNouns.has(before[0]);
    return false;
  };
  for (const hit of hits) {
    const place = registry.capitalPlace(tokens, hit.first, hit.last);
    if (!place || !isLocative(hit)) continue;
    hit.actorId = use(registry.get(place)!);
    hit.via = 'place';
  }

  // 1c. "ethnic Albanian mayors", "Palestinian prisoners": people of a nation, not its state (no actor at all).
  for (const hit of [...hits]) {
    if (hit.via !== 'demonym') continue;
    const before = tokens[hit.first - 1]?.key;
    const after = tokens[hit.last]?.key ?? '';
    if (before !== 'ethnic' && !PEOPLE_NOT_STATE.has(after)) continue;
    hits.splice(hits.indexOf(hit), 1);
    for (let k = hit.first; k < hit.last; k++) if (owner[k] === hit) owner[k] = undefined;
  }

  const stateHitEndingAt = (end: number): Hit | undefined => {
    // A state (not a capital) whose name, demonym or possessive ends right before token `end`.
    for (const hit of hits) {
      const actor = actorOf(hit.actorId);
      if (actor?.type !== 'State' || hit.via === 'capital') continue;
      if (hit.last === end || possessiveEnd(hit.last) === end) return hit;
    }
    return undefined;
  };

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

  // 3. New names from compromise's people, organisations and places, never dropped unless junk.
  addCompromiseNames(tokens, terms, owner, addHit, ctx, remember);
  // 3b. "Russia's Ryazan region", "the Kherson region": a capitalised name before a region noun is a place.
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (owner[i] || !isCapitalised(tokens[i]) || !regionHeads.has(tokens[i + 1].key)) continue;
    if (newActorStopwords.has(tokens[i].key)) continue;
    const state = stateHitEndingAt(i);
    const owned = !!state && possessiveEnd(state.last) === i && state.last !== i;
    if (!owned && tokens[i - 1].key !== 'the') continue;
    const id = slugify(tokens[i].text);
    if (!id) continue;
    const actor = actorOf(id) ?? {
      id,
      name: tokens[i].text,
      type: 'Place' as const,
      aliases: [],
      countryCode: owned ? state.actorId : null,
    };
    if (actor.type !== 'Place') continue;
    use(actor);
    addHit(i, i + 1, id, 'region');
  }

  // The actor a title belongs to, right before it: "Russian", "Iran's", "NATO", "Kremlin", "Beijing's"
  // (a capital only as a possessive), past modifiers such as "special" or "junta".
  const ownerBefore = (i: number): Hit | undefined => {
    let k = i;
    while (k > 0 && i - k < 2 && titleModifiers.has(tokens[k - 1].key)) k--;
    return hits.find((h) => {
      const type = actorOf(h.actorId)?.type;
      if (!type || type === 'Person' || type === 'Place') return false;
      if (possessiveEnd(h.last) === k && possessiveEnd(h.last) !== h.last) return true;
      return h.last === k && h.via !== 'capital';
    });
  };
  // A registry person is tied only to what they belong to: their own state, its bodies, the international
  // body they serve ("Niinisto, Swedish Prime Minister X" is a list; Medvedev is not of the UN Security Council).
  const affiliationFits = (source: string, target: string): boolean => {
    const person = registry.get(source);
    const whole = actorOf(target);
    if (person?.type !== 'Person' || !whole) return true;
    if (whole.type === 'State') return !person.countryCode || person.countryCode === whole.id;
    if (whole.countryCode) return !person.countryCode || person.countryCode === whole.countryCode;
    return (
      !person.countryCode ||
      person.partOf === whole.id ||
      !!person.terms?.some((term) => term.of === whole.id)
    );
  };
  const addStructural = (source: string, target: string, head: boolean, rule: string): void => {
    if (source === target || !affiliationFits(source, target)) return;
    // The registry's dated offices say who heads what: "Wagner founder" and "Wagner chief" both LEAD.
    const terms = registry.get(source)?.terms ?? [];
    if (!head && terms.some((term) => term.of === target && isHeadRole(term.role))) {
      head = true;
      rule = rule.replace('part-of', 'leads');
    }
    if (structural.some((f) => f.source === source && f.target === target)) return;
    structural.push({ source, target, type: head ? 'LEADS' : 'PART_OF', rule });
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
    const former = FORMER.test(modifiers) || FORMER.test(titleText);
    const isCounterpart = /counterpart/i.test(titleText);
    const role: string | null = isCounterpart ? (lastRole ?? titleText) : titleText;
    if (!isCounterpart) lastRole = titleText;
    const head = !!role && isHeadRole(role) && !NOT_HEAD.test(modifiers) && !former;
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

  // 5. Appositions: "Putin, the Russian president," and "Turkey, a NATO member,".
  for (const hit of [...hits]) {
    if (hit.absorbed || tokens[hit.spanLast]?.text !== ',') continue;
    const actor = actorOf(hit.actorId);
    let k = hit.spanLast + 1;
    if (['the', 'a', 'an', 'fellow', 'its'].includes(tokens[k]?.key ?? '')) k++;
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
      let head = isHeadRole(role) && !NOT_HEAD.test(before);
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
        head ||= definite && /^(commander|head|leader|chief|founder)$/i.test(role);
      }
      if (
        !state ||
        FORMER.test(
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
      const isMember = tokens[k - 1]?.key === 'of' || MEMBER_WORDS.has(tokens[org.last]?.key ?? '');
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

  // 6. "NATO member Turkey", "fellow NATO members Hungary and Turkey".
  for (const org of hits) {
    const type = actorOf(org.actorId)?.type;
    if (org.absorbed || (type !== 'Alliance' && type !== 'Organization')) continue;
    let k = org.last;
    if (tokens[k]?.key === 'member' && MEMBER_WORDS.has(tokens[k + 1]?.key ?? '')) k++;
    if (!MEMBER_WORDS.has(tokens[k]?.key ?? '')) continue;
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

  // Mentions: every name found; spans: the stretches that act as one actor in a clause.
  // A leading "the" is not part of a name ("the Kremlin" → "Kremlin").
  // Nor is a title before a person's name ("Prince Faisal bin Farhan" → "Faisal bin Farhan").
  const nameStart = (h: Hit): number => {
    let first = h.first;
    if (h.last - first > 1 && tokens[first].key === 'the') first++;
    if (actorOf(h.actorId)?.type === 'Person' && h.via !== 'holder')
      while (
        h.last - first > 1 &&
        titleAt(tokens, first) > 0 &&
        titleAt(tokens, first) < h.last - first
      )
        first += titleAt(tokens, first);
    return first;
  };
  // Spans never overlap: "the US president" is the holder, not also a mention of the state.
  const holders = hits.filter((h) => h.via === 'holder');
  const mentions: Mention[] = hits
    .filter((h) => !holders.some((g) => g !== h && g.first <= h.first && h.last <= g.last))
    .sort((a, b) => a.first - b.first || b.last - a.last)
    .map((h) => ({
      start: tokens[nameStart(h)].start,
      end: tokens[h.last - 1].end,
      text: sentence.text.slice(
        tokens[nameStart(h)].start - sentence.start,
        tokens[h.last - 1].end - sentence.start,
      ),
      actorId: h.actorId,
    }));
  const spans: ActorSpan[] = [];
  for (const h of hits) {
    if (h.absorbed) continue;
    const start = tokens[h.spanFirst].start;
    const end = tokens[h.spanLast - 1].end;
    // A hit inside a span already taken (a ministry's state) is part of that span.
    if (spans.some((s) => start < s.end && end > s.start)) continue;
    spans.push({
      actorId: h.actorId,
      start,
      end,
      possessive: possessiveEnd(h.spanLast) !== h.spanLast,
      place: actorOf(h.actorId)?.type === 'Place',
      head: h.spanLast > h.last ? tokens[h.spanLast - 1].key : undefined,
    });
  }
  spans.sort((a, b) => a.start - b.start);
  return { mentions, spans, structural };
}

/** Names compromise tags #Person, #Organization or #Place that the registry lacks become new actors. */
function addCompromiseNames(
  tokens: Token[],
  terms: Term[],
  owner: (Hit | undefined)[],
  addHit: (first: number, last: number, actorId: string, via: string) => Hit,
  ctx: ArticleContext,
  remember: (actorId: string, first: number, last: number) => void,
): void {
  const categoryOf = (term: Term): 'Person' | 'Organization' | 'Place' | null =>
    term.tags.has('Person') && !term.tags.has('Honorific') && !term.tags.has('Pronoun')
      ? 'Person'
      : term.tags.has('Organization')
        ? 'Organization'
        : term.tags.has('Place')
          ? 'Place'
          : null;
  for (let t = 0; t < terms.length; t++) {
    const type = categoryOf(terms[t]);
    if (!type || !/^\p{Lu}/u.test(terms[t].text)) continue;
    let u = t + 1;
    // Go on through the same category, untagged proper nouns and name particles ("Staffan de Mistura", "Ras al-Ain").
    const continues = (k: number): boolean => {
      const term = terms[k];
      if (!term || /[,;:]/.test(terms[k - 1].post)) return false;
      if (/^\p{Lu}/u.test(term.text))
        return categoryOf(term) === type || (term.tags.has('ProperNoun') && !categoryOf(term));
      return (
        NAME_PARTICLES.has(term.lower) &&
        /^\p{Lu}/u.test(terms[k + 1]?.text ?? '') &&
        !/[,;:]/.test(term.post)
      );
    };
    while (continues(u)) u++;
    const start = terms[t].start;
    const end = terms[u - 1].end;
    t = u - 1;
    let first = tokens.findIndex((tok) => tok.start >= start);
    let last = tokens.findIndex((tok) => tok.start >= end);
    if (first < 0) continue;
    if (last < 0) last = tokens.length;
    // Drop titles and articles in front, a possessive behind.
    while (first < last && (titleAt(tokens, first) > 0 || newActorStopwords.has(tokens[first].key)))
      first += Math.max(1, titleAt(tokens, first));
    if (last - first >= 2 && tokens[last - 1].key === 's' && /['’]/.test(tokens[last - 2].text))
      last -= 2;
    while (last > first && /^[^\p{L}\p{N}]$/u.test(tokens[last - 1].text)) last--;
    if (last <= first || last - first > 7) continue;
    let overlaps = false;
    for (let k = first; k < last; k++) overlaps ||= !!owner[k];
    if (overlaps || !isCapitalised(tokens[first])) continue;
    const words = tokens.slice(first, last).filter((tok) => /\p{L}/u.test(tok.text));
    if (words.length === 0 || words.every((tok) => newActorStopwords.has(tok.key))) continue;
    if (words.length === 1 && words[0].text.length < 3) continue;
    // A lone demonym or adjective ("Uzbek", "European") is not a name.
    if (
      words.length === 1 &&
      (/(ean|ian)$/i.test(words[0].text) ||
        terms.some(
          (term) =>
            term.start === words[0].start &&
            (term.tags.has('Demonym') || term.tags.has('Adjective')),
        ))
    )
      continue;
    const name =
      tokens[first].text === tokens[last - 1].text
        ? tokens[first].text
        : joinTokens(tokens, first, last);
    const known = ctx.surnames.get(name);
    const id = known ?? slugify(name);
    if (!id) continue;
    const existing = ctx.actors.get(id) ?? ctx.registry.get(id);
    const actor = existing ?? { id, name, type, aliases: [], countryCode: null };
    if (!ctx.actors.has(id)) ctx.actors.set(id, actor);
    addHit(first, last, id, 'new');
    remember(id, first, last);
  }
}

/** The original text of tokens [first, last), spacing as written. */
function joinTokens(tokens: Token[], first: number, last: number): string {
  let out = tokens[first].text;
  for (let k = first + 1; k < last; k++)
    out += (tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].text;
  return out;
}
