// Actor corrections that last: each one changes the graph (graph/curate-actors.ts) and is written to the curated
// actors file (the same format as `--actors`), which every later ingest reads, so the next article links the same
// way. The file holds one entry per id, the latest; a merged id is kept as {id, name, type, mergedInto}.
import fs from 'node:fs';
import path from 'node:path';
import {
  createActor,
  editActor,
  mergeActors,
  undoMerge,
  type ActorChanges,
  type Curator,
  type NewActor,
} from '../graph/curate-actors.ts';
import type { Database } from '../graph/database.ts';
import {
  curatedActorsFile,
  loadActorRegistry,
  readActorFile,
  type ActorRegistry,
} from '../ingest/actors/index.ts';
import { actorEntrySchema } from '../ingest/actors/actor-schema.ts';
import type { Actor } from '../ingest/types.ts';

type Entry = Actor & { mergedInto?: string };

export interface CorrectionOptions {
  /** The curated actors file (default: curatedActorsFile()). */
  file?: string;
  /** The registry the corrected entries start from (default: loaded once, with the curated file). */
  registry?: ActorRegistry;
}

function readEntries(file: string): Entry[] {
  return fs.existsSync(file) ? (readActorFile(file) as Entry[]) : [];
}

/** Validates every entry, then replaces the file whole (write and rename), so a reader never sees half of it. */
function writeEntries(file: string, entries: Entry[]): void {
  for (const entry of entries) {
    const parsed = actorEntrySchema.safeParse(entry);
    if (!parsed.success)
      throw new Error(
        `entente/pipeline/actor-corrections: entry "${entry.id}" is not valid: ${parsed.error.issues[0].message}`,
      );
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(entries, null, 2)}\n`);
  fs.renameSync(tmp, file);
}

/** Sets (or, with null, removes) the entries of the given ids, keeping the others in order. */
function upsert(file: string, changes: Map<string, Entry | null>): void {
  const entries = readEntries(file);
  const out: Entry[] = [];
  for (const entry of entries) {
    if (!changes.has(entry.id)) out.push(asEntry(entry));
    else {
      const next = changes.get(entry.id);
      if (next) out.push(next);
      changes.delete(entry.id);
    }
  }
  for (const next of changes.values()) if (next) out.push(next);
  writeEntries(file, out);
}

/** Only the fields of the actors-file format, without empty ones. */
function asEntry(entryLike: object): Entry {
  const actor = entryLike as Record<string, unknown>;
  const keys = [
    'id',
    'name',
    'type',
    'aliases',
    'countryCode',
    'memberOf',
    'partOf',
    'role',
    'years',
    'terms',
    'demonyms',
    'capital',
    'mergedInto',
  ];
  // One key order for every entry written, so rewriting the file leaves untouched entries as they were.
  const entry: Record<string, unknown> = {};
  for (const key of keys) {
    const value = actor[key];
    if (key === 'aliases') entry.aliases = value ?? [];
    else if (key === 'countryCode') entry.countryCode = value ?? null;
    else if (value === undefined || value === null) continue;
    else if (Array.isArray(value) && value.length === 0) continue;
    else entry[key] = value;
  }
  return entry as unknown as Entry;
}

function context(options: CorrectionOptions) {
  const file = options.file ?? curatedActorsFile();
  return { file, registry: () => options.registry ?? loadActorRegistry() };
}

/** The entry an actor has now: the curated file's, else the registry's, else built from the graph node. */
function currentEntry(
  file: string,
  registry: ActorRegistry,
  id: string,
  fromGraph: Record<string, unknown>,
): Entry {
  const curated = readEntries(file).find((e) => e.id === id);
  return asEntry({ ...(curated ?? registry.get(id) ?? fromGraph) });
}

export async function mergeActorsRecorded(
  db: Database,
  keep: string,
  duplicate: string,
  curator: Curator,
  options: CorrectionOptions = {},
) {
  const { file, registry } = context(options);
  const before = readEntries(file);
  const registryBefore = {
    [keep]: before.find((e) => e.id === keep) ?? null,
    [duplicate]: before.find((e) => e.id === duplicate) ?? null,
  };
  const result = await mergeActors(db, keep, duplicate, curator, registryBefore);
  const { keepBefore, duplicateBefore } = result.record;
  const reg = registry();
  const kept = currentEntry(file, reg, keep, keepBefore);
  const dup = currentEntry(file, reg, duplicate, duplicateBefore.props);
  kept.aliases = [...new Set([...kept.aliases, dup.name, ...dup.aliases])].filter(
    (a) => a !== kept.name,
  );
  const memberOf = [...new Set([...(kept.memberOf ?? []), ...(dup.memberOf ?? [])])].filter(
    (m) => m !== keep && m !== duplicate,
  );
  if (memberOf.length) kept.memberOf = memberOf;
  upsert(
    file,
    new Map<string, Entry | null>([
      [keep, kept],
      [
        duplicate,
        asEntry({ id: duplicate, name: dup.name, type: dup.type, aliases: [], mergedInto: keep }),
      ],
    ]),
  );
  return { ...result, file };
}

export async function undoMergeRecorded(
  db: Database,
  mergeAuditId: string,
  curator: Curator,
  options: CorrectionOptions = {},
) {
  const { file } = context(options);
  const result = await undoMerge(db, mergeAuditId, curator);
  const before = (result.record.registryBefore ?? {}) as Record<string, Entry | null>;
  upsert(
    file,
    new Map([
      [result.record.keep, before[result.record.keep] ?? null],
      [result.record.duplicate, before[result.record.duplicate] ?? null],
    ]),
  );
  return { ...result, file };
}

export async function editActorRecorded(
  db: Database,
  id: string,
  changes: ActorChanges,
  curator: Curator,
  options: CorrectionOptions = {},
) {
  const { file, registry } = context(options);
  const result = await editActor(db, id, changes, curator);
  const entry = currentEntry(file, registry(), id, result.before);
  const a = result.after;
  const next: Record<string, unknown> = {
    ...entry,
    name: a.name,
    type: a.type,
    countryCode: a.countryCode ?? null,
    aliases: [...new Set([...entry.aliases, ...((a.aliases as string[]) ?? [])])].filter(
      (x) => !(changes.removeAliases ?? []).includes(x) && x !== a.name,
    ),
  };
  if (changes.memberOf !== undefined) next.memberOf = changes.memberOf;
  if (changes.partOf !== undefined) next.partOf = changes.partOf;
  if (changes.terms !== undefined) {
    next.terms = changes.terms;
    next.role = a.role ?? null;
    next.years = a.years ?? null;
  }
  upsert(file, new Map([[id, asEntry(next)]]));
  return { ...result, file };
}

export async function createActorRecorded(
  db: Database,
  actor: NewActor,
  curator: Curator,
  options: CorrectionOptions = {},
) {
  const { file } = context(options);
  // The entry is checked against the file format before anything is written.
  const entry = asEntry({ ...actor, aliases: actor.aliases ?? [] });
  const parsed = actorEntrySchema.safeParse(entry);
  if (!parsed.success)
    throw new Error(
      `entente/pipeline/actor-corrections: actor "${actor.id}" is not valid: ${parsed.error.issues
        .map((i) => `${i.path.join('.')} ${i.message}`)
        .join('; ')}`,
    );
  const props = await createActor(db, actor, curator);
  upsert(file, new Map([[actor.id, entry]]));
  return { props, file };
}
