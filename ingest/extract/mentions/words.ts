// Token tests the mention passes share: titles, capitals, adjacency, head roles.
import { type Token, tokenize } from '../../actors/tokens.ts';
import { headRoles, notHeadModifiers, roleTitles } from '../lexicon.ts';

// Longest first by tokens, so "Secretary-General" (three tokens) wins over "Secretary".
const TITLE_KEYS = roleTitles
  .map((title) => tokenize(title.join(' ')).map((t) => t.key))
  .sort((a, b) => b.length - a.length);

/** Whether a word of `text` (as a regex `\b…\b` sees words) is in `words`: "Vice President", "ex-leader". */
export function namesAny(words: Set<string>, text: string): boolean {
  return text.split(/[^A-Za-z0-9_]+/).some((w) => words.has(w.toLowerCase()));
}

export const ORG_TYPES = new Set(['Organization', 'Alliance', 'ArmedGroup', 'GovernmentBody']);

/** Whether a title makes its holder the head of the actor named with it ("President", "NATO chief"). */
export function isHeadRole(role: string): boolean {
  if (namesAny(notHeadModifiers, role)) return false;
  return headRoles.has(
    role
      .toLowerCase()
      .replace(/\s*-\s*/g, '-')
      .replace(/\s+/g, ' '),
  );
}

export const isCapitalised = (token: Token | undefined): boolean =>
  !!token && /^[\p{Lu}]/u.test(token.text);

/** Longest role title starting at token i, as a token count. */
export function titleAt(tokens: Token[], i: number): number {
  for (const keys of TITLE_KEYS) {
    if (keys.every((key, k) => tokens[i + k]?.key === key)) return keys.length;
  }
  return 0;
}

/** Adjacent tokens: at most one space apart (wider gaps are blanked boilerplate). */
export const adjacent = (a: Token | undefined, b: Token | undefined): boolean =>
  !!a && !!b && b.start - a.end <= 1;

/** The original text of tokens [first, last), spacing as written. */
export function joinTokens(tokens: Token[], first: number, last: number): string {
  let out = tokens[first].text;
  for (let k = first + 1; k < last; k++)
    out += (tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].text;
  return out;
}
