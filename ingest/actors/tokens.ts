// Word/punctuation tokens with exact offsets: the unit the registry matches names over.
import { foldText } from './slug.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Accent-free lower-case form used as the lookup key. */
  key: string;
}

// A word may hold format characters (a zero-width space or joiner inside "Ir\u200ban"): they stay in the token, so
// offsets hold, and are dropped from its key, so the name still matches.
const TOKEN = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\p{Cf}]*|[^\s\p{L}\p{M}\p{N}\p{Cf}]/gu;
const FORMAT = /\p{Cf}/gu;

/** Splits text into words and single punctuation marks; offsets are shifted by `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = offset + (match.index ?? 0);
    tokens.push({
      text: match[0],
      start,
      end: start + match[0].length,
      key: foldText(match[0].replace(FORMAT, '')).toLowerCase(),
    });
  }
  return tokens;
}
