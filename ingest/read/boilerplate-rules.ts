// boilerplate.json, validated when loaded: a misspelt key, a phrase not in key form or a bad pattern is an error.
import { z } from 'zod';
import data from './boilerplate.json' with { type: 'json' };
import { describeIssues } from './article-meta.ts';
import { lineKey } from './line-key.ts';
import { checkedOnLoad } from '../checked-on-load.ts';

const MODULE = 'entente/ingest/read/boilerplate-rules';

/** The line rule that recognises a bibliographic reference; clean-text.ts also dates pages with it. */
export const CITATION_RULE_ID = 'citation-reference';

/** Every rule says why it exists and shows one line it drops. */
const documented = { id: z.string().min(1), reason: z.string().min(1), example: z.string().min(1) };
const phrases = z.array(z.string().min(1)).min(1);
const pattern = z.strictObject({ source: z.string().min(1), flags: z.string() });

const lineRuleSchema = z.discriminatedUnion('match', [
  z.strictObject({
    ...documented,
    match: z.enum(['exact', 'prefix', 'contains']),
    maxLength: z.number().int().positive().optional(),
    phrases,
  }),
  z.strictObject({
    ...documented,
    match: z.literal('pattern'),
    maxLength: z.number().int().positive().optional(),
    patterns: z.array(pattern).min(1),
  }),
]);

const boilerplateSchema = z.strictObject({
  $comment: z.string().optional(),
  lineRules: z.array(lineRuleSchema),
  sectionRules: z.array(
    z.strictObject({
      ...documented,
      maxItems: z.number().int().positive(),
      maxItemLength: z.number().int().positive(),
      phrases,
    }),
  ),
  blockRules: z.array(
    z.strictObject({
      ...documented,
      /** What may follow the heading in its own paragraph: a reference ("Surname, F. ...") or a name (an office). */
      follow: z.enum(['reference', 'name']),
      maxFollowingLines: z.number().int().positive(),
      maxFollowingChars: z.number().int().positive(),
      phrases,
    }),
  ),
  pageLabels: z.strictObject({
    reason: z.string().min(1),
    example: z.string().min(1),
    maxNameChars: z.number().int().positive(),
    labels: phrases,
  }),
  linkList: z.strictObject({
    reason: z.string().min(1),
    example: z.string().min(1),
    minLines: z.number().int().positive(),
    maxChars: z.number().int().positive(),
    maxWords: z.number().int().positive(),
    smallWords: phrases,
  }),
  repeated: z.strictObject({
    reason: z.string().min(1),
    minParagraphChars: z.number().int().positive(),
    minLineChars: z.number().int().positive(),
  }),
});

export type BoilerplateRules = z.output<typeof boilerplateSchema>;
export type LineRule = BoilerplateRules['lineRules'][number];
export type BlockRule = BoilerplateRules['blockRules'][number];

/** Prefix and contains phrases are matched inside a key, so they need only be lower-case with single spaces. */
const inKeyForm = (phrase: string): boolean =>
  phrase === phrase.toLowerCase().replace(/\s+/g, ' ').trim();

export function parseBoilerplateRules(input: unknown): BoilerplateRules {
  const parsed = boilerplateSchema.safeParse(input);
  if (!parsed.success) throw new Error(`${MODULE}: ${describeIssues(parsed.error)}`);
  const rules = parsed.data;
  const problems: string[] = [];
  const ids = new Set<string>();
  const wholeLine = (where: string, list: string[]) => {
    for (const p of list)
      if (lineKey(p) !== p) problems.push(`${where}: "${p}" is not a line key ("${lineKey(p)}")`);
  };
  for (const rule of [...rules.lineRules, ...rules.sectionRules, ...rules.blockRules]) {
    if (ids.has(rule.id)) problems.push(`duplicate rule id "${rule.id}"`);
    ids.add(rule.id);
  }
  for (const rule of rules.lineRules) {
    if (rule.match === 'pattern') {
      for (const p of rule.patterns) {
        try {
          new RegExp(p.source, p.flags);
        } catch (error) {
          problems.push(`${rule.id}: bad pattern /${p.source}/: ${(error as Error).message}`);
        }
      }
    } else if (rule.match === 'exact') {
      wholeLine(rule.id, rule.phrases);
    } else {
      for (const p of rule.phrases)
        if (!inKeyForm(p)) problems.push(`${rule.id}: "${p}" must be lower-case, single-spaced`);
    }
  }
  // The reader dates a page by its citation of itself (article-date.ts): that rule must be there.
  if (!rules.lineRules.some((r) => r.id === CITATION_RULE_ID && r.match === 'pattern'))
    problems.push(`no pattern rule "${CITATION_RULE_ID}"`);
  for (const rule of [...rules.sectionRules, ...rules.blockRules]) wholeLine(rule.id, rule.phrases);
  wholeLine('pageLabels', rules.pageLabels.labels);
  for (const w of rules.linkList.smallWords)
    if (w !== w.toLowerCase()) problems.push(`linkList: small word "${w}" must be lower-case`);
  if (problems.length) throw new Error(`${MODULE}: ${problems.join('; ')}`);
  return rules;
}

export const BOILERPLATE_RULES: BoilerplateRules = checkedOnLoad(data, parseBoilerplateRules);
