// relation-evidence: the relations between two actors and the sentences (with their articles) behind each.
import { RELATION_TYPE_IDS } from '../graph/model.ts';
import { actorParam, limitParam } from './common-params.ts';
import { plainRows } from './plain-rows.ts';
import { defineQuery } from './types.ts';

export interface ActorSummary {
  id: string;
  name: string;
  type: string;
  aliases: string[];
}

export interface EvidenceItem {
  statementId: string;
  sentence: string;
  date: string | null;
  rule: string;
  confidence: number;
  modality: string;
  speaker: string | null;
  article: {
    id: string;
    title: string;
    url: string | null;
    source: string | null;
    publishedAt: string | null;
  };
}

export interface RelationWithEvidence {
  relation: {
    id: string;
    type: string;
    quadClass: string | null;
    source: ActorSummary;
    target: ActorSummary;
    count: number;
    articleCount: number;
    firstSeen: string | null;
    lastSeen: string | null;
    meanScore: number;
    meanConfidence: number;
  };
  evidence: EvidenceItem[];
}

export default defineQuery({
  name: 'relation-evidence',
  description:
    'Relations between two actors (either direction unless directed, optionally one type) with their evidence sentences and articles',
  params: [
    actorParam('a', 'first actor id, e.g. IRN'),
    actorParam('b', 'second actor id, e.g. RUS'),
    {
      name: 'type',
      type: 'string',
      enum: RELATION_TYPE_IDS,
      default: null,
      description: 'one relation type',
    },
    {
      name: 'directed',
      type: 'boolean',
      default: false,
      description: 'only relations from a to b',
    },
    { ...limitParam(50), description: 'maximum evidence sentences per relation' },
  ],
  routing: 'read',
  query: `
MATCH (x:Actor {id: $a})-[r]-(y:Actor {id: $b})
WHERE r.id IS NOT NULL AND ($type IS NULL OR type(r) = $type) AND (NOT $directed OR startNode(r) = x)
WITH r, startNode(r) AS src, endNode(r) AS tgt
RETURN r {.id, type: type(r), .quadClass, .count, .articleCount, .firstSeen, .lastSeen, .meanScore, .meanConfidence,
          source: src {.id, .name, .type, aliases: coalesce(src.aliases, [])},
          target: tgt {.id, .name, .type, aliases: coalesce(tgt.aliases, [])}} AS relation,
       COLLECT {
         MATCH (s:Statement {relationId: r.id})-[:REPORTED_IN]->(art:Article)
         RETURN {statementId: s.id, sentence: s.sentence, date: s.date, rule: s.rule, confidence: s.confidence,
                 modality: s.modality, speaker: s.speaker,
                 article: art {.id, .title, .url, .source, .publishedAt}} AS item
         ORDER BY s.date, s.id
         LIMIT $limit
       } AS evidence
ORDER BY r.count DESC, r.id`,
  transform: (records) => plainRows<RelationWithEvidence>(records),
});
