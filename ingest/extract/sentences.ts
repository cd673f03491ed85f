// Splits article text into sentences with exact character offsets (runs of blanked space are boundaries).

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

// Words before a full stop that do not end a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr gen lt col maj sgt capt adm cmdr sen rep gov st jr sr prof rev vs etc jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd dept est approx fig u.s u.n u.k e.u a.m p.m d.c'.split(
    ' ',
  ),
);

/** Candidate ends: sentence punctuation (with closing quotes) before space, newlines, or wide gaps. */
const BOUNDARY = /([.!?]+["'”’)\]]*)(?=\s+["'“‘([]?[\p{Lu}\d])|\n|\s{4,}/gu;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
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
