// Splits article text into sentences with exact character offsets (runs of blanked space are boundaries).

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
  /** The piece of an over-long run of text, cut at MAX_SENTENCE_CHARS. */
  cut?: boolean;
}

// Words before a full stop that do not end a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr gen lt col maj sgt capt adm cmdr sen rep gov st jr sr prof rev vs etc jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd dept est approx fig u.s u.n u.k e.u a.m p.m d.c'.split(
    ' ',
  ),
);

/**
 * Candidate ends: sentence punctuation (with closing quotes) before space, newlines, or wide gaps. The repeats of
 * white space are bounded: V8 keeps a backtrack entry per character an open-ended `\s` repeat takes, and a run of
 * 20 MB of blanked space (repeated lines, see ingest/read/clean-text.ts) ran out of stack ("Maximum call stack size
 * exceeded"). A longer gap is matched again in pieces, each an (empty) boundary, and punctuation before it still
 * ends its sentence.
 */
const BOUNDARY = /([.!?]+["'”’)\]]*)(?=\s{1,64}["'“‘([]?[\p{Lu}\d])|\n|\s{4,64}/gu;

/**
 * The longest sentence the extractor reads in one piece. News sentences stay far below it; a run of text without
 * full stops (a table, a dump, a hostile input) is cut at a clause mark or a space, so the cost stays linear.
 */
export const MAX_SENTENCE_CHARS = 1000;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    // An over-long run: cut before the bound, at the last clause mark, else the last space, else the bound.
    while (end - start > MAX_SENTENCE_CHARS) {
      const window = text.slice(start, start + MAX_SENTENCE_CHARS);
      const clause = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
      const space = window.lastIndexOf(' ');
      const cut =
        clause > MAX_SENTENCE_CHARS / 2 ? clause + 1 : space > 0 ? space : MAX_SENTENCE_CHARS;
      spans.push({ start, end: start + cut, text: text.slice(start, start + cut), cut: true });
      start += cut;
      while (start < end && /\s/.test(text[start])) start++;
    }
    if (end > start) spans.push({ start, end, text: text.slice(start, end) });
  };
  for (const match of text.matchAll(BOUNDARY)) {
    const index = match.index ?? 0;
    if (match[1]) {
      const before = text.slice(from, index);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      // "U.S." or "Joseph R." are not ends; a lone capital initial is a middle name.
      if (
        match[1].startsWith('.') &&
        (ABBREVIATIONS.has(word.replace(/\.$/, '')) ||
          (/^\p{Lu}$/u.test(before.slice(-1)) && /(^|\s)\p{Lu}$/u.test(before)))
      )
        continue;
      push(from, index + match[1].length);
      from = index + match[1].length;
    } else {
      push(from, index);
      from = index + match[0].length;
    }
  }
  push(from, text.length);
  return spans;
}
