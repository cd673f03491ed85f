// Verb rules with fallbacks: a direct rule first, else one derived from CAMEO's verb dictionary, else from WordNet.
import { rulesByVerb, verbLemmas, verbRules, type VerbRule } from '../rules.ts';
import cameoData from './cameo-verbs.json' with { type: 'json' };
import { genericRules, hasLexiconRole, isPlain } from './derive-rules.ts';
import { cameoVerbsSchema, wordnetVerbsSchema } from './schema.ts';
import wordnetData from './wordnet-verbs.json' with { type: 'json' };
import { checkedOnLoad } from '../../checked-on-load.ts';

export interface VerbFallbackSettings {
  cameo: boolean;
  wordnet: boolean;
  /** Confidence of a CAMEO-derived rule, as a share of its template rule's. */
  cameoFactor: number;
  /** Confidence of a WordNet-derived rule, as a share of the known verb's rule. */
  wordnetFactor: number;
}

export const DEFAULT_VERB_FALLBACKS: Readonly<VerbFallbackSettings> = {
  cameo: true,
  wordnet: true,
  cameoFactor: 0.8,
  wordnetFactor: 0.7,
};

const cameoFile = checkedOnLoad(cameoData, (d) => cameoVerbsSchema.parse(d));
const wordnetFile = checkedOnLoad(wordnetData, (d) => wordnetVerbsSchema.parse(d));

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Verb lemma → rules from CAMEO, each a copy of its type's generic rule with CAMEO's preposition or particle. */
function cameoRules(factor: number): Map<string, VerbRule[]> {
  const templates = genericRules(verbRules);
  const out = new Map<string, VerbRule[]>();
  for (const entry of cameoFile.verbs) {
    const template = templates.get(entry.type);
    if (!template || rulesByVerb.has(entry.verb) || hasLexiconRole(entry.verb)) continue;
    const phrase = [entry.verb, entry.particle ?? entry.prep].filter(Boolean).join(' ');
    const rule: VerbRule = {
      ...template,
      id: `cameo:${phrase}:${entry.cameo}`,
      verbs: [entry.verb],
      ...(entry.particle && { particle: entry.particle }),
      preps: entry.prep ? [entry.prep] : template.preps,
      confidence: round(template.confidence * factor),
      example: '',
      reason: `CAMEO ${entry.cameo} (${entry.block}, ${cameoFile.source.file} line ${entry.line}), coded as the "${template.id}" rule`,
    };
    out.set(entry.verb, [...(out.get(entry.verb) ?? []), rule]);
  }
  return out;
}

/** Verb lemma → the known verb's plain rules, renamed for their WordNet provenance ("wordnet:imprison→detain"). */
function wordnetRules(factor: number, cameo: Map<string, VerbRule[]>): Map<string, VerbRule[]> {
  const out = new Map<string, VerbRule[]>();
  for (const link of wordnetFile.verbs) {
    if (rulesByVerb.has(link.verb) || cameo.has(link.verb) || hasLexiconRole(link.verb)) continue;
    const known = (rulesByVerb.get(link.via) ?? cameo.get(link.via) ?? []).filter(
      (r) => isPlain(r) && !r.particle,
    );
    const rules = known.map((r, k): VerbRule => ({
      ...r,
      id: `wordnet:${link.verb}→${link.via}${known.length > 1 ? `#${k + 1}` : ''}`,
      verbs: [link.verb],
      confidence: round(r.confidence * factor),
      example: '',
      reason: `WordNet 3.1 ${link.relation} of "${link.via}" (${link.path.join(' ')}); as ${r.id}: ${r.reason}`,
    }));
    if (rules.length) out.set(link.verb, rules);
  }
  return out;
}

/** Inflected form → fallback verb ("defamed" → "defame"), for the words compromise gives no root. */
function formsOf(
  verbs: { verb: string; forms: string[] }[],
  rules: Map<string, VerbRule[]>,
): Map<string, string> {
  const lemmas = new Map<string, string>();
  for (const { verb, forms } of verbs) {
    if (!rules.has(verb)) continue;
    for (const form of forms)
      if (!lemmas.has(form) && !rulesByVerb.has(form) && !verbLemmas.has(form))
        lemmas.set(form, verb);
  }
  return lemmas;
}

interface VerbFallbacks {
  cameo: Map<string, VerbRule[]>;
  wordnet: Map<string, VerbRule[]>;
  lemmas: Map<string, string>;
}

/** The rule tables for one setting of the fallbacks. */
export function buildVerbFallbacks(
  settings: VerbFallbackSettings = DEFAULT_VERB_FALLBACKS,
): VerbFallbacks {
  const all = cameoRules(settings.cameoFactor);
  const cameo = settings.cameo ? all : new Map<string, VerbRule[]>();
  const wordnet = settings.wordnet
    ? wordnetRules(settings.wordnetFactor, all)
    : new Map<string, VerbRule[]>();
  const lemmas = new Map([
    ...formsOf(cameoFile.verbs, cameo),
    ...formsOf(wordnetFile.verbs, wordnet),
  ]);
  return { cameo, wordnet, lemmas };
}

let fallbacks = buildVerbFallbacks();

/** Switches the fallbacks (the dev-set measurement compares them on and off; tests restore the default). */
export function setVerbFallbacks(settings: Partial<VerbFallbackSettings>): void {
  fallbacks = buildVerbFallbacks({ ...DEFAULT_VERB_FALLBACKS, ...settings });
}

/**
 * The rules that may fire on a verb lemma: its direct rules, else CAMEO-derived ones, else WordNet-derived ones.
 * An inflected form stands for its fallback verb when compromise gave it no root ("overflew").
 */
export function rulesForVerb(lemma: string): VerbRule[] | undefined {
  const direct = rulesByVerb.get(lemma);
  if (direct) return direct;
  const verb = fallbacks.lemmas.get(lemma) ?? lemma;
  return fallbacks.cameo.get(verb) ?? fallbacks.wordnet.get(verb);
}
