// Whether a statement's own sentence may say the opposite: a negator (the extraction lexicon's "not", "never",
// "no", …) among the few words before its trigger, as in "pledged not to support". The review queue flags it.
import { verbForms } from '../ingest/extract/inflect.ts';
import { negators } from '../ingest/extract/lexicon.ts';

/** How many words before the trigger a negator may stand: "did not openly support", "pledged not to support". */
const WINDOW = 3;

/** Lower-case words, "don't" split into "do" and "n't" as the lexicon lists it. */
function words(sentence: string): string[] {
  return (
    sentence
      .toLowerCase()
      .replace(/n['’]t\b/g, " n't")
      .match(/n't|[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * A Java regular expression for Cypher's =~ that a lower-cased sentence matches when it holds any negator as a
 * word: what every sentence negationBeforeTrigger flags has, so a query can narrow the candidates first.
 */
export const negatorPattern = `(?sU).*(${[...negators]
  .map((w) => (w === "n't" ? "n['’]t" : `\\b${w.replace(/[^\p{L}\p{N}]/gu, '')}\\b`))
  .join('|')}).*`;

/** The negator before the first trigger word it precedes, or null. */
export function negationBeforeTrigger(
  sentence: string,
  triggers: readonly string[],
): string | null {
  const forms = new Set(
    triggers.flatMap((t) => {
      const head = t.toLowerCase().split(' ')[0];
      return [head, `${head}s`, ...verbForms(head)];
    }),
  );
  const tokens = words(sentence);
  for (let i = 0; i < tokens.length; i++) {
    if (!forms.has(tokens[i])) continue;
    const negator = tokens.slice(Math.max(0, i - WINDOW), i).find((w) => negators.has(w));
    if (negator) return negator;
  }
  return null;
}
