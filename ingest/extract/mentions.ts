// Recognition and linking: registry names, titles, appositions, bodies and compromise's new names → mentions and actor spans.
import type { Actor, Mention } from '../types.ts';
import { HEAD_ROLES, slugify, tokenize, type ActorRegistry, type Token } from '../actors/index.ts';
import { newActorStopwords, roleTitles } from './lexicon.ts';
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

const TITLE_KEYS = roleTitles.map((title) => tokenize(title.join(' ')).map((t) => t.key));
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
const NOT_HEAD = /\b(vice|deputy|former|ex|late|acting|outgoing|then)\b/i;

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
    const body = addHit(i, i + kind.length, bodyId, 'body');
    body.spanFirst = Math.min(state.first, i);
    body.spanLast = Math.max(last, i + kind.length);
    state.absorbed = true;
    structural.push({
      source: bodyId,
      target: countryCode,
      type: 'PART_OF',
      rule: 'body-of-state',
    });
    i = body.spanLast - 1;
  }
  // Curated bodies named with their state ("Russia's Foreign Ministry" as one alias).
  for (const hit of hits) {
    const actor = actorOf(hit.actorId);
    if (actor?.type !== 'GovernmentBody' || !actor.partOf || hit.via === 'body') continue;
    for (let k = hit.first; k < hit.last; k++) {
      if (registry.lookup(tokens[k].text)?.actorId === actor.partOf) {
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

  // 3. New names from compromise's people, organisations and places, never dropped unless junk.
  addCompromiseNames(tokens, terms, owner, addHit, ctx, remember);

  // 4. Titles: "Russian President Vladimir Putin", "his Iranian counterpart X", "the Iranian president".
  let lastHeadRole: string | null = null;
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
    const former = NOT_HEAD.test(tokens[i - 1]?.key ?? '') || NOT_HEAD.test(titleText);
    const isCounterpart = /counterpart/i.test(titleText);
    const role: string | null = isCounterpart ? lastHeadRole : titleText;
    const headRole = !!role && HEAD_ROLES.test(role) && !former && !NOT_HEAD.test(role);
    if (headRole && !isCounterpart) lastHeadRole = role;
    const state = stateHitEndingAt(i);
    let person = hits.find((h) => h.first === j && actorOf(h.actorId)?.type === 'Person');
    if (!person && isCapitalised(tokens[j]) && !owner[j] && adjacent(tokens[j - 1], tokens[j])) {
      // A capitalised run after a title is a name even when compromise missed it.
      let end = j;
      while (
        end < tokens.length &&
        end - j < 4 &&
        isCapitalised(tokens[end]) &&
        !owner[end] &&
        !newActorStopwords.has(tokens[end].key) &&
        (end === j || adjacent(tokens[end - 1], tokens[end]))
      )
        end++;
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
          countryCode: state?.actorId ?? null,
          role: role ?? null,
        };
        use(actor);
        person = addHit(j, end, id, 'title');
        remember(id, j, end);
      }
    }
    if (person) {
      const actor = actorOf(person.actorId)!;
      if (state && actor.countryCode === null) actor.countryCode = state.actorId;
      person.spanFirst = state ? state.first : i;
      if (state) state.absorbed = true;
      // Without a state in the text, a curated head of state's own country ("President Vladimir Putin").
      const leadsState =
        state?.actorId ??
        (actor.role && role && actor.role.toLowerCase() === role.toLowerCase()
          ? actor.countryCode
          : null);
      if (headRole && leadsState)
        structural.push({
          source: actor.id,
          target: leadsState,
          type: 'LEADS',
          rule: 'title-leads',
        });
      else if (
        !former &&
        actor.partOf &&
        /minister|secretary/i.test(role ?? '') &&
        (!state || actorOf(actor.partOf)?.countryCode === state.actorId)
      ) {
        structural.push({
          source: actor.id,
          target: actor.partOf,
          type: 'LEADS',
          rule: 'minister-leads',
        });
      }
    } else if (state && role && !former) {
      // "the Iranian president": the curated holder at the article date, else the state itself.
      const holder = registry.holderOf(
        state.actorId,
        role.replace(/defense/i, 'Defence'),
        ctx.date,
      );
      if (holder) {
        use(holder);
        addHit(state.first, j, holder.id, 'holder');
        state.absorbed = true;
      } else {
        state.spanLast = j;
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
      const state = hits.find(
        (h) => h.first === k && actorOf(h.actorId)?.type === 'State' && h.via !== 'capital',
      );
      const titleStart = state ? possessiveEnd(state.last) : k;
      let end = titleStart;
      for (let n = titleAt(tokens, end); n > 0; n = titleAt(tokens, end)) end += n;
      if (end === titleStart || (!state && !actor.countryCode)) continue;
      const role = tokens
        .slice(titleStart, end)
        .map((t) => t.text)
        .join(' ');
      if (state && actor.countryCode === null) actor.countryCode = state.actorId;
      const target = state?.actorId ?? actor.countryCode;
      if (target && HEAD_ROLES.test(role) && !NOT_HEAD.test(role))
        structural.push({ source: actor.id, target, type: 'LEADS', rule: 'apposition-leads' });
      if (state) state.absorbed = true;
      hit.spanLast = end;
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

  // Mentions: every name found; spans: the stretches that act as one actor in a clause.
  const mentions: Mention[] = hits
    .sort((a, b) => a.first - b.first || b.last - a.last)
    .map((h) => ({
      start: tokens[h.first].start,
      end: tokens[h.last - 1].end,
      text: sentence.text.slice(
        tokens[h.first].start - sentence.start,
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
