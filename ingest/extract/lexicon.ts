// The extractor's word lists (lexicon.json) compiled once into sets and lookups.
import data from './lexicon.json' with { type: 'json' };

const lower = (words: string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

export type NounClass = keyof typeof data.nounClasses;

export const nounClasses = Object.fromEntries(
  Object.entries(data.nounClasses).map(([name, words]) => [name, lower(words)]),
) as Record<string, Set<string>>;

export const speechVerbs = lower(data.speechVerbs);
export const denialVerbs = lower(data.denialVerbs);
export const refusalVerbs = lower(data.refusalVerbs);
export const threatVerbs = lower(data.threatVerbs);
export const planVerbs = data.planVerbs as Record<string, string>;
export const objectControlVerbs = lower(data.objectControlVerbs);
export const allegationVerbs = lower(data.allegationVerbs);
export const modalAuxiliaries = data.modalAuxiliaries as Record<string, string>;
export const negators = lower(data.negators);
export const bodyRoleNouns = lower(data.bodyRoleNouns);
export const newActorStopwords = lower(data.newActorStopwords);

/** Role titles as token-key sequences, longest first, for stripping titles before names. */
export const roleTitles: string[][] = data.roleTitles
  .map((title) => title.toLowerCase().split(/\s+/))
  .sort((a, b) => b.length - a.length);
