// co-occurring-actors: the actors named in the same articles as a given actor, most shared articles first.
import { actorParam, actorTypesParam, limitParam } from '../common-params.ts';
import { plainRows } from '../plain-rows.ts';
import { defineQuery } from '../types.ts';

export default defineQuery({
  name: 'co-occurring-actors',
  description:
    'Actors named in the same articles as an actor, by number of shared articles (with Jaccard overlap)',
  params: [actorParam('id', 'actor id, e.g. IRN'), limitParam(20), actorTypesParam],
  routing: 'read',
  query: `
MATCH (a:Actor {id: $id})-[:MENTIONED_IN]->(art:Article)<-[:MENTIONED_IN]-(o:Actor)
WHERE o <> a AND (size($types) = 0 OR o.type IN $types)
WITH a, o, count(DISTINCT art) AS sharedArticles, max(art.publishedAt) AS lastTogether
WITH a, o, sharedArticles, lastTogether,
     COUNT { (a)-[:MENTIONED_IN]->(:Article) } AS aArticles, COUNT { (o)-[:MENTIONED_IN]->(:Article) } AS oArticles
RETURN o {.id, .name, .type, .countryCode} AS actor, sharedArticles, lastTogether,
       round(toFloat(sharedArticles) / (aArticles + oArticles - sharedArticles), 3) AS jaccard
ORDER BY sharedArticles DESC, jaccard DESC, o.name
LIMIT $limit`,
  transform: (records) => plainRows(records),
});
