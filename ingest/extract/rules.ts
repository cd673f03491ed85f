// Relation rules (relation-rules.json) and the ontology (relation-types.json), compiled once.
import rulesData from './relation-rules.json' with { type: 'json' };
import ontology from '../ontology/relation-types.json' with { type: 'json' };
import type { QuadClass } from '../types.ts';

export interface VerbRule {
  id: string;
  type: string;
  verbs: string[];
  particle?: string;
  requires?: string;
  preps: string[];
  symmetric?: boolean;
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
  confidence: number;
  example: string;
  reason: string;
}

export const verbRules = rulesData.verbRules as VerbRule[];
export const nounRules = rulesData.nounRules as NounRule[];

/** Verb lemma → the rules that may fire on it, in file order. */
export const rulesByVerb = new Map<string, VerbRule[]>();
for (const rule of verbRules) {
  for (const verb of rule.verbs) rulesByVerb.set(verb, [...(rulesByVerb.get(verb) ?? []), rule]);
}

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
    ...rulesData.verbRules,
    ...rulesData.nounRules,
    ...rulesData.structuralRules,
    ...rulesData.derivedRules,
  ].map((r) => [r.id, r.reason]),
);
