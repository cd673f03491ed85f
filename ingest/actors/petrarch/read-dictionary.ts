// Reads a PETRARCH/TABARI actor dictionary: primary phrases, '+' synonyms and dated code restrictions, with lines.

/** A code restriction: `[RUSGOV 991231-080507]`, `[IGOUNO >20070101]`, `[AFG]`; dates are ISO or null. */
export interface DictionaryCode {
  code: string;
  from: string | null;
  to: string | null;
}

/** One record: a primary phrase, its synonyms and codes, and where it stands in the file. */
export interface DictionaryEntry {
  /** 1-based line of the primary phrase. */
  line: number;
  /** The phrase as written, words joined by underscores ("VLADIMIR_PUTIN_"). */
  phrase: string;
  synonyms: string[];
  codes: DictionaryCode[];
  comment: string;
}

const CODE = /\[([^\]]*)\]/g;

/** "991231" → "1999-12-31", "20070101" → "2007-01-01"; two-digit years up to 30 are 20xx. */
export function petrarchDate(text: string): string | null {
  let year: number;
  let rest: string;
  if (/^\d{8}$/.test(text)) {
    year = Number(text.slice(0, 4));
    rest = text.slice(4);
  } else if (/^\d{6}$/.test(text)) {
    const yy = Number(text.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = text.slice(2);
  } else return null;
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2));
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${rest.slice(0, 2)}-${rest.slice(2)}`;
}

/** Parses the inside of one `[...]`; null for a malformed restriction (a seven-digit date). */
export function parseCode(inside: string): DictionaryCode | null {
  const [code, ...rest] = inside.trim().split(/\s+/);
  if (!code || !/^[A-Z~-]+$/.test(code)) return null;
  const range = rest.join('');
  if (!range) return { code, from: null, to: null };
  if (range.startsWith('>')) {
    const from = petrarchDate(range.slice(1));
    return from ? { code, from, to: null } : null;
  }
  if (range.startsWith('<')) {
    const to = petrarchDate(range.slice(1));
    return to ? { code, from: null, to } : null;
  }
  const [a, b] = range.split('-');
  const from = petrarchDate(a ?? '');
  const to = petrarchDate(b ?? '');
  return from && to ? { code, from, to } : null;
}

function splitComment(text: string): [string, string] {
  const hash = text.indexOf('#');
  return hash < 0 ? [text, ''] : [text.slice(0, hash), text.slice(hash + 1).trim()];
}

function codesIn(text: string): DictionaryCode[] {
  return [...text.matchAll(CODE)]
    .map((m) => parseCode(m[1]))
    .filter((c): c is DictionaryCode => c !== null);
}

/** Every record of an actor dictionary, in file order. */
export function readActorDictionary(text: string): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  let current: DictionaryEntry | null = null;
  text.split(/\r?\n/).forEach((raw, index) => {
    if (/^\s*#/.test(raw) || raw.trim() === '') return;
    const [body, comment] = splitComment(raw);
    if (/^\s/.test(raw)) {
      // A tab-indented restriction belongs to the record above.
      current?.codes.push(...codesIn(body));
      return;
    }
    const phrase = body.replace(CODE, ' ').trim().replace(/\s+/g, '_');
    if (raw.startsWith('+')) {
      if (current && phrase.length > 1) current.synonyms.push(phrase.slice(1).replace(/^_+/, ''));
      current?.codes.push(...codesIn(body));
      return;
    }
    if (!phrase) return;
    current = { line: index + 1, phrase, synonyms: [], codes: codesIn(body), comment };
    entries.push(current);
  });
  return entries;
}

/** The words of a phrase ("VLADIMIR_V._PUTIN_" → ["VLADIMIR", "V.", "PUTIN"]). */
export function phraseWords(phrase: string): string[] {
  return phrase.split(/[_\s]+/).filter((w) => w !== '');
}
