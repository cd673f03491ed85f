// extractArticle: article text → actors, mentions and evidenced relations, with no side effects.
import type { ActorRegistry } from '../actors/registry.ts';
import { resolveDate } from '../dates/index.ts';
import type { Actor, Article, Extraction, Mention, Relation } from '../types.ts';
import {
  COREF_FACTOR,
  COREF_SUFFIX,
  consultPair,
  resolveInnerPair,
  resolveOwnCountry,
  resolveSubject,
  sentenceSubject,
  type Antecedents,
} from './coref.ts';
import { findSentenceMentions, type ActorSpan, type ArticleContext } from './mentions/index.ts';
import { parseTerms } from './plugin.ts';
import { findRelations } from './relations/index.ts';
import { relationTypes, targetTypesByRule } from './rules.ts';
import { splitSentences } from './sentences.ts';
import { buildUnits } from './units.ts';

const STRUCTURAL_CONFIDENCE = 0.9;
/** Marks a relation whose place target was read as its state (provenance). */
const PLACE_SUFFIX = '+place-state';
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
  const stateOf = (id: string): string | null => {
    const actor = actorOf(id);
    if (
      !actor ||
      actor.type === 'ArmedGroup' ||
      actor.type === 'Organization' ||
      actor.type === 'Alliance'
    )
      return null;
    return actor.type === 'State' ? actor.id : actor.countryCode;
  };
  const sameState = (a: string, b: string): boolean => {
    const s = stateOf(a);
    return s !== null && s === stateOf(b);
  };
  // The previous sentence's subject and pair, for a sentence-initial "He", "It", "The two leaders".
  let previous: Antecedents | null = null;
  const typeOf = (id: string): string | undefined => actorOf(id)?.type;
  const countryOf = (id: string): string | null => {
    const code = actorOf(id)?.countryCode;
    return code && actorOf(code)?.type === 'State' ? code : null;
  };
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
    const spansHere = found.spans;
    let units = buildUnits(terms, found.spans);
    const resolved = resolveSubject(units, previous, typeOf);
    if (resolved) units = resolved.units;
    units = resolveInnerPair(units, typeOf) ?? units;
    units = resolveOwnCountry(units, typeOf, countryOf) ?? units;
    // Ids that stand in this sentence only through the resolved subject (not also named here).
    const named = new Set(found.spans.map((span) => span.actorId));
    const viaCoref = new Set(resolved?.ids.filter((id) => !named.has(id)));
    const kept: { source: string; target: string; type: string }[] = [];
    const relationsHere = found.spans.length > 0 || resolved ? findRelations(units) : [];
    for (const found of relationsHere) {
      if (isPlace(found.source)) continue;
      let r = found;
      if (isPlace(r.target)) {
        // A place is not a party: an act on it is an act on its state, when the sentence names that state
        // ("seized Crimea" with Ukraine named, "a camp in a province of Pakistan"); otherwise nothing is coded.
        // "visited Budapest", "Blinken's visit to Beijing": a visit to a capital is a visit to its state.
        const place = actorOf(r.target);
        // "Talks in Brussels hosted by the EU": a capital after "in" or "at" is where, not whom.
        const at = spansHere.find((s) => s.actorId === r.target);
        const located =
          !!at && /\b(in|at)\s+(the\s+)?$/i.test(sentence.text.slice(0, at.start - sentence.start));
        const capitalOf =
          !located && place?.countryCode && actorOf(place.countryCode)?.capital === place.name
            ? place.countryCode
            : null;
        const state = PLACE_TARGET_TYPES.has(r.type)
          ? placeState(r.target, place?.countryCode ?? null, spansHere, sentence, typeOf)
          : r.type === 'CONSULT'
            ? capitalOf
            : null;
        if (!state || state === r.source || actorOf(r.source)?.countryCode === state) continue;
        r = { ...r, target: state, rule: `${r.rule}${PLACE_SUFFIX}` };
      }
      // "Putin said Russian news agencies …", "Trump ordered US troops …": a state does not act on itself;
      // its armed groups and organisations keep their own standing ("the RSF and the army clashed").
      if (sameState(r.source, r.target)) continue;
      // "joined the US in ...": a rule restricted to some target types ("joined NATO") skips others.
      const types = targetTypesByRule.get(found.rule);
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
    cutSentences: sentences.filter((sentence) => sentence.cut).length,
    wordCount: article.text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0,
  };
}

/** The link words between a place and the state after it: "province of", "Air Base in", ", in". */
const PLACE_OF_STATE = /^[\s,]*(?:[\p{L}-]+\s+){0,3}?(?:of|in)\s+(?:the\s+)?$/iu;

/**
 * The state a place target stands for: the place's own state when the sentence names it, or a state named
 * right after the place ("in Khyber Pakhtunkhwa province of Pakistan"), else null.
 */
function placeState(
  placeId: string,
  countryCode: string | null,
  spans: ActorSpan[],
  sentence: { text: string; start: number },
  typeOf: (id: string) => string | undefined,
): string | null {
  if (countryCode && countryCode !== placeId && spans.some((s) => s.actorId === countryCode))
    return countryCode;
  const at = spans.findIndex((s) => s.actorId === placeId);
  const next = at >= 0 ? spans[at + 1] : undefined;
  if (!next || typeOf(next.actorId) !== 'State') return null;
  const between = sentence.text.slice(spans[at].end - sentence.start, next.start - sentence.start);
  return PLACE_OF_STATE.test(between) ? next.actorId : null;
}

/** The most confident relation of each group that `keyOf` names. */
function mostConfident(relations: Relation[], keyOf: (r: Relation) => string): Relation[] {
  const best = new Map<string, Relation>();
  for (const r of relations) {
    const key = keyOf(r);
    const seen = best.get(key);
    if (!seen || r.confidence > seen.confidence) best.set(key, r);
  }
  return [...best.values()];
}

/** One relation per sentence, type, pair and speaker; and one per statement identity (sentence, pair, type and
 *  rule, as the writer's statement id), so a rule that reads a sentence both as reported speech and as the
 *  speaker's own act ("Washington has threatened to ... and to remove it") gives one statement, not two with one
 *  id that the writer would refuse. */
function dedupe(relations: Relation[]): Relation[] {
  const bySpeaker = mostConfident(
    relations,
    (r) => `${r.sentenceStart}|${r.type}|${r.source}|${r.target}|${r.speaker}`,
  );
  return mostConfident(
    bySpeaker,
    (r) => `${r.sentenceStart}|${r.type}|${r.source}|${r.target}|${r.rule}`,
  );
}
