// most-central: actors with the most distinct partners (degree) and statements (weighted degree).
import { actorTypesParam, limitParam, quadClassesParam } from '../common-params.ts';
import { plainRows } from '../plain-rows.ts';
import { defineQuery } from '../types.ts';

export default defineQuery({
  name: 'most-central',
  description:
    'Most central actors by degree (distinct partners) then weighted degree (statements), over event relations',
  params: [limitParam(20), actorTypesParam, quadClassesParam],
  routing: 'read',
  query: `
MATCH (a:Actor)-[r]-(p:Actor)
WHERE r.quadClass IS NOT NULL AND p <> a
  AND (size($types) = 0 OR a.type IN $types)
  AND (size($quadClasses) = 0 OR r.quadClass IN $quadClasses)
WITH a, count(DISTINCT p) AS partners, sum(r.count) AS statements,
     sum(CASE WHEN r.quadClass ENDS WITH '_COOPERATION' THEN r.count ELSE 0 END) AS cooperation,
     sum(CASE WHEN r.quadClass ENDS WITH '_CONFLICT' THEN r.count ELSE 0 END) AS conflict
RETURN a {.id, .name, .type, .countryCode} AS actor, partners, statements, cooperation, conflict
ORDER BY partners DESC, statements DESC, a.name
LIMIT $limit`,
  transform: (records) => plainRows(records),
});
