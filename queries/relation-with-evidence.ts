// One aggregated relation and the sentences behind it: the RETURN clause and row type that relation-evidence
// and relation-by-id share (bound: r, src, tgt, $limit).
import type { ActorType, QuadClass } from '../ingest/types.ts';
import { ALSO_CARRIED_BY } from './also-carried-by.ts';

export interface ActorRef {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
}

export interface EvidenceItem {
  statementId: string;
  sentence: string;
  date: string | null;
  rule: string;
  /** The rule's words (queries/trigger-words.ts), for highlighting what made the relation in the sentence. */
  triggerWords: string[];
  confidence: number;
  modality: string;
  speaker: string | null;
  article: {
    id: string;
    title: string;
    url: string | null;
    source: string | null;
    publishedAt: string | null;
    /** Other outlets that carried the same story (its syndicated copies), sharing this evidence. */
    alsoCarriedBy: string[];
  };
}

/** A row of relation-evidence and relation-by-id: the `/api/relations/:id/evidence` response. */
export interface RelationWithEvidence {
  relation: {
    id: string;
    type: string;
    quadClass: QuadClass | null;
    source: ActorRef;
    target: ActorRef;
    count: number;
    articleCount: number;
    firstSeen: string | null;
    lastSeen: string | null;
    meanScore: number;
    meanConfidence: number;
  };
  evidence: EvidenceItem[];
}

export const RELATION_WITH_EVIDENCE = `RETURN r {.id, type: type(r), .quadClass, .count, .articleCount, .firstSeen, .lastSeen, .meanScore, .meanConfidence,
          source: src {.id, .name, .type, aliases: coalesce(src.aliases, [])},
          target: tgt {.id, .name, .type, aliases: coalesce(tgt.aliases, [])}} AS relation,
       COLLECT {
         MATCH (s:Statement {relationId: r.id})-[:REPORTED_IN]->(art:Article)
         RETURN {statementId: s.id, sentence: s.sentence, date: s.date, rule: s.rule, confidence: s.confidence,
                 modality: s.modality, speaker: s.speaker,
                 article: art {.id, .title, .url, .source, .publishedAt,
                               alsoCarriedBy: ${ALSO_CARRIED_BY}}} AS item
         ORDER BY s.date, s.id
         LIMIT $limit
       } AS evidence`;

/**
 * Adds each evidence item's trigger words (the rule's vocabulary) to the rows the Cypher above returns; the relation
 * rules behind them load on the first call, not when the queries are listed.
 */
export async function withTriggerWords(
  rows: RelationWithEvidence[],
): Promise<RelationWithEvidence[]> {
  const { triggerWords } = await import('./trigger-words.ts');
  return rows.map((row) => ({
    ...row,
    evidence: row.evidence.map((e) => ({ ...e, triggerWords: triggerWords(e.rule) })),
  }));
}
