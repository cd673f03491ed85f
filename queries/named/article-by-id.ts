// article-by-id: one article with its text, the actors it mentions and the statements extracted from it, for the
// reader (behind /api/articles/:id).
import type { ActorType, QuadClass } from '../../ingest/types.ts';
import { ALSO_CARRIED_BY } from '../also-carried-by.ts';
import { limitParam } from '../common-params.ts';
import { plainRows } from '../plain-rows.ts';
import { defineQuery } from '../types.ts';

export interface ArticleStatement {
  statementId: string;
  relationId: string;
  type: string;
  quadClass: QuadClass | null;
  source: { id: string; name: string };
  target: { id: string; name: string };
  date: string | null;
  sentence: string;
  /** Offsets of the sentence in the article's text. */
  sentenceStart: number;
  sentenceEnd: number;
  rule: string;
  /** The rule's words (queries/trigger-words.ts), marked in the sentence. */
  triggerWords: string[];
  confidence: number;
  modality: string;
}

/** The `/api/articles/:id` response. */
export interface ArticleWithStatements {
  article: {
    id: string;
    title: string;
    url: string | null;
    source: string | null;
    publishedAt: string | null;
    text: string;
    /** Other outlets that carried the same story (its syndicated copies). */
    alsoCarriedBy: string[];
    /** The original this article is a syndicated copy of (its statements are there), else null. */
    copyOf: string | null;
  };
  /** Actors mentioned in the article or named by one of its statements, most mentioned first. */
  actors: { id: string; name: string; type: ActorType; aliases: string[]; mentions: number }[];
  /** Counted statements (rejected ones left out), in the order of the text. */
  statements: ArticleStatement[];
}

export default defineQuery({
  name: 'article-by-id',
  description:
    'One article with its text, the actors it mentions and the statements extracted from it (rejected ones left out)',
  params: [
    { name: 'id', type: 'string', required: true, description: 'article id' },
    { ...limitParam(500, 5000), description: 'maximum statements' },
  ],
  routing: 'read',
  query: `
MATCH (art:Article {id: $id})
RETURN art {.id, .title, .url, .source, .publishedAt, text: coalesce(art.text, ''),
            alsoCarriedBy: ${ALSO_CARRIED_BY},
            copyOf: COLLECT { MATCH (art)-[:COPY_OF]->(o:Article) RETURN o.id }[0]} AS article,
       COLLECT {
         MATCH (a:Actor)-[m:MENTIONED_IN]->(art)
         RETURN a {.id, .name, .type, aliases: coalesce(a.aliases, []), mentions: m.count} AS actor
         UNION
         MATCH (a:Actor)<-[:SOURCE|TARGET]-(:Statement)-[:REPORTED_IN]->(art)
         WHERE NOT EXISTS { (a)-[:MENTIONED_IN]->(art) }
         RETURN DISTINCT a {.id, .name, .type, aliases: coalesce(a.aliases, []), mentions: 0} AS actor
       } AS actors,
       COLLECT {
         MATCH (s:Statement)-[:REPORTED_IN]->(art)
         MATCH (s)-[:SOURCE]->(src:Actor)
         MATCH (s)-[:TARGET]->(tgt:Actor)
         RETURN {statementId: s.id, relationId: s.relationId, type: s.type, quadClass: s.quadClass,
                 source: src {.id, .name}, target: tgt {.id, .name}, date: s.date, sentence: s.sentence,
                 sentenceStart: s.sentenceStart, sentenceEnd: s.sentenceEnd, rule: s.rule,
                 confidence: s.confidence, modality: s.modality} AS statement
         ORDER BY s.sentenceStart, s.id
         LIMIT $limit
       } AS statements`,
  transform: async (records): Promise<ArticleWithStatements | null> => {
    const row = plainRows<ArticleWithStatements>(records)[0];
    if (!row) return null;
    // The relation rules behind the trigger words load when the query runs, not when the queries are listed.
    const { triggerWords } = await import('../trigger-words.ts');
    return {
      ...row,
      actors: [...row.actors].sort(
        (a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name),
      ),
      statements: row.statements.map((s) => ({ ...s, triggerWords: triggerWords(s.rule) })),
    };
  },
});
