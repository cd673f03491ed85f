// top-sources: the news sources whose articles supply the most evidence.
import { dateParam, limitParam } from '../common-params.ts';
import { plainRows } from '../plain-rows.ts';
import { defineQuery } from '../types.ts';

export default defineQuery({
  name: 'top-sources',
  description:
    'Most cited sources: statements of evidence and articles per source (optionally within a publication date range)',
  params: [
    dateParam('from', 'first publication date included'),
    dateParam('to', 'last publication date included'),
    limitParam(20),
  ],
  routing: 'read',
  query: `
MATCH (art:Article)
WHERE art.source IS NOT NULL
  AND ($from IS NULL OR art.publishedAt >= $from) AND ($to IS NULL OR art.publishedAt <= $to)
WITH art, COUNT { (:Statement)-[:REPORTED_IN]->(art) } AS statements
RETURN art.source AS source, sum(statements) AS statements, count(art) AS articles,
       min(art.publishedAt) AS firstArticle, max(art.publishedAt) AS lastArticle
ORDER BY statements DESC, articles DESC, source
LIMIT $limit`,
  transform: (records) => plainRows(records),
});
