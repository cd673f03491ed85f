// Writes one article's extraction into Neo4j in one transaction: it lands whole or not at all.
// Re-writing an article replaces its unreviewed statements, so ingesting it again changes nothing. An article
// that nearly repeats one already written is recorded as its syndicated copy (graph/syndicated-copies.ts).
import { createHash } from 'node:crypto';
import { copySignature, type CopySignature } from '../ingest/copies/copy-signature.ts';
import type { Actor, Extraction, Relation } from '../ingest/types.ts';
import { DatabaseError, INGEST_RETRY, type Database } from './database.ts';
import { ACTOR_TYPES } from '../ingest/ontology/vocabulary.ts';
import { withAggregates, type Run } from './aggregates.ts';
import { actorLabel, relationshipType } from './model.ts';
import { formatRelationId } from './relation-id.ts';
import { inBatch, KEEP_PLAN } from './stable-plan.ts';
import { findOriginals, markCopies, type CopyMatch } from './syndicated-copies.ts';
import { inputKey } from './written-inputs.ts';

export type WriteStatus = 'added' | 'updated' | 'unchanged';

export interface WriteResult {
  articleId: string;
  status: WriteStatus;
  actors: number;
  statements: number;
  /** The original article this one is a syndicated copy of (it then wrote no statements), else null. */
  copyOf: string | null;
}

export interface WriteOptions {
  /** Look for an original the article copies (default true). Off, it writes its own statements, and is still
   * indexed so later articles can be found to copy it. */
  detectCopies?: boolean;
  /** The extractor's version (pipeline/extractor-version.ts): each article records the key of its input under
   * it, so the same input is later found written before it is extracted. Absent, a changed article records none. */
  extractorVersion?: string | null;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function actorRow(actor: Actor) {
  const aliases = [...new Set(actor.aliases ?? [])];
  return {
    id: actor.id,
    name: actor.name,
    // Checked against the closed list: the label is spelled into Cypher.
    type: actorLabel(actor.type),
    aliases,
    aliasText: aliases.join(' | '),
    countryCode: actor.countryCode ?? null,
    memberOf: actor.memberOf ?? [],
    partOf: actor.partOf ?? null,
    role: actor.role ?? null,
    years: actor.years ?? null,
  };
}

/**
 * A statement's id: its article, sentence, extracted source, type and target, and rule. Reviews and merges key on
 * it, so the next extraction of the same sentence finds the reviewed statement again.
 */
export function statementId(
  articleId: string,
  r: Pick<Relation, 'sentenceStart' | 'source' | 'type' | 'target' | 'rule'>,
): string {
  return sha([articleId, r.sentenceStart, r.source, r.type, r.target, r.rule].join('|')).slice(
    0,
    24,
  );
}

function statementRow(articleId: string, r: Relation) {
  return {
    id: statementId(articleId, r),
    relationId: formatRelationId(r),
    source: r.source,
    target: r.target,
    type: relationshipType(r.type),
    quadClass: r.quadClass,
    score: r.score,
    date: r.date,
    sentence: r.sentence,
    sentenceStart: r.sentenceStart,
    sentenceEnd: r.sentenceEnd,
    confidence: r.confidence,
    rule: r.rule,
    speaker: r.speaker,
    modality: r.modality,
  };
}

/** Everything one article writes, computed once: the fingerprint is taken over the rows the write sends. */
export interface ExtractionRows {
  actors: ReturnType<typeof actorRow>[];
  statements: ReturnType<typeof statementRow>[];
  /** Mentions per actor; an actor named only as a relation's end counts 0. */
  mentions: { actorId: string; count: number }[];
  /** A fingerprint of everything written for the article, to skip unchanged re-ingests cheaply. */
  fingerprint: string;
  /** The text's near-duplicate signature (null for a short text); the text is the article's id, so not in the
   * fingerprint. */
  signature: CopySignature | null;
}

export function extractionRows(extraction: Extraction): ExtractionRows {
  const { article } = extraction;
  const actors = extraction.actors.map(actorRow);
  const statements = extraction.relations.map((r) => statementRow(article.id, r));
  const mentionCounts = new Map<string, number>();
  for (const m of extraction.mentions)
    mentionCounts.set(m.actorId, (mentionCounts.get(m.actorId) ?? 0) + 1);
  for (const r of extraction.relations) {
    for (const id of [r.source, r.target]) if (!mentionCounts.has(id)) mentionCounts.set(id, 0);
  }
  const fingerprint = sha(
    JSON.stringify([
      article.title,
      article.url,
      article.source,
      article.publishedAt,
      actors,
      extraction.mentions.map((m) => [m.start, m.end, m.actorId]),
      statements,
    ]),
  );
  return {
    actors,
    statements,
    mentions: [...mentionCounts].map(([actorId, count]) => ({ actorId, count })),
    fingerprint,
    signature: copySignature(article.text),
  };
}

export async function writeExtraction(
  db: Database,
  extraction: Extraction,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const rows = extractionRows(extraction);
  return db.writeTransaction((run) => writeInTransaction(run, extraction, rows, options), {
    metadata: { app: 'entente', op: 'writeExtraction' },
  });
}

/**
 * One article's write, or why it failed; `retries` counts the transient errors ridden out on the way, and
 * `unavailable` says the database could not be reached (nothing about the article itself).
 */
export type BatchResult =
  | { ok: true; result: WriteResult; retries: number }
  | { ok: false; error: string; retries: number; unavailable: boolean };

/**
 * Writes many articles in one transaction (one commit for all: the commits, not the statements, are most of a
 * small article's cost). Each article stays all-or-nothing: when the batch fails, its articles are written one
 * transaction each, so a bad article fails alone. Transient errors are retried as INGEST_RETRY allows; once the
 * database cannot be reached, the articles not yet written fail with that reason without another attempt.
 * Results come in the order given.
 */
export async function writeExtractions(
  db: Database,
  extractions: Extraction[],
  options: WriteOptions = {},
): Promise<BatchResult[]> {
  const prepared = extractions.map((extraction) => {
    try {
      return { extraction, rows: extractionRows(extraction) };
    } catch (error) {
      return { extraction, error: (error as Error).message };
    }
  });
  const valid = prepared.filter((p) => p.rows !== undefined);
  let written: WriteResult[] | null = null;
  let batchRetries = 0;
  let unavailable: DatabaseError | null = null;
  if (valid.length > 1) {
    try {
      written = await db.writeTransaction(
        (run) =>
          writeArticles(
            run,
            valid.map((p) => ({ extraction: p.extraction, rows: p.rows! })),
            options,
          ),
        {
          metadata: { app: 'entente', op: 'writeExtractions' },
          retry: INGEST_RETRY,
          onRetry: () => batchRetries++,
        },
      );
    } catch (error) {
      // Written again one by one below, so the failure is pinned on its article; unless no one can write.
      if (error instanceof DatabaseError && error.unavailable) unavailable = error;
    }
  }
  const results: BatchResult[] = [];
  for (const p of prepared) {
    if (p.rows === undefined) {
      results.push({ ok: false, error: p.error!, retries: 0, unavailable: false });
      continue;
    }
    if (written) {
      results.push({ ok: true, result: written[valid.indexOf(p)], retries: batchRetries });
      continue;
    }
    if (unavailable) {
      results.push({
        ok: false,
        error: unavailableMessage(unavailable),
        retries: 0,
        unavailable: true,
      });
      continue;
    }
    let retries = 0;
    try {
      const rows = p.rows;
      const result = await db.writeTransaction(
        (run) => writeInTransaction(run, p.extraction, rows, options),
        {
          metadata: { app: 'entente', op: 'writeExtraction' },
          retry: INGEST_RETRY,
          onRetry: () => retries++,
        },
      );
      results.push({ ok: true, result, retries });
    } catch (error) {
      if (error instanceof DatabaseError && error.unavailable) {
        unavailable = error;
        results.push({ ok: false, error: unavailableMessage(error), retries, unavailable: true });
      } else
        results.push({ ok: false, error: (error as Error).message, retries, unavailable: false });
    }
  }
  return results;
}

const unavailableMessage = (error: DatabaseError) =>
  `not written: the database is unavailable: ${error.message}`;

/** One article's write in a transaction: the batch write of one. */
async function writeInTransaction(
  run: Run,
  extraction: Extraction,
  rows: ExtractionRows,
  options: WriteOptions,
): Promise<WriteResult> {
  return (await writeArticles(run, [{ extraction, rows }], options))[0];
}

/** What the first pass decided: unchanged (done), or written as an original or a copy. */
type Decided = { extraction: Extraction; rows: ExtractionRows } & (Unchanged | Changed);
type Changed = { previous: string | undefined; copy: CopyMatch | null };
/** `twin`: the same article earlier in the batch, which wrote what this one would (and whose copy it shares);
 * `inputKey`: the key of the input the article records (graph/written-inputs.ts). */
type Unchanged = { result: WriteResult; twin?: Changed; inputKey?: string | null };

/**
 * Writes the articles in one transaction. First the unchanged are skipped and the rest merged, one statement for
 * all; then each is judged original or copy (one lookup and one marking statement for all, judged in order so a
 * copy finds an original written earlier in the same batch). Then one UNWIND per step for all of them together:
 * the unreviewed statements and mentions removed, the originals' actors, mentions and statements written, the
 * aggregates moved once by the batch's difference.
 */
async function writeArticles(
  run: Run,
  items: { extraction: Extraction; rows: ExtractionRows }[],
  options: WriteOptions,
): Promise<WriteResult[]> {
  const decided = await skipUnchanged(run, items);
  const changed = decided.filter((d): d is Decided & Changed => !('result' in d));
  const keyOf = (d: Decided) => inputKey(options.extractorVersion, d.extraction.article);
  if (changed.length > 0) {
    await mergeArticles(run, changed, keyOf);
    const copyItems = changed.map((d) => ({
      id: d.extraction.article.id,
      signature: d.rows.signature,
    }));
    const copies =
      options.detectCopies === false
        ? copyItems.map(() => null)
        : await findOriginals(run, copyItems);
    changed.forEach((d, i) => (d.copy = copies[i]));
    await markCopies(run, copyItems, copies);
    const ids = changed.map((d) => d.extraction.article.id);
    // The articles' statements are replaced, except those an analyst reviewed (rejected ones are
    // :RejectedStatement, so never matched here): a decision outlives re-ingests. A copy's are only removed: it
    // shares its original's. The aggregates move by the difference (graph/aggregates.ts).
    await withAggregates(run, ids, async () => {
      await run(
        `${KEEP_PLAN}
         UNWIND $batch.ids AS id
         MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: id})
         WHERE s.reviewState IS NULL
         DETACH DELETE s`,
        inBatch({ ids }),
      );
      await run(
        `${KEEP_PLAN}
         UNWIND $batch.ids AS id
         MATCH (:Actor)-[m:MENTIONED_IN]->(:Article {id: id}) DELETE m`,
        inBatch({ ids }),
      );
      const originals = changed.filter((d) => !d.copy);
      if (originals.length > 0)
        await writeStatements(
          run,
          originals.map((d) => ({ articleId: d.extraction.article.id, rows: d.rows })),
        );
    });
  }
  await recordKeys(
    run,
    decided.filter((d): d is Decided & Unchanged => 'result' in d),
    keyOf,
  );
  return decided.map((d) => {
    if ('result' in d)
      return d.twin ? { ...d.result, copyOf: d.twin.copy?.originalId ?? null } : d.result;
    const { article } = d.extraction;
    return {
      articleId: article.id,
      status: d.previous === undefined ? 'added' : 'updated',
      actors: d.copy ? 0 : d.extraction.actors.length,
      statements: d.copy ? 0 : d.rows.statements.length,
      copyOf: d.copy?.originalId ?? null,
    };
  });
}

/**
 * An unchanged article extracted from an input under another key (the extractor's version moved but found the
 * same): it records this key, so the next ingest of the input is not extracted again either.
 */
async function recordKeys(
  run: Run,
  unchanged: (Decided & Unchanged)[],
  keyOf: (d: Decided) => string | null,
): Promise<void> {
  const rows = unchanged.flatMap((d) => {
    const key = keyOf(d);
    return key !== null && key !== d.inputKey ? [{ id: d.extraction.article.id, key }] : [];
  });
  if (rows.length === 0) return;
  await run(
    `${KEEP_PLAN}
     UNWIND $batch.rows AS row
     MATCH (a:Article {id: row.id})
     SET a.inputKey = row.key`,
    inBatch({ rows }),
  );
}

/**
 * Each article's fingerprint as stored, read for all at once: an article whose fingerprint has not changed is
 * unchanged. An article given twice is compared the second time with what the first wrote.
 */
async function skipUnchanged(
  run: Run,
  items: { extraction: Extraction; rows: ExtractionRows }[],
): Promise<Decided[]> {
  const stored = await run(
    `${KEEP_PLAN}
     UNWIND $batch.ids AS id
     MATCH (a:Article {id: id})
     RETURN id, a.fingerprint AS fingerprint, a.inputKey AS inputKey,
            COLLECT { MATCH (a)-[:COPY_OF]->(o) RETURN o.id }[0] AS copyOf`,
    inBatch({ ids: items.map((item) => item.extraction.article.id) }),
  );
  // What each article holds: as stored, or as written earlier in this batch.
  const held = new Map<
    string,
    { fingerprint: string; copyOf: string | null; twin?: Changed; inputKey?: string | null }
  >();
  for (const r of stored.records)
    held.set(r.get('id') as string, {
      fingerprint: r.get('fingerprint') as string,
      copyOf: (r.get('copyOf') as string | null) ?? null,
      inputKey: (r.get('inputKey') as string | null) ?? null,
    });
  const decided: Decided[] = [];
  for (const item of items) {
    const { id } = item.extraction.article;
    const was = held.get(id);
    if (was?.fingerprint === item.rows.fingerprint) {
      const result: WriteResult = {
        articleId: id,
        status: 'unchanged',
        actors: 0,
        statements: 0,
        copyOf: was.copyOf,
      };
      decided.push({ ...item, result, twin: was.twin, inputKey: was.inputKey });
      continue;
    }
    const changed = { ...item, previous: was?.fingerprint, copy: null };
    decided.push(changed);
    held.set(id, { fingerprint: item.rows.fingerprint, copyOf: null, twin: changed });
  }
  return decided;
}

/** The changed articles' nodes, merged in one statement (their texts, fingerprints and counts set). */
async function mergeArticles(
  run: Run,
  changed: Decided[],
  keyOf: (d: Decided) => string | null,
): Promise<void> {
  await run(
    `${KEEP_PLAN}
     UNWIND $batch.articles AS row
     MERGE (a:Article {id: row.id})
     SET a.title = row.title, a.url = row.url, a.source = row.source, a.publishedAt = row.publishedAt,
         a.text = row.text, a.requestedUrl = row.requestedUrl,
         a.words = row.words, a.sentences = row.sentences, a.fingerprint = row.fingerprint,
         a.inputKey = row.inputKey, a.ingestedAt = coalesce(a.ingestedAt, datetime())`,
    inBatch({
      articles: changed.map((d) => {
        const { extraction, rows } = d;
        const { article } = extraction;
        return {
          id: article.id,
          title: article.title,
          url: article.url,
          source: article.source,
          publishedAt: article.publishedAt,
          text: article.text,
          // The address asked for when a redirect (or the page's canonical link) gave the article another url: a
          // feed watch knows the item by it (pipeline/watch-feed.ts).
          requestedUrl:
            /^https?:\/\//.test(article.origin) && article.origin !== article.url
              ? article.origin
              : null,
          words: extraction.wordCount,
          sentences: extraction.sentenceCount,
          fingerprint: rows.fingerprint,
          // Null when written without the extractor's version: an older key must not claim the new statements.
          inputKey: keyOf(d),
        };
      }),
    }),
  );
}

/** The articles' actors, mentions and new statements, written once their unreviewed statements went. */
async function writeStatements(
  run: Run,
  articles: { articleId: string; rows: ExtractionRows }[],
): Promise<void> {
  // An actor named by several articles is one row, its aliases the union of theirs.
  const actors = new Map<string, ExtractionRows['actors'][number]>();
  for (const { rows } of articles)
    for (const a of rows.actors) {
      const seen = actors.get(a.id);
      if (!seen) actors.set(a.id, a);
      else {
        const aliases = [...new Set([...seen.aliases, ...a.aliases])];
        actors.set(a.id, { ...seen, aliases, aliasText: aliases.join(' | ') });
      }
    }
  await run(
    `${KEEP_PLAN}
     UNWIND $batch.rows AS row
     MERGE (a:Actor {id: row.id})
     ON CREATE SET a.name = row.name, a.type = row.type, a.countryCode = row.countryCode,
                   a.memberOf = row.memberOf, a.partOf = row.partOf, a.role = row.role,
                   a.years = row.years
     ${SET_ACTOR_LABEL}
     WITH a, row, [x IN row.aliases WHERE NOT x IN coalesce(a.aliases, [])] AS added
     SET a.aliases = coalesce(a.aliases, []) + added,
         a.aliasText = reduce(t = '', x IN coalesce(a.aliases, []) + added | t + ' | ' + x)`,
    inBatch({ rows: [...actors.values()] }),
  );

  await run(
    `${KEEP_PLAN}
     UNWIND $batch.mentions AS m
     MATCH (art:Article {id: m.articleId})
     MATCH (a:Actor {id: m.actorId})
     MERGE (a)-[r:MENTIONED_IN]->(art)
     SET r.count = m.count`,
    inBatch({
      mentions: articles.flatMap(({ articleId, rows }) =>
        rows.mentions.map((m) => ({ ...m, articleId })),
      ),
    }),
  );

  await run(
    `${KEEP_PLAN}
     UNWIND $batch.statements AS row
     // A statement already reviewed (kept above, or rejected) is never written again.
     WITH row WHERE NOT EXISTS { MATCH (:Statement {id: row.id}) }
       AND NOT EXISTS { MATCH (:RejectedStatement {id: row.id}) }
     MATCH (art:Article {id: row.articleId})
     MATCH (src:Actor {id: row.source}), (tgt:Actor {id: row.target})
     CREATE (s:Statement)
     SET s = row
     CREATE (s)-[:SOURCE]->(src), (s)-[:TARGET]->(tgt), (s)-[:REPORTED_IN]->(art)
     WITH s, row
     OPTIONAL MATCH (speaker:Actor {id: row.speaker})
     FOREACH (_ IN CASE WHEN speaker IS NULL THEN [] ELSE [1] END | CREATE (s)-[:SPOKEN_BY]->(speaker))`,
    inBatch({
      statements: articles.flatMap(({ articleId, rows }) =>
        rows.statements.map((st) => ({ ...st, articleId })),
      ),
    }),
  );
}

// One static statement for every type, each label and relationship type spelled from the closed lists in
// graph/model.ts. (Cypher 5.26.0's dynamic types, MERGE ()-[:$(row.type)]->(), take the first row's
// type for every row, so they are not used.)
const SET_ACTOR_LABEL = ACTOR_TYPES.map(
  (label) =>
    `FOREACH (_ IN CASE WHEN row.type = '${actorLabel(label)}' THEN [1] ELSE [] END | SET a:${label})`,
).join('\n     ');
