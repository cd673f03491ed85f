// Which inputs are already written as they are: an article records the key of the input its statements were
// extracted from (its text and metadata, and the extractor's version), so ingesting the same input again with
// the same extractor is found unchanged before it is extracted (pipeline/ingest-pipeline.ts).
import { createHash } from 'node:crypto';
import type { Article } from '../ingest/types.ts';
import type { Database } from './database.ts';
import { inBatch, KEEP_PLAN } from './stable-plan.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The key of an extraction's input: everything of the article that extraction and the written fingerprint read,
 * and the extractor's version (pipeline/extractor-version.ts). Null (never skipped) without a version, and for an
 * article with no date: its relative dates ("last Tuesday") are read against the day it is extracted.
 */
export function inputKey(version: string | null | undefined, article: Article): string | null {
  if (!version || article.publishedAt === null) return null;
  return sha(
    JSON.stringify([
      version,
      article.id,
      sha(article.text),
      article.title,
      article.url,
      article.source,
      article.publishedAt,
    ]),
  ).slice(0, 32);
}

/** An input found written: the article it wrote, and the original it is a syndicated copy of (else null). */
export interface WrittenInput {
  articleId: string;
  copyOf: string | null;
}

/** Of these inputs, those an article records as its own, by key, asked in one statement. */
export async function writtenInputs(
  db: Database,
  inputs: { articleId: string; key: string }[],
): Promise<Map<string, WrittenInput>> {
  const written = new Map<string, WrittenInput>();
  if (inputs.length === 0) return written;
  const result = await db.run(
    `${KEEP_PLAN}
     UNWIND $batch.inputs AS input
     MATCH (a:Article {id: input.articleId})
     WHERE a.inputKey = input.key
     RETURN input.key AS key, a.id AS articleId,
            COLLECT { MATCH (a)-[:COPY_OF]->(o) RETURN o.id }[0] AS copyOf`,
    inBatch({ inputs }),
    { metadata: { app: 'entente', op: 'writtenInputs' } },
  );
  for (const r of result.records)
    written.set(r.get('key') as string, {
      articleId: r.get('articleId') as string,
      copyOf: (r.get('copyOf') as string | null) ?? null,
    });
  return written;
}
