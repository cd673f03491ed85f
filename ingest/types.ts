// The plain-data types handed from stage to stage: article → extraction → graph.
// The closed lists (actor types, quad classes) live with the ontology, where the browser imports them too.
import type { ActorType, QuadClass } from './ontology/vocabulary.ts';

export {
  ACTOR_TYPES,
  QUAD_CLASSES,
  type ActorType,
  type QuadClass,
} from './ontology/vocabulary.ts';

/** An article as read from a file, a URL or stdin, after clean-up. */
export interface Article {
  /** sha256 (hex, first 24 chars) of the normalised text: the same article from two files is one article. */
  id: string;
  title: string;
  /** Cleaned text that extraction runs over. */
  text: string;
  url: string | null;
  source: string | null;
  /** ISO date (YYYY-MM-DD) from metadata or the text, or null when none was found. */
  publishedAt: string | null;
  /** Where it was read from (a path, a URL or "-"), for error messages. */
  origin: string;
}

/** One office a person held: the role, the actor it belongs to (default: the person's state), and when. */
export interface OfficeTerm {
  role: string;
  /** Actor id of the state or body the office belongs to, when not the person's countryCode. */
  of?: string;
  /** ISO date or year the term began; `to` absent while it runs. */
  from: string;
  to?: string;
}

/** An entry of the actor registry, and an actor found in an article. */
export interface Actor {
  /** States: ISO 3166-1 alpha-3 ("RUS"); others: kebab-case of the canonical name ("vladimir-putin", "nato"). */
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  /** ISO 3166-1 alpha-3 of the state it belongs to, where one applies. */
  countryCode: string | null;
  /** Alliances and organisations it is a member of (actor ids). */
  memberOf?: string[];
  /** The actor it is part of: a ministry's state, the Quds Force's IRGC (actor id). */
  partOf?: string | null;
  /** Persons: the role and the years it was held ("President", "2012-"). */
  role?: string | null;
  years?: string | null;
  /** Persons: offices held with dates ("President" of IRN from 2021-08-03 to 2024-05-19), newest decides. */
  terms?: OfficeTerm[];
  /** Demonyms and capitals, for states. */
  demonyms?: string[];
  capital?: string | null;
}

/** A stretch of the input text that names an actor. Offsets index the text exactly as given. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  actorId: string;
}

/** One extracted statement: who did what to whom, when, on what evidence. */
export interface Relation {
  source: string;
  target: string;
  /** A type from ingest/ontology/relation-types.json ("ATTACK", "MEMBER_OF", ...). */
  type: string;
  /** Null for structural relations (LEADS, MEMBER_OF, PART_OF). */
  quadClass: QuadClass | null;
  /** Cooperation–conflict score, -10..+10 (Goldstein-like); 0 for structural relations. */
  score: number;
  /** ISO date of the event when known, else the article date, else null. */
  date: string | null;
  sentence: string;
  /** Character offsets of the sentence in the input text. */
  sentenceStart: number;
  sentenceEnd: number;
  confidence: number;
  /** Id of the rule that fired (its `reason` is in the rules file). */
  rule: string;
  /** Actor id of the speaker in reported speech ("X said that ..."), else null. */
  speaker: string | null;
  /** "asserted", or the modality that qualified it: "threatened", "planned", "reported", ... */
  modality: string;
}

/** What extraction returns for one article: pure data, nothing written. */
export interface Extraction {
  article: Article;
  actors: Actor[];
  mentions: Mention[];
  relations: Relation[];
  sentenceCount: number;
  /** Pieces of over-long runs of text without sentence ends, cut to a bounded length before extraction. */
  cutSentences?: number;
  wordCount: number;
}
