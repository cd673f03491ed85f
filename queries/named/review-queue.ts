// review-queue: statements to review, newest and least confident first, with how many match in all.
import { REVIEW_STATES } from '../../graph/review-statements.ts';
import { RELATION_TYPE_IDS } from '../../ingest/ontology/vocabulary.ts';
import { limitParam } from '../common-params.ts';
import { negationBeforeTrigger } from '../negation-flag.ts';
import { plainRows } from '../plain-rows.ts';
import { triggerWords } from '../trigger-words.ts';
import { defineQuery } from '../types.ts';

interface NamedActor {
  id: string;
  name: string;
  type: string;
}

/** Why a statement may be wrong: another of the same pair in the window on the other side, or its own negation. */
export type ReviewFlag =
  | {
      kind: 'opposite';
      /** The other statement (kept, any review state), of the same pair in either direction. */
      statement: { id: string; relationId: string; type: string; date: string; sentence: string };
    }
  | { kind: 'negation'; word: string };

export interface ReviewItem {
  id: string;
  relationId: string;
  type: string;
  quadClass: string | null;
  score: number;
  date: string | null;
  confidence: number;
  rule: string;
  modality: string;
  sentence: string;
  /** The rule's words (queries/trigger-words.ts), to mark what made the relation in the sentence. */
  triggerWords: string[];
  /** Contradictions found for review (none: an empty list). */
  flags: ReviewFlag[];
  reviewState: (typeof REVIEW_STATES)[number];
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  /** The extracted values, when the statement was corrected. */
  original: {
    type: string;
    source: string;
    target: string;
    quadClass: string | null;
    date: string | null;
  } | null;
  source: NamedActor;
  target: NamedActor;
  article: {
    id: string;
    title: string | null;
    source: string | null;
    url: string | null;
    publishedAt: string | null;
  };
}

export interface ReviewQueue {
  /** Statements matching the filters, beyond this page too: what is left to review. */
  total: number;
  statements: ReviewItem[];
}

export default defineQuery({
  name: 'review-queue',
  description:
    'Statements to review (unreviewed by default), newest and least confident first, filtered by actor, type, article or confidence; with the total left',
  params: [
    {
      name: 'state',
      type: 'string',
      default: 'unreviewed',
      enum: [...REVIEW_STATES, 'any'],
      description: 'review state to list (any: all)',
    },
    { name: 'actor', type: 'string', default: null, description: 'source or target actor id' },
    {
      name: 'type',
      type: 'string',
      default: null,
      enum: RELATION_TYPE_IDS,
      description: 'relation type',
    },
    { name: 'article', type: 'string', default: null, description: 'article id' },
    {
      name: 'minConfidence',
      type: 'float',
      default: null,
      min: 0,
      max: 1,
      description: 'lowest confidence listed',
    },
    {
      name: 'maxConfidence',
      type: 'float',
      default: null,
      min: 0,
      max: 1,
      description: 'highest confidence listed',
    },
    {
      name: 'contradictionDays',
      type: 'int',
      default: 30,
      min: 0,
      max: 3660,
      description:
        'days apart within which a statement of the same pair on the other side (cooperation against conflict) flags it',
    },
    limitParam(50, 500),
    {
      name: 'offset',
      type: 'int',
      default: 0,
      min: 0,
      max: 1_000_000,
      description: 'statements skipped (paging)',
    },
  ],
  routing: 'read',
  // Rejected statements are :RejectedStatement, so they are read only when asked for.
  query: `
CALL () {
  MATCH (s:Statement) WHERE $state <> 'rejected' RETURN s
  UNION ALL
  MATCH (s:RejectedStatement) WHERE $state IN ['rejected', 'any'] RETURN s
}
WITH s WHERE ($state = 'any' OR coalesce(s.reviewState, 'unreviewed') = $state)
  AND ($actor IS NULL OR s.source = $actor OR s.target = $actor)
  AND ($type IS NULL OR s.type = $type)
  AND ($article IS NULL OR s.articleId = $article)
  AND ($minConfidence IS NULL OR s.confidence >= $minConfidence)
  AND ($maxConfidence IS NULL OR s.confidence <= $maxConfidence)
WITH s ORDER BY coalesce(s.date, '') DESC, s.confidence ASC, s.id
WITH collect(s) AS matched
RETURN size(matched) AS total, [s IN matched[$offset..($offset + $limit)] | s {
  .id, .relationId, .type, .quadClass, .score, .date, .confidence, .rule, .modality, .sentence,
  reviewState: coalesce(s.reviewState, 'unreviewed'), .reviewedBy, .reviewedAt, .reviewNote,
  original: CASE WHEN s.originalType IS NULL THEN null ELSE {type: s.originalType, source: s.originalSource,
    target: s.originalTarget, quadClass: s.originalQuadClass, date: s.originalDate} END,
  source: head([(s)-[:SOURCE]->(a:Actor) | a {.id, .name, .type}]),
  target: head([(s)-[:TARGET]->(a:Actor) | a {.id, .name, .type}]),
  article: head([(s)-[:REPORTED_IN]->(art:Article) | art {.id, .title, .source, .url, .publishedAt}]),
  // Same pair (either direction), dated within the window, score of the other sign; partial dates count from
  // their first day.
  opposite: CASE WHEN s.date IS NULL OR coalesce(s.score, 0) = 0 THEN [] ELSE COLLECT {
    MATCH (s)-[:SOURCE]->(:Actor)<-[:SOURCE|TARGET]-(o:Statement)
    WHERE o.id <> s.id AND o.date IS NOT NULL AND o.score * s.score < 0
      AND ((o.source = s.source AND o.target = s.target) OR (o.source = s.target AND o.target = s.source))
      AND abs(duration.inDays(date(left(o.date + '-01-01', 10)), date(left(s.date + '-01-01', 10))).days)
          <= $contradictionDays
    RETURN DISTINCT o {.id, .relationId, .type, .date, .sentence} AS o ORDER BY o.date, o.id LIMIT 3
  } END
}] AS statements`,
  transform: (records): ReviewQueue => {
    const queue = plainRows<ReviewQueue>(records)[0] ?? { total: 0, statements: [] };
    for (const s of queue.statements as (ReviewItem & { opposite?: unknown })[]) {
      s.triggerWords = triggerWords(s.rule);
      const opposite = (s.opposite ?? []) as Extract<
        ReviewFlag,
        { kind: 'opposite' }
      >['statement'][];
      delete s.opposite;
      const negation = negationBeforeTrigger(s.sentence, s.triggerWords);
      s.flags = [
        ...opposite.map((statement) => ({ kind: 'opposite' as const, statement })),
        ...(negation ? [{ kind: 'negation' as const, word: negation }] : []),
      ];
    }
    return queue;
  },
});
