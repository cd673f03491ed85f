// Boilerplate clean-up that keeps offsets: dropped stretches become spaces, newlines stay, length never changes.
import { BOILERPLATE_RULES, CITATION_RULE_ID, type BlockRule } from './boilerplate-rules.ts';
import { lineKey } from './line-key.ts';
import { isNameLike, isPageLabel } from './page-label.ts';

export { lineKey } from './line-key.ts';

interface Line {
  start: number;
  end: number;
  text: string;
}

interface LineMatcher {
  id: string;
  maxLength: number;
  test: (key: string, trimmed: string) => boolean;
}

// Compiled once: each rule of the JSON becomes a predicate over a line's key (or its trimmed text for patterns).
const LINE_MATCHERS: LineMatcher[] = BOILERPLATE_RULES.lineRules.map((rule) => {
  const maxLength = rule.maxLength ?? 120;
  if (rule.match === 'pattern') {
    const patterns = rule.patterns.map((p) => new RegExp(p.source, p.flags));
    return {
      id: rule.id,
      maxLength,
      test: (_key, trimmed) => patterns.some((p) => p.test(trimmed)),
    };
  }
  const phrases = rule.phrases;
  if (rule.match === 'exact') {
    const set = new Set(phrases);
    return { id: rule.id, maxLength, test: (key) => set.has(key) };
  }
  if (rule.match === 'prefix') {
    // A prefix must end at a word boundary: "share this" must not match "shareholders".
    return {
      id: rule.id,
      maxLength,
      test: (key) =>
        phrases.some((p) => key.startsWith(p) && !/^[\p{L}\p{N}]/u.test(key.slice(p.length))),
    };
  }
  return { id: rule.id, maxLength, test: (key) => phrases.some((p) => key.includes(p)) };
});

const CITATION_RULE = LINE_MATCHERS.find((m) => m.id === CITATION_RULE_ID);

/** Lines that are bibliographic references to the page itself ("Surname, Firstname. "Title." Publisher, date."). */
export function citationReferences(text: string): string[] {
  if (!CITATION_RULE) return [];
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((t) => t !== '' && t.length <= CITATION_RULE.maxLength)
    .filter((t) => CITATION_RULE.test(lineKey(t), t));
}

const SECTION_RULES = BOILERPLATE_RULES.sectionRules.map((rule) => ({
  ...rule,
  phrases: new Set(rule.phrases),
}));
const BLOCK_RULES = BOILERPLATE_RULES.blockRules;
const LINK_LIST = {
  ...BOILERPLATE_RULES.linkList,
  smallWords: new Set(BOILERPLATE_RULES.linkList.smallWords),
};
const REPEATED = BOILERPLATE_RULES.repeated;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

const isBlank = (line: Line): boolean => line.text.trim() === '';

function matchesLineRule(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  const key = lineKey(trimmed);
  return LINE_MATCHERS.some((m) => trimmed.length <= m.maxLength && m.test(key, trimmed));
}

/** A headline under a "Most viewed" heading: short, and not ending like a sentence. */
function isHeadlineItem(line: Line, maxLength: number): boolean {
  const trimmed = line.text.trim();
  return trimmed.length <= maxLength && !trimmed.startsWith('#') && !/[.;:,]["”’']?$/.test(trimmed);
}

function blockStarter(key: string): BlockRule | undefined {
  return BLOCK_RULES.find((rule) =>
    rule.phrases.some(
      (p) => key === p || (key.startsWith(p) && key.slice(p.length).startsWith(':')),
    ),
  );
}

const YEAR_OR_LINK = /\b(?:1[5-9]|20)\d{2}\b|https?:\/\/|\bdoi\b/i;

/** Whether a line may belong to a block under its heading: a reference names a year or a link, a contact a name. */
function followsBlock(rule: BlockRule, text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > rule.maxFollowingChars) return false;
  if (rule.follow === 'reference') return YEAR_OR_LINK.test(trimmed) || matchesLineRule(trimmed);
  return isNameLike(trimmed) || /@|\+?\d[\d ()-]{6,}\d/.test(trimmed);
}

/**
 * A block heading ("How to cite", "For more information on this publication:") goes with what it introduces:
 * when it stands alone, the next paragraph if short; inside a paragraph, the lines after it that fit the block.
 * Returns the index after the block.
 */
function dropBlock(lines: Line[], drop: Uint8Array, i: number, rule: BlockRule): number {
  drop[i] = 1;
  const alone =
    (i === 0 || isBlank(lines[i - 1])) && (i + 1 >= lines.length || isBlank(lines[i + 1]));
  let j = i + 1;
  if (alone) {
    while (j < lines.length && isBlank(lines[j])) j++;
    let k = j;
    let chars = 0;
    while (k < lines.length && !isBlank(lines[k])) chars += lines[k++].text.length;
    if (chars <= rule.maxFollowingChars) for (let m = j; m < k; m++) drop[m] = 1;
    return k;
  }
  // Pages flattened without blank lines: the heading's paragraph may be the rest of the page, so only followers go.
  for (let n = 0; j < lines.length && n < rule.maxFollowingLines; j++, n++) {
    if (isBlank(lines[j]) || !followsBlock(rule, lines[j].text)) break;
    drop[j] = 1;
  }
  return j;
}

/** Pass 1: line rules, page labels, headline boxes after their heading, citation and contact blocks. */
function dropByRules(lines: Line[], drop: Uint8Array): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const key = lineKey(line.text);
    const section = SECTION_RULES.find((rule) => rule.phrases.has(key));
    if (section) {
      drop[i] = 1;
      let items = 0;
      let j = i + 1;
      for (; j < lines.length && items < section.maxItems; j++) {
        if (isBlank(lines[j])) continue;
        if (!isHeadlineItem(lines[j], section.maxItemLength)) break;
        drop[j] = 1;
        items++;
      }
      i = j - 1;
      continue;
    }
    const block = blockStarter(key);
    if (block) {
      i = dropBlock(lines, drop, i, block) - 1;
      continue;
    }
    if (matchesLineRule(line.text) || isPageLabel(line.text)) drop[i] = 1;
  }
}

const LINK_ONLY = /^\s*(?:[-*•]\s*)?(?:\[[^\]]*\]\([^)]*\)|<?https?:\/\/\S+>?)\s*$/;

/** A navigation entry: a bare link, or a few title-cased words without sentence punctuation. */
function isNavLine(text: string): boolean {
  if (LINK_ONLY.test(text)) return true;
  const trimmed = text.trim().replace(/^[-*•]\s*/, '');
  if (trimmed.startsWith('#') || trimmed.length > LINK_LIST.maxChars) return false;
  if (/[.,;:!?]["”’']?$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length > LINK_LIST.maxWords) return false;
  let alphabetic = 0;
  let capitalised = 0;
  for (const word of words) {
    const bare = word.replace(/^[^\p{L}\p{N}&|–-]+|[^\p{L}\p{N}]+$/gu, '');
    if (LINK_LIST.smallWords.has(bare.toLowerCase())) continue;
    if (!/\p{L}/u.test(bare)) continue;
    alphabetic++;
    if (!/^\p{Lu}/u.test(bare)) return false;
    capitalised++;
  }
  // Mostly words, not a date or a figure ("March 7, 2022" fails here).
  return capitalised > 0 && alphabetic * 2 >= words.length;
}

/** Pass 2: runs of navigation lines (single blank lines may separate them), unless a "...:" line introduces them. */
function dropLinkLists(lines: Line[], drop: Uint8Array): void {
  let i = 0;
  while (i < lines.length) {
    if (drop[i] || isBlank(lines[i]) || !isNavLine(lines[i].text)) {
      i++;
      continue;
    }
    const members: number[] = [];
    let j = i;
    let blanks = 0;
    for (; j < lines.length; j++) {
      if (drop[j]) continue; // already-dropped lines ("Share") do not break a run
      if (isBlank(lines[j])) {
        if (++blanks > 1) break;
        continue;
      }
      if (!isNavLine(lines[j].text)) break;
      blanks = 0;
      members.push(j);
    }
    let prev = i - 1;
    while (prev >= 0 && (isBlank(lines[prev]) || drop[prev])) prev--;
    const introduced = prev >= 0 && /:\s*$/.test(lines[prev].text);
    const links = members.filter((m) => LINK_ONLY.test(lines[m].text)).length;
    if (!introduced && (members.length >= LINK_LIST.minLines || links >= 2)) {
      for (const m of members) drop[m] = 1;
    }
    i = Math.max(j, i + 1);
  }
}

const repeatKey = (text: string): string =>
  text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Pass 3: a paragraph, or a long line, already seen earlier goes; the first occurrence stays. */
function dropRepeats(lines: Line[], drop: Uint8Array): void {
  const paragraphs = new Set<string>();
  const longLines = new Set<string>();
  let i = 0;
  while (i < lines.length) {
    if (isBlank(lines[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && !isBlank(lines[j])) j++;
    const kept: number[] = [];
    for (let k = i; k < j; k++) if (!drop[k]) kept.push(k);
    const key = repeatKey(kept.map((k) => lines[k].text).join(' '));
    if (key.length >= REPEATED.minParagraphChars && paragraphs.has(key)) {
      for (const k of kept) drop[k] = 1;
    } else {
      if (key.length >= REPEATED.minParagraphChars) paragraphs.add(key);
      for (const k of kept) {
        const lk = repeatKey(lines[k].text);
        if (lk.length < REPEATED.minLineChars) continue;
        if (longLines.has(lk)) drop[k] = 1;
        else longLines.add(lk);
      }
    }
    i = j;
  }
}

/** The text with boilerplate blanked out: same length, same newlines, so offsets index the input exactly. */
export function cleanText(text: string): string {
  const lines = splitLines(text);
  const drop = new Uint8Array(lines.length);
  dropByRules(lines, drop);
  dropLinkLists(lines, drop);
  dropRepeats(lines, drop);
  const parts: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].text;
    // "\r" is kept with "\n" so CRLF text keeps its line breaks.
    parts.push(drop[i] ? line.replace(/[^\r]/g, ' ') : line);
  }
  return parts.join('\n');
}
