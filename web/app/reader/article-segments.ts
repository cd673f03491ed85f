// Where to mark an article for the reader, pure: the sentences its statements came from (by their offsets), and in
// them and around them the segments evidence-marks.ts finds (actors' names, and the rules' trigger words).
import { evidenceSegments, triggerPattern, type Segment } from '../panels/evidence-marks.ts';

export interface StatementSpan {
  statementId: string;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  triggerWords: string[];
}

/** A stretch of the article: plain text between sentences, or one sentence with the statements it yielded. */
export interface ArticlePart {
  start: number;
  end: number;
  /** The statements whose sentence this is (empty for text between them). */
  statementIds: string[];
  segments: Segment[];
}

/** A statement's sentence in the text: at its offsets, else where the sentence occurs, else nowhere. */
function locate(text: string, s: StatementSpan): { start: number; end: number } | null {
  if (text.slice(s.sentenceStart, s.sentenceEnd) === s.sentence)
    return { start: s.sentenceStart, end: s.sentenceEnd };
  const at = s.sentence ? text.indexOf(s.sentence) : -1;
  return at < 0 ? null : { start: at, end: at + s.sentence.length };
}

/** The article cut into parts; statements of one sentence share it, and the first of overlapping sentences wins. */
export function articleParts(
  text: string,
  statements: readonly StatementSpan[],
  names: RegExp | null,
): ArticlePart[] {
  const sentences = new Map<
    string,
    { start: number; end: number; ids: string[]; words: string[] }
  >();
  for (const s of statements) {
    const at = locate(text, s);
    if (!at) continue;
    const key = `${at.start}:${at.end}`;
    const entry = sentences.get(key) ?? { ...at, ids: [], words: [] };
    entry.ids.push(s.statementId);
    entry.words.push(...s.triggerWords);
    sentences.set(key, entry);
  }
  const spans = [...sentences.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: ArticlePart[] = [];
  let last = 0;
  const plain = (start: number, end: number) =>
    parts.push({
      start,
      end,
      statementIds: [],
      segments: evidenceSegments(text.slice(start, end), names, null),
    });
  for (const span of spans) {
    if (span.start < last) continue;
    if (span.start > last) plain(last, span.start);
    parts.push({
      start: span.start,
      end: span.end,
      statementIds: span.ids,
      segments: evidenceSegments(
        text.slice(span.start, span.end),
        names,
        triggerPattern(span.words),
      ),
    });
    last = span.end;
  }
  if (last < text.length) plain(last, text.length);
  return parts;
}
