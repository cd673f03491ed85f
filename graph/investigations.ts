// Saved investigations: a name, a note, the explorer's view and the statements bookmarked in it, kept as
// (:Investigation) nodes. The view is the UI's own (opaque here, stored as JSON text: Neo4j properties hold no maps).
// Saving, updating and deleting one is audited in the same transaction, with what it held before and after.
import { randomUUID } from 'node:crypto';
import type { Run } from './aggregates.ts';
import { recordAudit } from './audit.ts';
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

/** What the audit keeps of an investigation: every field as stored, the view parsed. */
type Snapshot = Omit<Investigation, 'bookmarks'> & { bookmarks: string[] };

async function snapshot(run: Run, id: string): Promise<Snapshot | null> {
  const r = await run(
    `MATCH (i:Investigation {id: $id})
     RETURN i {.id, .name, .note, .view, .bookmarks, .createdBy, .createdAt, .updatedAt} AS i`,
    { id },
  );
  const i = r.records[0]?.get('i') as (Omit<Snapshot, 'view'> & { view: string }) | undefined;
  return i ? { ...i, view: JSON.parse(i.view) as unknown } : null;
}

const summaryOf = (i: Snapshot): InvestigationSummary => ({
  id: i.id,
  name: i.name,
  note: i.note,
  createdBy: i.createdBy,
  createdAt: i.createdAt,
  updatedAt: i.updatedAt,
  bookmarkCount: i.bookmarks.length,
});

const audit = (
  run: Run,
  user: string,
  action: string,
  id: string,
  before: unknown,
  after: unknown,
) =>
  recordAudit(run, {
    user,
    action: `investigation.${action}`,
    subjectType: 'investigation',
    subjectId: id,
    before,
    after,
  });

export async function createInvestigation(
  db: Database,
  input: InvestigationInput,
  user: string,
): Promise<InvestigationSummary> {
  const now = new Date().toISOString();
  const id = randomUUID();
  return db.writeTransaction(async (run) => {
    await run(
      `CREATE (i:Investigation {id: $id, name: $name, note: $note, view: $view, bookmarks: $bookmarks,
                                createdBy: $user, createdAt: $now, updatedAt: $now})`,
      { ...fields(input), id, user, now },
    );
    const after = (await snapshot(run, id))!;
    await audit(run, user, 'create', id, null, after);
    return summaryOf(after);
  });
}

/**
 * Replaces an investigation's name, note, view and bookmarks; null when there is none with that id. The same
 * contents again change and record nothing.
 */
export async function updateInvestigation(
  db: Database,
  id: string,
  input: InvestigationInput,
  user: string,
): Promise<InvestigationSummary | null> {
  return db.writeTransaction(async (run) => {
    const before = await snapshot(run, id);
    if (!before) return null;
    const next = fields(input);
    const same =
      before.name === next.name &&
      before.note === next.note &&
      JSON.stringify(before.view) === next.view &&
      JSON.stringify(before.bookmarks) === JSON.stringify(next.bookmarks);
    if (same) return summaryOf(before);
    await run(
      `MATCH (i:Investigation {id: $id})
       SET i.name = $name, i.note = $note, i.view = $view, i.bookmarks = $bookmarks, i.updatedAt = $now`,
      { ...next, id, now: new Date().toISOString() },
    );
    const after = (await snapshot(run, id))!;
    await audit(run, user, 'update', id, before, after);
    return summaryOf(after);
  });
}

/** True when it existed; what it held stays in the audit entry. */
export async function deleteInvestigation(
  db: Database,
  id: string,
  user: string,
): Promise<boolean> {
  return db.writeTransaction(async (run) => {
    const before = await snapshot(run, id);
    if (!before) return false;
    await run('MATCH (i:Investigation {id: $id}) DELETE i', { id });
    await audit(run, user, 'delete', id, before, null);
    return true;
  });
}

const fields = (input: InvestigationInput) => ({
  name: input.name,
  note: input.note,
  view: JSON.stringify(input.view ?? null),
  bookmarks: [...new Set(input.bookmarks)],
});
