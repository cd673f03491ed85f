// The actor registry: actors by id plus a case-aware index of names, aliases, demonyms and capitals.
import type { Actor } from '../types.ts';
import bodyKinds from './body-kinds.json' with { type: 'json' };
import { slugify } from './slug.ts';
import { tokenize, type Token } from './tokens.ts';

/** How a stretch of text named the actor. */
export type MatchVia = 'name' | 'alias' | 'demonym' | 'capital';

export interface RegistryMatch {
  actorId: string;
  via: MatchVia;
  /** Token range [first, last) in the token list that was searched. */
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface IndexEntry {
  actorId: string;
  via: MatchVia;
  /** Surface tokens as written in the registry, for the case check. */
  surface: string[];
  keys: string[];
}

/** Roles whose holder leads the state itself (LEADS person → state). */
export const HEAD_ROLES =
  /\b(president|prime minister|premier|chancellor|supreme leader|king|emir|crown prince|sultan)\b/i;

const MAX_NAME_TOKENS = 12;
/** Arabic name articles written with or without a hyphen ("al-Assad", "al Assad", "el-Sisi"). */
const ARTICLE_PARTICLES = new Set([
  'al',
  'el',
  'ad',
  'as',
  'ash',
  'at',
  'az',
  'ar',
  'an',
  'ud',
  'ul',
]);

/** Case rule: an all-caps alias ("US", "IS") needs the same caps; a capitalised one needs a capital. */
function caseFits(aliasToken: string, textToken: string): boolean {
  if (aliasToken.length >= 2 && /^[\p{Lu}\d]+$/u.test(aliasToken) && /\p{Lu}/u.test(aliasToken)) {
    // A long acronym also fits in the style some outlets write it ("Ecowas", "Nato").
    if (
      aliasToken.length >= 4 &&
      /^\p{Lu}+$/u.test(aliasToken) &&
      textToken === aliasToken.charAt(0) + aliasToken.slice(1).toLowerCase()
    )
      return true;
    return (
      aliasToken === textToken ||
      aliasToken.normalize('NFD').replace(/\p{M}+/gu, '') ===
        textToken.normalize('NFD').replace(/\p{M}+/gu, '')
    );
  }
  if (/^\p{Lu}/u.test(aliasToken)) return /^[\p{Lu}\d]/u.test(textToken);
  return true;
}

/** A built registry as plain data: its actors, name index, bodies by kind and capitals as places, in build order. */
export interface RegistryIndex {
  actors: Actor[];
  index: [string, IndexEntry[]][];
  bodies: [string, string][];
  capitalPlaces: [string, string][];
}

export class ActorRegistry {
  readonly #actors = new Map<string, Actor>();
  readonly #index = new Map<string, IndexEntry[]>();
  /** Entries already indexed (actor, keys, surface), so a name is indexed once per actor. */
  readonly #seen = new Set<string>();
  /** Persons with dated terms, for holderOf. */
  readonly #termed: Actor[] = [];
  readonly #bodies = new Map<string, string>();
  /** Capital name (token keys) → the city as a Place, for capitals used as locations. */
  readonly #capitalPlaces = new Map<string, string>();
  readonly #kindPhrases: { kind: string; label: string; keys: string[] }[];

  /**
   * `actors` in priority order: on equal-length matches the earlier entry wins. Or a registry's `toIndex()`, which
   * restores it as built without indexing again (the compiled CLI's prepared index).
   */
  constructor(
    actors: Actor[] | RegistryIndex,
    capitals: Map<string, string[]> = new Map(),
    demonymOwners: Record<string, string | null> = {},
    capitalOwners: Record<string, string> = {},
  ) {
    this.#kindPhrases = bodyKinds.kinds.flatMap((k) =>
      k.phrases.map((phrase) => ({
        kind: k.kind,
        label: k.label,
        keys: tokenize(phrase).map((t) => t.key),
      })),
    );
    if (!Array.isArray(actors)) {
      for (const actor of actors.actors) this.#actors.set(actor.id, actor);
      for (const actor of this.#actors.values()) if (actor.terms?.length) this.#termed.push(actor);
      for (const [key, entries] of actors.index) this.#index.set(key, entries);
      for (const [key, id] of actors.bodies) this.#bodies.set(key, id);
      for (const [keys, id] of actors.capitalPlaces) this.#capitalPlaces.set(keys, id);
      return;
    }
    for (const actor of actors) this.#actors.set(actor.id, actor);
    for (const actor of this.#actors.values()) if (actor.terms?.length) this.#termed.push(actor);
    for (const actor of actors) {
      this.#add(actor.name, actor.id, 'name');
      for (const alias of actor.aliases) this.#add(alias, actor.id, 'alias');
    }
    for (const actor of actors) {
      for (const demonym of actor.demonyms ?? []) {
        const owner =
          demonym in demonymOwners
            ? demonymOwners[demonym]
            : demonymOwners[demonym.replace(/s$/, '')];
        if (owner === null || (owner !== undefined && owner !== actor.id)) continue;
        this.#add(demonym, actor.id, 'demonym');
      }
    }
    for (const actor of actors) {
      if (actor.type !== 'State') continue;
      for (const capital of capitals.get(actor.id) ?? (actor.capital ? [actor.capital] : [])) {
        const owner = capitalOwners[capital];
        if (owner !== undefined && owner !== actor.id) continue;
        this.#add(capital, actor.id, 'capital');
        this.#addCapitalPlace(capital, actor.id);
      }
    }
    // Longest first; the stable sort keeps priority order among equal lengths.
    for (const bucket of this.#index.values()) bucket.sort((a, b) => b.keys.length - a.keys.length);
    for (const actor of actors) {
      if (actor.type !== 'GovernmentBody' || !actor.countryCode) continue;
      for (const label of [actor.name, ...actor.aliases]) {
        const tokens = tokenize(label);
        for (let i = 0; i < tokens.length; i++) {
          const kind = this.bodyKindIn(tokens, i);
          // Only the head noun names the kind: "Russian military intelligence" is not the military.
          if (kind && i + kind.length !== tokens.length) continue;
          const key = kind && `${actor.countryCode}:${kind.kind}`;
          if (key && !this.#bodies.has(key)) this.#bodies.set(key, actor.id);
        }
      }
    }
  }

  /** The registry as built, as plain data (JSON): `new ActorRegistry(index)` restores it. */
  toIndex(): RegistryIndex {
    return {
      actors: [...this.#actors.values()],
      index: [...this.#index],
      bodies: [...this.#bodies],
      capitalPlaces: [...this.#capitalPlaces],
    };
  }

  /** The capital as a city (id: its slug), kept out of the name index so metonymy stays the default. */
  #addCapitalPlace(capital: string, countryCode: string): void {
    const keys = tokenize(capital)
      .map((t) => t.key)
      .join(' ');
    if (this.#capitalPlaces.has(keys)) return;
    const id = slugify(capital);
    const existing = this.#actors.get(id);
    if (existing && existing.type !== 'Place') return;
    if (!existing)
      this.#actors.set(id, { id, name: capital, type: 'Place', aliases: [], countryCode });
    this.#capitalPlaces.set(keys, id);
  }

  /** The city a capital's name denotes as a location ("talks in Moscow" → moscow), if it is a capital. */
  capitalPlace(tokens: Token[], first: number, last: number): string | undefined {
    return this.#capitalPlaces.get(
      tokens
        .slice(first, last)
        .map((t) => t.key)
        .join(' '),
    );
  }

  #add(label: string, actorId: string, via: MatchVia): void {
    const tokens = tokenize(label);
    if (tokens.length === 0 || tokens.length > MAX_NAME_TOKENS) return;
    // "Bashar al-Assad" is also written "Bashar al Assad" or "Bashar Al Assad": the article's hyphen is optional.
    const unhyphenated = tokens.filter(
      (t, k) => !(t.text === '-' && ARTICLE_PARTICLES.has(tokens[k - 1]?.key ?? '') && k > 1),
    );
    if (unhyphenated.length < tokens.length)
      this.#add(unhyphenated.map((t) => t.text).join(' '), actorId, via);
    const entry: IndexEntry = {
      actorId,
      via,
      surface: tokens.map((t) => t.text),
      keys: tokens.map((t) => t.key),
    };
    const seen = `${actorId}\u0000${entry.keys.join(' ')}\u0000${entry.surface.join(' ')}`;
    if (this.#seen.has(seen)) return;
    this.#seen.add(seen);
    const bucket = this.#index.get(entry.keys[0]) ?? [];
    bucket.push(entry);
    this.#index.set(entry.keys[0], bucket);
  }

  get(id: string): Actor | undefined {
    return this.#actors.get(id);
  }

  has(id: string): boolean {
    return this.#actors.has(id);
  }

  all(): Actor[] {
    return [...this.#actors.values()];
  }

  get size(): number {
    return this.#actors.size;
  }

  /** The longest registry name starting at token `i`, honouring case ("US" but not "us"). */
  matchAt(tokens: Token[], i: number): RegistryMatch | null {
    const bucket = this.#index.get(tokens[i].key);
    if (!bucket) return null;
    for (const entry of bucket) {
      const n = entry.keys.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const token = tokens[i + k];
        ok = token.key === entry.keys[k] && caseFits(entry.surface[k], token.text);
        // A name never spans a gap wider than one space ("Foreign   Ministry" from blanked boilerplate is two things).
        if (ok && k > 0 && token.start - tokens[i + k - 1].end > 1) ok = false;
      }
      if (ok)
        return {
          actorId: entry.actorId,
          via: entry.via,
          first: i,
          last: i + n,
          start: tokens[i].start,
          end: tokens[i + n - 1].end,
        };
    }
    return null;
  }

  /** Like matchAt, but yields to a longer name starting inside it ("the UN Security Council" is not "the UN"). */
  matchFrom(tokens: Token[], i: number): RegistryMatch | null {
    const match = this.matchAt(tokens, i);
    if (!match || match.last - match.first < 2) return match;
    // "Crown Prince Mohammed bin Salman": a name starting inside this match that runs past it wins.
    for (let j = i + 1; j < match.last; j++) {
      const next = this.matchAt(tokens, j);
      if (next && next.last > match.last) return null;
    }
    return match;
  }

  /** All registry names in `text`, longest match first, left to right. */
  findMatches(text: string, offset = 0): RegistryMatch[] {
    const tokens = tokenize(text, offset);
    const matches: RegistryMatch[] = [];
    for (let i = 0; i < tokens.length;) {
      const match = this.matchFrom(tokens, i);
      if (match) {
        matches.push(match);
        i = match.last;
      } else i++;
    }
    return matches;
  }

  /** The single actor a whole string names ("Iran", "the Kremlin", "Iranian"), if any. */
  lookup(text: string): RegistryMatch | null {
    const tokens = tokenize(text);
    const match = tokens.length ? this.matchAt(tokens, 0) : null;
    return match && match.last === tokens.length ? match : null;
  }

  /** A body-kind phrase ("Foreign Ministry", "Ministry of Defence") starting at token `from`, longest first. */
  bodyKindIn(tokens: Token[], from = 0): { kind: string; label: string; length: number } | null {
    let best: { kind: string; label: string; length: number } | null = null;
    for (const phrase of this.#kindPhrases) {
      const n = phrase.keys.length;
      if (
        (!best || n > best.length) &&
        phrase.keys.every((key, k) => tokens[from + k]?.key === key)
      ) {
        best = { kind: phrase.kind, label: phrase.label, length: n };
      }
    }
    return best;
  }

  /** The curated body of a kind for a state ("RUS", "foreign-ministry" → "russian-foreign-ministry"). */
  bodyOf(countryCode: string, kind: string): string | undefined {
    return this.#bodies.get(`${countryCode}:${kind}`);
  }

  /**
   * The holder by dated terms: among persons with a term of this role and office that began on or before `date`
   * and had not ended, the one whose term began last. null when terms exist for the office but none covers
   * the date (the years fallback must not guess then); undefined when no person has terms for it.
   */
  #termHolder(office: string, role: string, date: string): Actor | null | undefined {
    let known = false;
    let best: { actor: Actor; from: string } | undefined;
    for (const actor of this.#termed) {
      for (const term of actor.terms!) {
        if ((term.of ?? actor.countryCode) !== office) continue;
        if (
          !term.role
            .toLowerCase()
            .split(/ and /)
            .some((part) => part.trim() === role)
        )
          continue;
        known = true;
        // A bare year compares as its first day ("2024" → "2024-01-01") or, for an end, its last day.
        const from = term.from.padEnd(10, term.from.length === 4 ? '-01-01' : '-01');
        const to = term.to?.padEnd(10, term.to.length === 4 ? '-12-31' : '-31');
        if (from > date || (to && to <= date)) continue;
        if (!best || from > best.from) best = { actor, from };
      }
    }
    return best ? best.actor : known ? null : undefined;
  }

  /**
   * The curated person holding a head role of `countryCode` at `date` ("president" → barack-obama in 2015).
   * Only a year strictly inside a closed term counts: a missing date, a year of handover (a term's first or
   * last year) and an open-ended term (the registry cannot know it still holds) give nothing, so the title
   * stays its state rather than a guess.
   */
  holderOf(countryCode: string, roleWord: string, date: string | null): Actor | undefined {
    const year = Number((date ?? '').slice(0, 4));
    if (!year) return undefined;
    const role = roleWord.toLowerCase();
    const day = date!.length === 4 ? `${date}-07-01` : date!.length === 7 ? `${date}-15` : date!;
    const dated = this.#termHolder(countryCode, role, day);
    if (dated !== undefined) return dated ?? undefined;
    const start = (actor: Actor): number => {
      const spans = (actor.years ?? '')
        .split(',')
        .map((span) => span.trim().split('-').map(Number));
      return Math.max(
        ...spans.filter(([from, to]) => from < year && !!to && year < to).map(([from]) => from),
      );
    };
    const holders = this.all().filter((actor) => {
      if (
        actor.type !== 'Person' ||
        actor.countryCode !== countryCode ||
        !actor.role ||
        !actor.years
      )
        return false;
      if (
        !actor.role
          .toLowerCase()
          .split(/ and /)
          .some((part) => part.trim() === role)
      )
        return false;
      return Number.isFinite(start(actor));
    });
    // In a year of handover, the one who took office last.
    return holders.sort((a, b) => start(b) - start(a))[0];
  }
}
