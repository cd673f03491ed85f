// Saved investigations: a name, a note, the explorer's view and the statements bookmarked in it, kept as
// (:Investigation) nodes. The view is the UI's own (opaque here, stored as JSON text: Neo4j properties hold no maps).
import { randomUUID } from 'node:crypto';
import type { Database } from './database.ts';

export interface InvestigationInput {
  name: string;
  note: string;
  view: unknown;
  /** Statement ids, in the order bookmarked. */
  bookmarks: string[];
}

export interface InvestigationSummary {
  id: string;
  name: string;
  note: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  bookmarkCount: number;
}

/** A bookmarked statement as it stands now (null fields: it is gone, e.g. its article removed). */
export interface Bookmark {
  statementId: string;
  relationId: string | null;
  source: string | null;
  target: string | null;
  type: string | null;
  date: string | null;
  sentence: string | null;
  rejected: boolean;
}

export interface Investigation extends Omit<InvestigationSummary, 'bookmarkCount'> {
  view: unknown;
  bookmarks: Bookmark[];
}

const SUMMARY = `i {.id, .name, .note, .createdBy, .createdAt, .updatedAt,
                    bookmarkCount: size(i.bookmarks)} AS i`;

export async function listInvestigations(db: Database): Promise<InvestigationSummary[]> {
  const r = await db.run(
    `MATCH (i:Investigation) RETURN ${SUMMARY} ORDER BY i.updatedAt DESC, i.id`,
  );
  return r.records.map((x) => x.get('i') as InvestigationSummary);
}

export async function getInvestigation(db: Database, id: string): Promise<Investigation | null> {
  // Bookmarks are looked up among rejected statements too: a rejection does not erase the analyst's mark.
  const r = await db.run(
    `MATCH (i:Investigation {id: $id})
     CALL (i) {
       UNWIND range(0, size(i.bookmarks) - 1) AS n
       WITH n, i.bookmarks[n] AS sid
       OPTIONAL MATCH (kept:Statement {id: sid})
       OPTIONAL MATCH (rejected:RejectedStatement {id: sid})
       WITH n, sid, coalesce(kept, rejected) AS s ORDER BY n
       RETURN collect({statementId: sid, relationId: s.relationId, source: s.source, target: s.target,
                       type: s.type, date: s.date, sentence: s.sentence,
                       rejected: coalesce(s:RejectedStatement, false)}) AS bookmarks
     }
     RETURN i {.id, .name, .note, .createdBy, .createdAt, .updatedAt, .view} AS i, bookmarks`,
    { id },
  );
  const record = r.records[0];
  if (!record) return null;
  const i = record.get('i') as Omit<Investigation, 'view' | 'bookmarks'> & { view: string };
  return { ...i, view: JSON.parse(i.view) as unknown, bookmarks: record.get('bookmarks') };
}

export async function createInvestigation(
  db: Database,
  input: InvestigationInput,
  user: string,
): Promise<InvestigationSummary> {
  const now = new Date().toISOString();
  const r = await db.run(
    `CREATE (i:Investigation {id: $id, name: $name, note: $note, view: $view, bookmarks: $bookmarks,
                              createdBy: $user, createdAt: $now, updatedAt: $now})
     RETURN ${SUMMARY}`,
    { ...fields(input), id: randomUUID(), user, now },
    { routing: 'write' },
  );
  return r.records[0].get('i') as InvestigationSummary;
}

/** Replaces an investigation's name, note, view and bookmarks; null when there is none with that id. */
export async function updateInvestigation(
  db: Database,
  id: string,
  input: InvestigationInput,
): Promise<InvestigationSummary | null> {
  const r = await db.run(
    `MATCH (i:Investigation {id: $id})
     SET i.name = $name, i.note = $note, i.view = $view, i.bookmarks = $bookmarks, i.updatedAt = $now
     RETURN ${SUMMARY}`,
    { ...fields(input), id, now: new Date().toISOString() },
    { routing: 'write' },
  );
  return (r.records[0]?.get('i') as InvestigationSummary | undefined) ?? null;
}

/** True when it existed. */
export async function deleteInvestigation(db: Database, id: string): Promise<boolean> {
  const r = await db.run(
    'MATCH (i:Investigation {id: $id}) DELETE i RETURN count(*) AS n',
    { id },
    { routing: 'write' },
  );
  return Number(r.records[0]?.get('n') ?? 0) > 0;
}

const fields = (input: InvestigationInput) => ({
  name: input.name,
  note: input.note,
  view: JSON.stringify(input.view ?? null),
  bookmarks: [...new Set(input.bookmarks)],
});
