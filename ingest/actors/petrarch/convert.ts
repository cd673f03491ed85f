// Converts the PETRARCH2 actor dictionaries (Open Event Data Alliance, MIT) into Entente registry data with provenance.
// Run by `npm run convert:petrarch [-- <dictionary folder>]`; reads ../shared/data/petrarch2 by default and writes
// ingest/actors/petrarch-actors.json, which the registry loads and validates (the tests never read the dictionaries).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import worldCountries, { type Country } from 'world-countries';
import type { Actor } from '../../types.ts';
import { petrarchFileSchema, type PetrarchFile, type PetrarchActor } from '../actor-schema.ts';
import { foldText, slugify } from '../slug.ts';
import { buildStates } from '../states.ts';
import { phraseWords, readActorDictionary, type DictionaryEntry } from './read-dictionary.ts';
import persons from '../persons.json' with { type: 'json' };
import governmentBodies from '../government-bodies.json' with { type: 'json' };
import organizations from '../organizations.json' with { type: 'json' };
import alliances from '../alliances.json' with { type: 'json' };
import armedGroups from '../armed-groups.json' with { type: 'json' };
import places from '../places.json' with { type: 'json' };

/** What the converter keeps; each part was measured on the real-news dev set (see the README). */
export interface ConvertOptions {
  /** Persons whose government, military, legislative or judicial role ran into this year or later. */
  personsActiveSince: number;
  /** Only persons with synonyms in the dictionary (other spellings, short forms): about one in eight. */
  prominentOnly: boolean;
  /** Single-word demonyms and short names of states ("Kyrgyz", "Tajik"). */
  stateNames: boolean;
  persons: boolean;
  /** Intergovernmental organisations the registry lacks. */
  organizations: boolean;
  /** Armed non-state groups the registry lacks. */
  armedGroups: boolean;
}

export const DEFAULT_CONVERT_OPTIONS: ConvertOptions = {
  personsActiveSince: 2010,
  prominentOnly: true,
  stateNames: true,
  persons: true,
  organizations: true,
  armedGroups: true,
};

const FILES = {
  countries: 'Phoenix.Countries.actors.txt',
  international: 'Phoenix.International.actors.txt',
  nonState: 'Phoenix.MilNonState.actors.txt',
} as const;

const countries: Country[] = Array.isArray(worldCountries)
  ? worldCountries
  : (worldCountries as unknown as { default: Country[] }).default;
const ISO3 = new Set(countries.map((c) => c.cca3));

/** Secondary codes that make a person an office holder of a state (CAMEO agent codes). */
const OFFICE = /^(GOV|MIL|LEG|JUD|SPY)/;
/** Words that make a synonym a title plus a name ("PRESIDENT_PUTIN"), not a name. */
const TITLE_WORDS = new Set(
  'PRESIDENT PRIME MINISTER PREMIER KING QUEEN PRINCE EMIR SULTAN GENERAL GEN. SECRETARY CHIEF CHAIRMAN SPEAKER AMBASSADOR FORMER LEADER COMMANDER MR. MRS. DR. SENATOR GOVERNOR MAYOR VICE DEPUTY'.split(
    ' ',
  ),
);
/** Head words of an organisation's name. */
const ORG_HEADS =
  /\b(ORGANI[SZ]ATION|COMMUNITY|UNION|BANK|COUNCIL|COMMISSION|ASSOCIATION|AGENCY|FUND|COURT|TRIBUNAL|PARLIAMENT|LEAGUE|CONFERENCE|FORUM|OFFICE|SECRETARIAT|AUTHORITY|PROGRAMME|PROGRAM|INSTITUTE|COMMITTEE|PARTY|ARMY|FORCES?|FRONT|MOVEMENT|BRIGADES?|GOVERNMENT|MINISTRY|CONGRESS|ASSEMBLY|GUARD|POLICE)\b/;
const LOWER_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
  'de',
  'du',
  'des',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'van',
  'von',
  'der',
  'a',
]);

/** "VLADIMIR_V._PUTIN_" → "Vladimir V. Putin"; "BASHAR_AL-ASSAD" → "Bashar al-Assad"; a one-word acronym stays. */
export function displayName(phrase: string, keepAcronym = true): string {
  const words = phraseWords(phrase.replace(/\(.*?\)/g, ' '));
  if (keepAcronym && words.length === 1 && /^[A-Z]{2,7}$/.test(words[0])) return words[0];
  // "O'NEILL" → "O'Neill", but "PEOPLE'S" → "People's".
  const cased = (part: string): string =>
    part.toLowerCase().replace(/^(\p{L})(['’]\p{L})?/u, (m) => m.toUpperCase());
  return words
    .map((word, i) =>
      word
        .split('-')
        .map((part, j) =>
          (i > 0 || j > 0) && LOWER_WORDS.has(part.toLowerCase())
            ? part.toLowerCase()
            : cased(part),
        )
        .join('-'),
    )
    .join(' ');
}

/** Whether a phrase ("WEST_AFRICAN_PAYMENTS_UNION_") or name has an organisation head word. */
const hasOrgHead = (text: string): boolean => ORG_HEADS.test(text.toUpperCase().replace(/_/g, ' '));

/** A name made only of organisation heads and small words ("Organization", "The Front"): names nothing. */
function genericOnly(name: string): boolean {
  return phraseWords(name.toUpperCase()).every(
    (w) => ORG_HEADS.test(w) || LOWER_WORDS.has(w.toLowerCase()),
  );
}

/** The acronym given in parentheses ("ANIMAL_LIBERATION_FRONT_(ALF)_" → "ALF"), if any. */
function acronymIn(phrase: string): string | null {
  const m = /\(([A-Z][A-Z0-9-]{2,7})\)/.exec(phrase);
  return m ? m[1] : null;
}

const key = (name: string): string =>
  foldText(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

interface Known {
  names: Set<string>;
  ids: Set<string>;
}

/** Names and ids already in the registry: the curated files and the states. */
function knownNames(): Known {
  const curated = [
    persons,
    governmentBodies,
    organizations,
    alliances,
    armedGroups,
    places,
  ].flat() as Actor[];
  const entries = buildStates();
  const states = entries.map((s) => s.actor);
  const names = new Set<string>(entries.flatMap((s) => s.capitals).map(key));
  const ids = new Set<string>();
  for (const actor of [...curated, ...states]) {
    ids.add(actor.id);
    for (const name of [actor.name, ...actor.aliases, ...(actor.demonyms ?? [])])
      names.add(key(name));
  }
  return { names, ids };
}

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one
  .lexicon;
/** A one-word name worth indexing on its own: long, and not an ordinary English word or a first name. */
function usableSurname(word: string): boolean {
  if (word.length < 5 || !/^[A-Za-z'-]+$/.test(word)) return false;
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined || [tags].flat().every((t) => t === 'LastName');
}

const provenance = (file: string, entry: DictionaryEntry): PetrarchActor['source'] => ({
  file,
  line: entry.line,
  entry: entry.phrase,
});

/** The years a person held office, as the registry writes them ("1999-2008,2012-"). */
function officeYears(entry: DictionaryEntry): string | null {
  const spans = entry.codes
    .filter((c) => OFFICE.test(c.code.slice(3)) && c.from)
    .map((c) => `${c.from!.slice(0, 4)}-${c.to ? c.to.slice(0, 4) : ''}`);
  return spans.length ? [...new Set(spans)].join(',') : null;
}

/** The state a person last held office in, and the year that office ended (Infinity when open). */
function lastOffice(entry: DictionaryEntry): { countryCode: string; until: number } | null {
  let best: { countryCode: string; until: number } | null = null;
  for (const c of entry.codes) {
    const country = c.code.slice(0, 3);
    if (!ISO3.has(country) || !OFFICE.test(c.code.slice(3))) continue;
    const until = c.to ? Number(c.to.slice(0, 4)) : c.from ? Infinity : 0;
    if (!best || until > best.until) best = { countryCode: country, until };
  }
  return best;
}

/** Persons of the national dictionary with a dated office held recently enough, mapped to their state. */
function convertPersons(
  entries: DictionaryEntry[],
  options: ConvertOptions,
  known: Known,
): PetrarchActor[] {
  const byId = new Map<string, PetrarchActor>();
  const clashing = new Set<string>();
  for (const entry of entries) {
    if (hasOrgHead(entry.phrase) || entry.codes.some((c) => /^[A-Z]{3}$/.test(c.code))) continue;
    const office = lastOffice(entry);
    if (!office || office.until < options.personsActiveSince) continue;
    const names = [entry.phrase, ...entry.synonyms]
      .filter((p) => !phraseWords(p).some((w) => TITLE_WORDS.has(w)))
      .map((p) => displayName(p, false))
      .filter((n) => /^\p{Lu}/u.test(n) && n.length > 2);
    const full = names.filter((n) => n.includes(' '));
    if (full.length === 0) continue;
    // A person the curated registry already knows keeps its curated entry.
    if (names.some((n) => known.names.has(key(n)))) continue;
    const name = full[0];
    const id = slugify(name);
    if (known.ids.has(id)) continue;
    // Only persons the dictionary's editors gave other spellings or short forms: the newsworthy ones.
    if (options.prominentOnly && entry.synonyms.length === 0) continue;
    const surnames = names.filter((n) => !n.includes(' ') && usableSurname(n));
    const existing = byId.get(id);
    if (existing) {
      if (existing.countryCode !== office.countryCode) clashing.add(id);
      continue;
    }
    byId.set(id, {
      id,
      name,
      type: 'Person',
      aliases: [...new Set([...full.slice(1), ...surnames])].filter((a) => a !== name),
      countryCode: office.countryCode,
      years: officeYears(entry),
      source: provenance(FILES.countries, entry),
    });
  }
  for (const id of clashing) byId.delete(id);
  // A one-word alias shared by two persons names neither.
  const count = new Map<string, number>();
  for (const actor of byId.values())
    for (const alias of actor.aliases)
      if (!alias.includes(' ')) count.set(key(alias), (count.get(key(alias)) ?? 0) + 1);
  for (const actor of byId.values())
    actor.aliases = actor.aliases.filter(
      (a) => a.includes(' ') || (count.get(key(a)) === 1 && !known.names.has(key(a))),
    );
  return [...byId.values()];
}

/** One-word names of states the registry lacks: "KYRGYZ_" under KYRGYZSTAN_, "TAJIK_" under TAJIKISTAN_. */
function convertStateNames(entries: DictionaryEntry[], known: Known): PetrarchFile['states'] {
  const out: PetrarchFile['states'] = [];
  const seen = new Map<string, number>();
  const found: { id: string; name: string; entry: DictionaryEntry }[] = [];
  for (const entry of entries) {
    // The state's own code: bare ISO alpha-3, current ("[KGZ >911221]" after "[USRKGZ <910831]").
    const state = entry.codes.filter((c) => ISO3.has(c.code) && !c.to).at(-1);
    if (!state) continue;
    const country = key(displayName(entry.phrase, false));
    for (const synonym of entry.synonyms) {
      const words = phraseWords(synonym);
      if (words.length !== 1 || !/^[A-Z]+$/.test(words[0])) continue;
      const name = displayName(synonym, false);
      const k = key(name);
      if (known.names.has(k) || k.length < 5) continue;
      // Only the stem of a "-stan"/"-ia" name, which news uses as the demonym ("Kyrgyz", "Tajik", "Croat");
      // other one-word synonyms are misspellings, cities and foreign forms.
      if (!/^(i?stan|ia)$/.test(country.slice(k.length)) || !country.startsWith(k)) continue;
      seen.set(k, (seen.get(k) ?? 0) + 1);
      found.push({ id: state.code, name, entry });
    }
  }
  for (const { id, name, entry } of found) {
    if (seen.get(key(name)) !== 1) continue;
    out.push({ id, demonym: name, source: provenance(FILES.countries, entry) });
  }
  return out;
}

/** Intergovernmental organisations (IGO codes) whose names the registry lacks. */
function convertOrganizations(entries: DictionaryEntry[], known: Known): PetrarchActor[] {
  const out = new Map<string, PetrarchActor>();
  for (const entry of entries) {
    const code = entry.codes.find((c) => c.code.startsWith('IGO'));
    if (!code || entry.codes.some((c) => c.from || c.to)) continue;
    const words = phraseWords(entry.phrase);
    const acronym = words.length === 1 && /^[A-Z]{3,7}$/.test(words[0]);
    if (!acronym && !hasOrgHead(entry.phrase)) continue;
    const name = displayName(entry.phrase);
    const names = [name, ...entry.synonyms.map((s) => displayName(s))];
    if (names.some((n) => known.names.has(key(n)))) continue;
    const id = slugify(name);
    if (!id || known.ids.has(id) || out.has(id)) continue;
    out.set(id, {
      id,
      name,
      type: 'Organization',
      aliases: [...new Set(names.slice(1))].filter((a) => a !== name),
      countryCode: null,
      source: provenance(FILES.international, entry),
    });
  }
  return [...out.values()];
}

/** Armed non-state groups the registry lacks, with their state when the code names one (GRCREB → GRC). */
function convertArmedGroups(entries: DictionaryEntry[], known: Known): PetrarchActor[] {
  const out = new Map<string, PetrarchActor>();
  for (const entry of entries) {
    const code = entry.codes[0]?.code;
    if (!code) continue;
    const names = [entry.phrase, ...entry.synonyms].flatMap((p) => {
      const acronym = acronymIn(p);
      return [displayName(p), ...(acronym ? [acronym] : [])];
    });
    // A group's name has an organisation head ("Front", "Brigades") or is an acronym; "Black Star" is too common.
    const usable = names.filter(
      (n) =>
        /^\p{Lu}/u.test(n) &&
        (/^[A-Z][A-Z0-9-]{2,7}$/.test(n) || (n.length > 3 && hasOrgHead(n.toUpperCase()))) &&
        !genericOnly(n),
    );
    if (usable.length === 0 || usable.some((n) => known.names.has(key(n)))) continue;
    const name = usable[0];
    const id = slugify(name);
    if (!id || known.ids.has(id) || out.has(id)) continue;
    const country = code.slice(0, 3);
    out.set(id, {
      id,
      name,
      type: 'ArmedGroup',
      aliases: [...new Set(usable.slice(1))].filter((a) => a !== name),
      countryCode: ISO3.has(country) ? country : null,
      source: provenance(FILES.nonState, entry),
    });
  }
  return [...out.values()];
}

/** The registry data PETRARCH adds, from the dictionary texts by file name. */
export function convertPetrarch(
  texts: Record<(typeof FILES)[keyof typeof FILES], string>,
  options: ConvertOptions = DEFAULT_CONVERT_OPTIONS,
): PetrarchFile {
  const known = knownNames();
  const national = readActorDictionary(texts[FILES.countries]);
  const actors = [
    ...(options.persons ? convertPersons(national, options, known) : []),
    ...(options.organizations
      ? convertOrganizations(readActorDictionary(texts[FILES.international]), known)
      : []),
    ...(options.armedGroups
      ? convertArmedGroups(readActorDictionary(texts[FILES.nonState]), known)
      : []),
  ];
  return petrarchFileSchema.parse({
    about:
      'Generated by `npm run convert:petrarch` from the PETRARCH2 dictionaries (Open Event Data Alliance, MIT license); do not edit by hand. Each entry names its source file, line and dictionary entry.',
    states: options.stateNames ? convertStateNames(national, known) : [],
    actors,
  });
}

/** The PETRARCH2 dictionaries beside the project. */
export const PETRARCH_DIR = join(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../../../shared/data/petrarch2',
);

/** The dictionary texts the converter reads, by file name, from `folder`. */
export function readPetrarchTexts(
  folder = PETRARCH_DIR,
): Record<(typeof FILES)[keyof typeof FILES], string> {
  return Object.fromEntries(
    Object.values(FILES).map((file) => [file, readFileSync(join(folder, file), 'latin1')]),
  ) as Record<(typeof FILES)[keyof typeof FILES], string>;
}

function main(): void {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const texts = readPetrarchTexts(resolve(process.argv[2] ?? PETRARCH_DIR));
  const only = (process.env.PETRARCH_PARTS ?? '').split(',').filter(Boolean);
  const options = only.length
    ? {
        ...DEFAULT_CONVERT_OPTIONS,
        stateNames: only.includes('stateNames'),
        persons: only.includes('persons'),
        organizations: only.includes('organizations'),
        armedGroups: only.includes('armedGroups'),
      }
    : DEFAULT_CONVERT_OPTIONS;
  const data = convertPetrarch(texts, options);
  const out = join(here, '../petrarch-actors.json');
  writeFileSync(out, `${JSON.stringify(data, null, 1)}\n`);
  const byType = new Map<string, number>();
  for (const a of data.actors) byType.set(a.type, (byType.get(a.type) ?? 0) + 1);
  console.log(
    `convert:petrarch: ${data.states.length} state names, ${[...byType].map(([t, n]) => `${n} ${t}`).join(', ')} → ${out}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
