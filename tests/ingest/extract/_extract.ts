// Test helpers: one registry per run and a one-sentence article.
import { loadActorRegistry } from '../../../ingest/actors/index.ts';
import { extractArticle } from '../../../ingest/extract/index.ts';
import type { Extraction } from '../../../ingest/types.ts';

export const _registry = loadActorRegistry({ env: {} });

export function _extract(text: string, publishedAt = '2023-05-10'): Extraction {
  return extractArticle(
    { id: 'test', title: '', text, url: null, source: null, publishedAt, origin: 'test' },
    _registry,
  );
}

/** Relations as "SOURCE TYPE TARGET" strings, for compact expectations. */
export function _triples(x: Extraction, withStructural = false): string[] {
  return x.relations
    .filter((r) => withStructural || r.quadClass !== null)
    .map((r) => `${r.source} ${r.type} ${r.target}`)
    .sort();
}
