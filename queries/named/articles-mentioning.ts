// articles-mentioning: the articles that name an actor, newest first, with how much they say about it.
import { actorParam, dateParam, limitParam } from '../common-params.ts';
import { plainRows } from '../plain-rows.ts';
import { ALSO_CARRIED_BY } from '../also-carried-by.ts';
import { defineQuery } from '../types.ts';

export default defineQuery({
  name: 'articles-mentioning',
  description:
    'Articles that mention an actor (optionally within a publication date range), newest first',
  params: [
    actorParam('id', 'actor id, e.g. IRN'),
    dateParam('from', 'first publication date included'),
    dateParam('to', 'last publication date included'),
    limitParam(20),
  ],
  routing: 'read',
  query: `
MATCH (a:Actor {id: $id})-[m:MENTIONED_IN]->(art:Article)
WHERE ($from IS NULL OR art.publishedAt >= $from) AND ($to IS NULL OR art.publishedAt <= $to)
RETURN art {.id, .title, .url, .source, .publishedAt, alsoCarriedBy: ${ALSO_CARRIED_BY}} AS article,
       m.count AS mentions,
       COUNT { (s:Statement)-[:REPORTED_IN]->(art) WHERE s.source = $id OR s.target = $id } AS statements
ORDER BY art.publishedAt DESC, mentions DESC, art.id
LIMIT $limit`,
  transform: (records) => plainRows(records),
});
