// actor-search: full-text search over actor names and aliases, prefix matching, best match first.
import { actorTypesParam, limitParam } from '../common-params.ts';
import { plainRows } from '../plain-rows.ts';
import { QueryParamsError } from '../query-params.ts';
import { defineQuery } from '../types.ts';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export const escapeLucene = (text: string): string => text.replace(LUCENE_SPECIAL, '\\$&');

/**
 * Free text to a Lucene query: each word must match whole or as a prefix ("Ira" finds Iran);
 * the whole phrase in the name ranks first. Words are cut at anything but letters and digits,
 * so no Lucene syntax from the user survives (and what remains is escaped regardless).
 */
export function luceneQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(escapeLucene);
  if (words.length === 0) return null;
  const phrase = `"${words.join(' ')}"`;
  const every = words.map((w) => `(${w} OR ${w}*)`).join(' AND ');
  return `name:${phrase}^8 OR aliasText:${phrase}^4 OR (${every})`;
}

export interface ActorHit {
  id: string;
  name: string;
  type: string;
  countryCode: string | null;
  aliases: string[];
  score: number;
}

export default defineQuery({
  name: 'actor-search',
  description: 'Find actors by name or alias (full text, prefix matching), best match first',
  params: [
    { name: 'q', type: 'string', required: true, description: 'words to search for, e.g. "Iran"' },
    limitParam(10, 100),
    actorTypesParam,
  ],
  routing: 'read',
  prepare: (params) => {
    const lucene = luceneQuery(String(params.q));
    if (!lucene) throw new QueryParamsError('actor-search: parameter "q" has no letters or digits');
    return { ...params, lucene };
  },
  query: `
CALL db.index.fulltext.queryNodes('actor_names', $lucene) YIELD node, score
WHERE size($types) = 0 OR node.type IN $types
RETURN node.id AS id, node.name AS name, node.type AS type, node.countryCode AS countryCode,
       coalesce(node.aliases, []) AS aliases, score
ORDER BY score DESC, size(node.name), node.name
LIMIT $limit`,
  transform: (records) => plainRows<ActorHit>(records),
});
