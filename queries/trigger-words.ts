// The words that make a statement's relation, from the rule that found it: a verb rule's verbs,
// a noun rule's nouns, a compound rule's participles, a phrase rule's phrases, the verb a CAMEO or WordNet
// fallback coded. Structural rules (titles, appositions) have none: their evidence is the names themselves.
import { compoundRules, nounRules, phraseRules, verbRules } from '../ingest/extract/rules.ts';

const WORDS = new Map<string, readonly string[]>([
  ...verbRules.map((r) => [r.id, r.verbs] as const),
  ...nounRules.map((r) => [r.id, r.nouns] as const),
  ...compoundRules.map((r) => [r.id, r.participles] as const),
  ...phraseRules.map((r) => [r.id, r.phrases] as const),
]);

/** "send-arms+coref" → the send-arms rule's verbs; "cameo:invite:040" and "wordnet:imprison→detain" → the verb. */
export function triggerWords(rule: string | null | undefined): string[] {
  if (!rule) return [];
  const base = rule.split('+')[0];
  const fallback = /^(?:cameo|wordnet):([^:→]+)/.exec(base);
  if (fallback) return [fallback[1]];
  return [...(WORDS.get(base) ?? [])];
}
