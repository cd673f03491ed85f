// What mention finding reads and returns: the article context, actor spans, structural facts, hits.
import type { ActorRegistry } from '../../actors/registry.ts';
import type { Actor, Mention } from '../../types.ts';

/** What one article accumulates while its sentences are read in order. */
export interface ArticleContext {
  registry: ActorRegistry;
  date: string | null;
  /** Actors named so far (registry entries and new ones), by id. */
  actors: Map<string, Actor>;
  /** Short names seen in full earlier in the article ("Hussein" → "fuad-hussein"). */
  surnames: Map<string, string>;
}

/** A stretch the relation rules treat as one actor (a title and a name, a state and its ministry). */
export interface ActorSpan {
  actorId: string;
  start: number;
  end: number;
  possessive: boolean;
  /** A named place (city, region): a location rather than an agent. */
  place: boolean;
  /** A role noun the span took in ("the Russian ambassador" → "ambassador"), for noun-class checks. */
  head?: string;
}

export interface StructuralFact {
  source: string;
  target: string;
  type: 'LEADS' | 'MEMBER_OF' | 'PART_OF';
  rule: string;
}

export interface SentenceMentions {
  mentions: Mention[];
  spans: ActorSpan[];
  structural: StructuralFact[];
}

/** A name found in the sentence, with the tokens it covers. */
export interface Hit {
  first: number;
  last: number;
  actorId: string;
  via: string;
  /** Syntax span, when patterns widened it beyond the name itself. */
  spanFirst: number;
  spanLast: number;
  absorbed: boolean;
}
