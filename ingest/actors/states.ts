// States built at load time from world-countries, with curated short forms, demonyms and seats of government.
import worldCountries, { type Country } from 'world-countries';
import type { Actor } from '../types.ts';
import overrides from './state-overrides.json' with { type: 'json' };
import memberships from './state-memberships.json' with { type: 'json' };
import { foldText } from './slug.ts';

interface StateOverride {
  aliases?: string[];
  demonyms?: string[];
  capitals?: string[];
}

// The package is CommonJS with an ESM default in its types: take the array whichever way it arrives.
const countries: Country[] = Array.isArray(worldCountries)
  ? worldCountries
  : (worldCountries as unknown as { default: Country[] }).default;

const stateOverrides = overrides.states as Record<string, StateOverride>;
const membershipLists = Object.fromEntries(
  Object.entries(memberships).filter(([key]) => key !== 'about'),
) as Record<string, string[]>;

/** An altSpelling worth matching in English news: no ISO codes, no "X, Republic of", Latin letters only. */
function usefulSpelling(spelling: string): boolean {
  if (/^[A-Z]{2}$/.test(spelling)) return false;
  if (spelling.includes(',')) return false;
  return /^[A-Za-z .'-]+$/.test(foldText(spelling)) && spelling.length > 2;
}

/** Plural of a demonym used as a noun ("Iranians"); "-ish"/"-ese"/"-ch" forms have none. */
function demonymPlural(demonym: string): string | null {
  if (/(ish|ese|ch|ss|s|i)$/.test(demonym)) return /i$/.test(demonym) ? `${demonym}s` : null;
  return `${demonym}s`;
}

/** A state and all its seats of government (the Actor keeps only the first as `capital`). */
export interface StateEntry {
  actor: Actor;
  capitals: string[];
}

export function buildStates(): StateEntry[] {
  const stateTypeIds = new Set(overrides.stateTypeFor.ids);
  const memberOf = new Map<string, string[]>();
  for (const [org, members] of Object.entries(membershipLists)) {
    for (const member of members) memberOf.set(member, [...(memberOf.get(member) ?? []), org]);
  }
  const entries = countries.map((country): StateEntry => {
    const id = country.cca3;
    const extra = stateOverrides[id] ?? {};
    const aliases = new Set<string>([
      country.name.official,
      ...country.altSpellings.filter(usefulSpelling),
    ]);
    for (const alias of extra.aliases ?? []) aliases.add(alias);
    aliases.delete(country.name.common);
    const baseDemonym = country.demonyms?.eng?.m;
    const demonyms = new Set<string>();
    if (baseDemonym) {
      demonyms.add(baseDemonym);
      const plural = demonymPlural(baseDemonym);
      if (plural) demonyms.add(plural);
    }
    for (const demonym of extra.demonyms ?? []) demonyms.add(demonym);
    const capitals = extra.capitals ?? country.capital ?? [];
    const isState = country.independent || country.unMember || stateTypeIds.has(id);
    const actor: Actor = {
      id,
      name: country.name.common,
      type: isState ? 'State' : 'Place',
      aliases: [...aliases],
      countryCode: id,
      memberOf: memberOf.get(id) ?? [],
      demonyms: [...demonyms],
      capital: capitals[0] ?? null,
    };
    return { actor, capitals };
  });
  // Sovereign states first, so they win names and demonyms shared with territories ("American").
  return entries.sort(
    (a, b) => Number(b.actor.type === 'State') - Number(a.actor.type === 'State'),
  );
}

/** Owners pinned for demonyms and capitals that several entries share (null: too ambiguous to use). */
export const demonymOwners = overrides.demonymOwners as Record<string, string | null>;
export const capitalOwners = overrides.capitalOwners as Record<string, string>;
