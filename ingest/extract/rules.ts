// Relation rules (relation-rules.json) and the ontology (relation-types.json), compiled once.
import rulesData from './relation-rules.json' with { type: 'json' };
import ontology from '../ontology/relation-types.json' with { type: 'json' };
import { z } from 'zod';
import { verbForms } from './inflect.ts';
import { nounClasses } from './lexicon.ts';
import { ACTOR_TYPES } from '../ontology/vocabulary.ts';
import { checkedOnLoad } from '../checked-on-load.ts';

import type { QuadClass } from '../types.ts';

export interface VerbRule {
  id: string;
  type: string;
  verbs: string[];
  particle?: string;
  requires?: string;
  preps: string[];
  symmetric?: boolean;
  /** The actor reached through `preps` is the source and the subject the target ("bought jets from Russia"). */
  inverse?: boolean;
  /** An attitude verb whose possessive object names its target ("praised Beijing's position"). */
  possessiveTarget?: boolean;
  /** "passive": fires only in the passive, with the grammatical subject as source ("was admitted to BRICS"). */
  voice?: 'passive';
  /** Actor types the target must have ("joined NATO", not "joined the US in condemning"). */
  targetTypes?: string[];
  /** Complement verbs one of which must follow the target as "to V" ("ordered the ambassador to leave"). */
  complement?: string[];
  /** Words one of which must follow the target ("ordered French troops out", "held Iran responsible"). */
  objectParticles?: string[];
  /** A noun class the subject's phrase must name ("Turkish units moved to Libya": troops, not a visiting minister). */
  subjectClass?: string;
  /** The verb takes no object before its preposition ("pushed into Pokrovsk", not "pushed migrants towards"). */
  intransitive?: boolean;
  /** The object ends the phrase: no second noun phrase follows it ("called Raisi", not "called NATO a threat"). */
  bareObject?: boolean;
  /** Each party acts on the other: both directions are coded ("exchanged fire with"). */
  reciprocal?: boolean;
  confidence: number;
  example: string;
  reason: string;
}

export interface NounRule {
  id: string;
  type: string;
  nouns: string[];
  requires?: string;
  targetPreps: string[];
  symmetricPreps?: string[];
  /** Prepositions that reach only a place target ("its offensive in Karabakh"). */
  placePreps?: string[];
  /** In an adjunct ("for talks with X", "in solidarity with X") the clause subject is the agent. */
  clauseAgent?: boolean;
  /** After a reaction verb, prepositions naming the noun's agent, whose target is the clause subject ("drew criticism from NATO"). */
  sourcePreps?: string[];
  /** "X, a close ally of Y": the name before the apposition is the agent. */
  appositionAgent?: boolean;
  /** The target acts on the agent ("Ankara's purchase of Russian jets": Russia arms Türkiye). */
  inverse?: boolean;
  /** The agent is the maker named on the goods after one of these ("the delivery of Russian missiles to Belarus"). */
  makerPreps?: string[];
  /** With a symmetric preposition each party acts on the other ("clashes between X and Y": both directions). */
  reciprocal?: boolean;
  confidence: number;
  example: string;
  reason: string;
}

export interface CompoundRule {
  id: string;
  type: string;
  participles: string[];
  confidence: number;
  example: string;
  reason: string;
}

/** "at odds with", "in talks with": a prepositional phrase relating the actor it follows to the actor after it. */
export interface PhraseRule {
  id: string;
  type: string;
  phrases: string[];
  confidence: number;
  example: string;
  reason: string;
}

const TYPE_IDS = ontology.types.map((t) => t.id) as [string, ...string[]];
const relationType = z.enum(TYPE_IDS);
const nounClass = z.enum(Object.keys(nounClasses) as [string, ...string[]]);
const words = z.array(z.string().min(1)).min(1);
const base = {
  id: z.string().regex(/^[a-z0-9-]+$/),
  example: z.string().min(1),
  reason: z.string().min(1),
};
const scored = { ...base, type: relationType, confidence: z.number().gt(0).max(1) };
/** The rules file's shape: every key known (a misspelt key is an error), types and noun classes that exist. */
const rulesSchema = z.strictObject({
  about: z.string(),
  verbRules: z.array(
    z.strictObject({
      ...scored,
      verbs: words,
      particle: z.string().optional(),
      requires: nounClass.optional(),
      preps: z.array(z.string()).min(1),
      symmetric: z.boolean().optional(),
      inverse: z.boolean().optional(),
      possessiveTarget: z.boolean().optional(),
      voice: z.literal('passive').optional(),
      targetTypes: z.array(z.enum(ACTOR_TYPES)).optional(),
      complement: words.optional(),
      objectParticles: words.optional(),
      subjectClass: nounClass.optional(),
      intransitive: z.boolean().optional(),
      bareObject: z.boolean().optional(),
      reciprocal: z.boolean().optional(),
    }),
  ),
  nounRules: z.array(
    z.strictObject({
      ...scored,
      nouns: words,
      requires: nounClass.optional(),
      targetPreps: z.array(z.string()),
      symmetricPreps: z.array(z.string()).optional(),
      placePreps: z.array(z.string()).optional(),
      clauseAgent: z.boolean().optional(),
      sourcePreps: z.array(z.string()).optional(),
      appositionAgent: z.boolean().optional(),
      inverse: z.boolean().optional(),
      makerPreps: z.array(z.string()).optional(),
      reciprocal: z.boolean().optional(),
    }),
  ),
  compoundRules: z.array(z.strictObject({ ...scored, participles: words })),
  phraseRules: z.array(z.strictObject({ ...scored, phrases: words })),
  structuralRules: z.array(z.strictObject({ ...base, type: relationType })),
  derivedRules: z.array(z.strictObject({ ...base, type: relationType })),
});

export function validateRules(data: unknown): z.infer<typeof rulesSchema> {
  const parsed = rulesSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `entente/ingest/extract/rules: relation-rules.json ${issue.path.join('.')}: ${issue.message}`,
    );
  }
  const seen = new Set<string>();
  for (const list of Object.values(parsed.data))
    if (Array.isArray(list))
      for (const rule of list) {
        if (seen.has(rule.id))
          throw new Error(
            `entente/ingest/extract/rules: relation-rules.json: duplicate rule id "${rule.id}"`,
          );
        seen.add(rule.id);
      }
  return parsed.data;
}

const rules = checkedOnLoad(rulesData, validateRules);
export const phraseRules: PhraseRule[] = rules.phraseRules;
export const verbRules: VerbRule[] = rules.verbRules;
export const nounRules: NounRule[] = rules.nounRules;
/** "the Iranian-backed Houthis": hyphenated participles that relate their actor to the modified actor. */
export const compoundRules: CompoundRule[] = rules.compoundRules;

/** Verb lemma → the rules that may fire on it, in file order. */
export const rulesByVerb = new Map<string, VerbRule[]>();
for (const rule of verbRules) {
  for (const verb of rule.verbs) rulesByVerb.set(verb, [...(rulesByVerb.get(verb) ?? []), rule]);
}

/** Every conjugated form of a rule verb → the verb ("shelling" → "shell"), from compromise's conjugator, built once. */
export const verbLemmas = new Map<string, string>();
for (const verb of rulesByVerb.keys()) {
  if (!/^[a-z-]+$/.test(verb)) continue;
  for (const form of verbForms(verb))
    if (!verbLemmas.has(form) && !rulesByVerb.has(form)) verbLemmas.set(form, verb);
}

/** Rule id → the actor types its target must have, for the rules that restrict them. */
export const targetTypesByRule = new Map<string, Set<string>>(
  verbRules.filter((r) => r.targetTypes).map((r) => [r.id, new Set(r.targetTypes)]),
);

/** Noun (lower-case) → noun rules. */
export const rulesByNoun = new Map<string, NounRule[]>();
for (const rule of nounRules) {
  for (const noun of rule.nouns) rulesByNoun.set(noun, [...(rulesByNoun.get(noun) ?? []), rule]);
}

export interface RelationType {
  id: string;
  quadClass: QuadClass | null;
  score: number;
  directed: boolean;
}

export const relationTypes = new Map<string, RelationType>(
  ontology.types.map((t) => [
    t.id,
    { id: t.id, quadClass: t.quadClass as QuadClass | null, score: t.score, directed: t.directed },
  ]),
);

/** Every rule id with its reason, for provenance look-ups. */
export const ruleReasons = new Map<string, string>(
  [
    ...rules.verbRules,
    ...rules.nounRules,
    ...rules.compoundRules,
    ...rules.phraseRules,
    ...rules.structuralRules,
    ...rules.derivedRules,
  ].map((r) => [r.id, r.reason]),
);
