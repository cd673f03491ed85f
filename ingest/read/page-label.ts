// Publication-type and section labels a page prints beside its title: "Journal Article", "Analysis & Opinions - Atlantic Council".
import { BOILERPLATE_RULES } from './boilerplate-rules.ts';
import { lineKey } from './line-key.ts';

const { labels, maxNameChars } = BOILERPLATE_RULES.pageLabels;
const LABELS = new Set(labels);
const SMALL_WORDS = new Set(BOILERPLATE_RULES.linkList.smallWords);

/** "analysis & opinions", "report, journal article": every part a known label. */
function isLabelList(key: string): boolean {
  const parts = key.split(/\s+(?:&|and|\/)\s+|\s*,\s*|\s*\/\s*/).filter(Boolean);
  return parts.length > 0 && parts.every((part) => LABELS.has(part));
}

/** A publisher, journal or office name: capitalised words, no sentence punctuation at the end. */
export function isNameLike(text: string, maxChars = maxNameChars): boolean {
  const trimmed = text.trim().replace(/^[-*•]\s*/, '');
  if (trimmed === '' || trimmed.length > maxChars) return false;
  if (/[.;:!?,]["”’']?$/.test(trimmed)) return false;
  let named = 0;
  for (const word of trimmed.split(/\s+/)) {
    const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!/\p{L}/u.test(bare) || SMALL_WORDS.has(bare.toLowerCase())) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(bare)) return false;
    named++;
  }
  return named > 0;
}

/** A line that only labels the page: a label list, alone or followed by " - " and a publisher or journal name. */
export function isPageLabel(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '') return false;
  if (isLabelList(lineKey(trimmed))) return true;
  const split = /^(.+?)\s+[-–—|]\s+(.+)$/.exec(trimmed.replace(/^[-*•]\s*/, ''));
  return split !== null && isLabelList(lineKey(split[1])) && isNameLike(split[2]);
}
