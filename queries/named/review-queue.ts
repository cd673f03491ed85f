// review-queue: statements to review, newest and least confident first, with how many match in all.
import { REVIEW_STATES } from '../../graph/review-statements.ts';
import { RELATION_TYPE_IDS } from '../../ingest/ontology/vocabulary.ts';
import { limitParam } from '../common-params.ts';
import { plainRows } from '../plain-rows.ts';
import { defineQuery } from '../types.ts';

// The negation flag (compromise's verb forms) and the trigger words (the relation rules) are loaded when the
// query runs, not by `entente queries` listing it.
const negationFlag = () => import('../negation-flag.ts');

interface NamedActor {
  id: string;
  name: string;
  type: string;
}

/**
 * Why a statement may be wrong: another of the same pair in the window on the other side, its own negation, or a
 * link (LEADS, PART_OF) that ties an actor to a state while it is tied to another.
 */
export type ReviewFlag =
  | {
      kind: 'opposite';
      /** The other statement (kept, any review state: an accepted one says so), of the same pair either way. */
      statement: {
        id: string;
        relationId: string;
        type: string;
        date: string;
        sentence: string;
        reviewState: (typeof REVIEW_STATES)[number];
      };
    }
  | { kind: 'negation'; word: string }
  | {
      kind: 'two-states';
      /** The states other than this statement's target that the source is tied to (registry or kept links). */
      states: { id: string; name: string }[];
    };

/** Statements that tie their source to a state: a second such state flags them. */
const STATE_LINKS = ['LEADS', 'PART_OF'];

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
    'Statements to review (unreviewed by default), newest and least confident first, filtered by actor, type, article, confidence or flags; with the total left and why each may be wrong',
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
    {
      name: 'flagged',
      type: 'boolean',
      default: false,
      description: 'only statements with a contradiction flag (the total counts those)',
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
  prepare: async (params) => ({
    ...params,
    negatorPattern: (await negationFlag()).negatorPattern,
    stateLinks: STATE_LINKS,
  }),
  // Rejected statements are :RejectedStatement, so they are read only when asked for. With $flagged every match is
  // read: those with an opposite or a second state, and those whose sentence holds a negator (the transform then
  // checks the negation exactly, and pages); otherwise only the page.
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
WITH matched, CASE WHEN $flagged THEN matched ELSE matched[$offset..($offset + $limit)] END AS page
// One row even when the page is empty, so the total is still returned.
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS s
CALL (s) {
  // Same pair (either direction), dated within the window, score of the other sign; partial dates count from
  // their first day.
  // The pair's statements through its aggregated relationships (expanded from the actor with fewer of them) and
  // the relation id index, not through every statement of a busy actor.
  WITH s WHERE s IS NOT NULL AND s.date IS NOT NULL AND coalesce(s.score, 0) <> 0
  MATCH (s)-[:SOURCE]->(a:Actor), (s)-[:TARGET]->(b:Actor)
  MATCH (a)-[r]-(b) WHERE r.id IS NOT NULL
  MATCH (o:Statement {relationId: r.id})
  WHERE o.id <> s.id AND o.date IS NOT NULL AND o.score * s.score < 0
    AND abs(duration.inDays(date(left(o.date + '-01-01', 10)), date(left(s.date + '-01-01', 10))).days)
        <= $contradictionDays
  WITH DISTINCT o ORDER BY o.date, o.id LIMIT 3
  RETURN collect(o {.id, .relationId, .type, .date, .sentence,
                    reviewState: coalesce(o.reviewState, 'unreviewed')}) AS opposite
}
CALL (s) {
  // A person or body tied to this state and to another: by the registry (country, part of) or a kept link.
  WITH s WHERE s IS NOT NULL AND s.type IN $stateLinks
  MATCH (s)-[:SOURCE]->(a:Actor) WHERE NOT a:State
  MATCH (s)-[:TARGET]->(t:State)
  CALL (a) {
    MATCH (o:Actor) WHERE o.id IN [a.countryCode, a.partOf] AND o:State RETURN o
    UNION
    MATCH (a)-[:LEADS|PART_OF]->(o:State) RETURN o
  }
  WITH t, o WHERE o.id <> t.id
  WITH DISTINCT o ORDER BY o.id LIMIT 3
  RETURN collect(o {.id, .name}) AS otherStates
}
WITH matched, s, opposite, otherStates
WHERE s IS NULL OR NOT $flagged OR size(opposite) > 0 OR size(otherStates) > 0
   OR toLower(s.sentence) =~ $negatorPattern
WITH size(matched) AS total, collect(s {
  .id, .relationId, .type, .quadClass, .score, .date, .confidence, .rule, .modality, .sentence,
  reviewState: coalesce(s.reviewState, 'unreviewed'), .reviewedBy, .reviewedAt, .reviewNote,
  original: CASE WHEN s.originalType IS NULL THEN null ELSE {type: s.originalType, source: s.originalSource,
    target: s.originalTarget, quadClass: s.originalQuadClass, date: s.originalDate} END,
  source: head([(s)-[:SOURCE]->(a:Actor) | a {.id, .name, .type}]),
  target: head([(s)-[:TARGET]->(a:Actor) | a {.id, .name, .type}]),
  article: head([(s)-[:REPORTED_IN]->(art:Article) | art {.id, .title, .source, .url, .publishedAt}]),
  opposite: opposite,
  otherStates: otherStates
}) AS statements
RETURN total, statements`,
  transform: async (records, params): Promise<ReviewQueue> => {
    const [{ negationBeforeTrigger }, { triggerWords }] = await Promise.all([
      negationFlag(),
      import('../trigger-words.ts'),
    ]);
    const queue = plainRows<ReviewQueue>(records)[0] ?? { total: 0, statements: [] };
    type Raw = ReviewItem & { opposite?: unknown; otherStates?: unknown };
    for (const s of queue.statements as Raw[]) {
      s.triggerWords = triggerWords(s.rule);
      const opposite = (s.opposite ?? []) as Extract<
        ReviewFlag,
        { kind: 'opposite' }
      >['statement'][];
      const otherStates = (s.otherStates ?? []) as { id: string; name: string }[];
      delete s.opposite;
      delete s.otherStates;
      const negation = negationBeforeTrigger(s.sentence, s.triggerWords);
      s.flags = [
        ...opposite.map((statement) => ({ kind: 'opposite' as const, statement })),
        ...(negation ? [{ kind: 'negation' as const, word: negation }] : []),
        ...(otherStates.length ? [{ kind: 'two-states' as const, states: otherStates }] : []),
      ];
    }
    if (!params.flagged) return queue;
    // Every candidate came back: keep the flagged ones, then page.
    const flagged = queue.statements.filter((s) => s.flags.length > 0);
    const offset = Number(params.offset);
    return {
      total: flagged.length,
      statements: flagged.slice(offset, offset + Number(params.limit)),
    };
  },
});
