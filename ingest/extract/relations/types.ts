// The shapes the relation passes share: a found relation, a verb frame, a reporting speaker.
import type { VerbRule } from '../rules.ts';
import type { ActorUnit } from '../units.ts';

/** A relation before it is dated and scored: who, what, whom, on which rule and how sure. */
export interface FoundRelation {
  source: string;
  target: string;
  type: string;
  rule: string;
  confidence: number;
  speaker: string | null;
  modality: string;
}

/** Who reports a clause, whether they deny it, and whether they warn of it. */
export interface Speaker {
  speaker: ActorUnit;
  denial: boolean;
  threat?: boolean;
  /** The reporting verb charges or alleges ("charged that", "alleged that"): the report accuses its actor. */
  accusation?: boolean;
}

export interface VerbInfo {
  index: number;
  lemma: string;
  /** First unit of the verb group (auxiliaries, negation, "to"). */
  chainStart: number;
  negated: boolean;
  modality: string;
  /** The modal auxiliary of the verb group, if any ("would"). */
  modal?: string;
  passive: boolean;
  subject: ActorUnit | null;
  pronounSubject: boolean;
  /** The verb this one is the complement of ("threatened to strike", "accused X of arming"). */
  governor: VerbInfo | null;
  governorLink: 'to' | 'of' | 'gerund' | null;
  /** The governor's object, for object control ("urged Turkey to", "accused Iran of"). */
  controller: ActorUnit | null;
  /** "Beijing's decision to impose …": the subject is the owner of a decision noun before "to". */
  decided?: boolean;
  /** "a proposal by Kyiv to resume talks": the subject is the proposer; what it proposes has not happened. */
  proposed?: boolean;
  /** "joined the US in condemning": the governor's object shares the act. */
  coAgent?: boolean;
  /** ", a move welcomed by Washington": the participle's object is an event, not a party. */
  appositive?: boolean;
  /** ", a move Paris denounced": the main clause's subject, the act the object-gap relative comments on. */
  gapTarget?: ActorUnit | null;
  /** "Houthi rebels armed by Iran": a passive participle right after its noun, with no "be". */
  reduced?: boolean;
  target: ActorUnit | null;
}

export const HYPOTHETICAL_MODALITIES = new Set(['possible', 'planned']);

export const HOSTILE_TYPES = new Set(['ATTACK', 'SANCTION', 'MOBILIZE']);

/** Types whose future form is a commitment made now ("will deliver Patriot systems"). */
export const COMMITMENT_TYPES = new Set(['PROVIDE_AID', 'PROVIDE_ARMS']);

export const MODIFIER_TAGS = ['Adjective', 'Determiner', 'Value', 'Noun', 'Adverb'];

export interface VerbOutcome {
  source: ActorUnit;
  target: ActorUnit | null;
  rule: VerbRule;
}
