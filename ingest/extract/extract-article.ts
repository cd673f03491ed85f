// extractArticle: article text → actors, mentions and evidenced relations, with no side effects.
import type { ActorRegistry } from '../actors/index.ts';
import { resolveDate } from '../dates/index.ts';
import type { Actor, Article, Extraction, Mention, Relation } from '../types.ts';
import {
  COREF_FACTOR,
  COREF_SUFFIX,
  consultPair,
  resolveSubject,
  sentenceSubject,
  type Antecedents,
} from './coref.ts';
import { findSentenceMentions, type ArticleContext } from './mentions.ts';
import { parseTerms } from './plugin.ts';
import { findRelations } from './relations.ts';
import { relationTypes, targetTypesByRule } from './rules.ts';
import { splitSentences } from './sentences.ts';
import { buildUnits } from './units.ts';

const STRUCTURAL_CONFIDENCE = 0.9;
/** Event types whose target may be a place: acts on territory, not between parties. */
const PLACE_TARGET_TYPES = new Set(['ATTACK', 'MOBILIZE', 'SANCTION', 'THREATEN']);

export function extractArticle(article: Article, registry: ActorRegistry): Extraction {
  const ctx: ArticleContext = {
    registry,
    date: article.publishedAt,
    actors: new Map(),
    surnames: new Map(),
  };
  const mentions: Mention[] = [];
  const relations: Relation[] = [];
  const sentences = splitSentences(article.text);
  const actorOf = (id: string): Actor | undefined => ctx.actors.get(id) ?? registry.get(id);
  // A named place (a city, a region) is never an agent, and is a target only of physical acts:
  // "Russian missiles struck Kharkiv" → RUS ATTACK kharkiv, never the place's state, which is not named.
  const isPlace = (id: string): boolean => {
    const actor = actorOf(id);
    return actor?.type === 'Place' && actor.countryCode !== id;
  };
  // The previous sentence's subject and pair, for a sentence-initial "He", "It", "The two leaders".
  let previous: Antecedents | null = null;
  const typeOf = (id: string): string | undefined => actorOf(id)?.type;
  for (const sentence of sentences) {
    const terms = parseTerms(sentence.text, sentence.start);
    const found = findSentenceMentions(sentence, terms, ctx);
    mentions.push(...found.mentions);
    let date: string | null | undefined;
    const add = (
      source: string,
      target: string,
      type: string,
      rule: string,
      confidence: number,
      speaker: string | null,
      modality: string,
    ): void => {
      const kind = relationTypes.get(type);
      if (!kind || source === target) return;
      date ??= resolveDate(sentence.text, article.publishedAt);
      relations.push({
        source,
        target,
        type,
        quadClass: kind.quadClass,
        score: kind.score,
        date,
        sentence: sentence.text,
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
        confidence: Math.max(0, Math.min(1, confidence)),
        rule,
        speaker,
        modality,
      });
    };
    for (const fact of found.structural)
      add(fact.source, fact.target, fact.type, fact.rule, STRUCTURAL_CONFIDENCE, null, 'asserted');
    let units = buildUnits(terms, found.spans);
    const resolved = resolveSubject(units, previous, typeOf);
    if (resolved) units = resolved.units;
    // Ids that stand in this sentence only through the resolved subject (not also named here).
    const named = new Set(found.spans.map((span) => span.actorId));
    const viaCoref = new Set(resolved?.ids.filter((id) => !named.has(id)));
    const kept: { source: string; target: string; type: string }[] = [];
    const relationsHere = found.spans.length > 0 || resolved ? findRelations(units) : [];
    for (const r of relationsHere) {
      if (isPlace(r.source)) continue;
      // A curated place with no state ("the Red Sea") is a location only.
      const curated = registry.get(r.target);
      if (
        isPlace(r.target) &&
        (!PLACE_TARGET_TYPES.has(r.type) || (curated && !curated.countryCode))
      )
        continue;
      // "joined the US in ...": a rule restricted to some target types ("joined NATO") skips others.
      const types = targetTypesByRule.get(r.rule);
      const targetType = actorOf(r.target)?.type;
      if (types && targetType && !types.has(targetType)) continue;
      kept.push(r);
      // "Putin met Raisi. He also held talks with Erdogan.": a resolved party is less certain, and says so.
      if (viaCoref.has(r.source) || viaCoref.has(r.target))
        add(
          r.source,
          r.target,
          r.type,
          r.rule + COREF_SUFFIX,
          r.confidence * COREF_FACTOR,
          r.speaker,
          r.modality,
        );
      else add(r.source, r.target, r.type, r.rule, r.confidence, r.speaker, r.modality);
    }
    previous = { subject: sentenceSubject(units), pair: consultPair(kept) };
  }

  const deduped = dedupe(relations);
  const used = new Set([
    ...mentions.map((m) => m.actorId),
    ...deduped.flatMap((r) => [r.source, r.target]),
  ]);
  const actors = [...used].map((id) => actorOf(id)).filter((a): a is Actor => !!a);
  return {
    article,
    actors,
    mentions,
    relations: deduped,
    sentenceCount: sentences.length,
    wordCount: article.text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0,
  };
}

/** One relation per sentence, type, pair and speaker: the most confident. */
function dedupe(relations: Relation[]): Relation[] {
  const best = new Map<string, Relation>();
  for (const r of relations) {
    const key = `${r.sentenceStart}|${r.type}|${r.source}|${r.target}|${r.speaker}`;
    const seen = best.get(key);
    if (!seen || r.confidence > seen.confidence) best.set(key, r);
  }
  return [...best.values()];
}
