// Loads the actor registry: states from world-countries, the curated files, then ENTENTE_ACTORS and extra files
// (the compiled CLI reads the built-in part from the prepared index: prepared-index.ts).
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, type Document as YamlDocument } from 'yaml';
import type { Actor } from '../types.ts';
import { actorEntrySchema, actorFileSchema, petrarchFileSchema } from './actor-schema.ts';
import {
  actorFilesDigest,
  readPreparedIndex,
  rememberDigest,
  userActorFiles,
  type BuiltInActors,
  type LoadActorRegistryOptions,
} from './prepared-index.ts';
import { ActorRegistry } from './registry.ts';
import { buildStates, capitalOwners, demonymOwners } from './states.ts';
import persons from './persons.json' with { type: 'json' };
import governmentBodies from './government-bodies.json' with { type: 'json' };
import organizations from './organizations.json' with { type: 'json' };
import alliances from './alliances.json' with { type: 'json' };
import armedGroups from './armed-groups.json' with { type: 'json' };
import places from './places.json' with { type: 'json' };
import petrarch from './petrarch-actors.json' with { type: 'json' };

export {
  curatedActorsFile,
  PREPARED_INDEX_FILE,
  type BuiltInActors,
  type LoadActorRegistryOptions,
  type PreparedActorIndex,
} from './prepared-index.ts';

const CURATED: [string, unknown][] = [
  ['persons.json', persons],
  ['government-bodies.json', governmentBodies],
  ['organizations.json', organizations],
  ['alliances.json', alliances],
  ['armed-groups.json', armedGroups],
  ['places.json', places],
];

/** The converted PETRARCH2 data (see ingest/actors/petrarch/), validated; its provenance stays in the file. */
export function parsePetrarchFile(content: unknown): {
  demonyms: Map<string, string[]>;
  actors: Actor[];
} {
  const result = petrarchFileSchema.safeParse(content);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      `entente/ingest/actors: invalid petrarch-actors.json at ${issue.path.join('.')}: ${issue.message}`,
    );
  }
  const demonyms = new Map<string, string[]>();
  for (const state of result.data.states)
    demonyms.set(state.id, [...(demonyms.get(state.id) ?? []), state.demonym]);
  const actors = result.data.actors.map(({ source: _source, ...actor }) => actor as Actor);
  return { demonyms, actors };
}

/** Every problem found in the actors files, one per line: file and line, entry, field, and what is wrong. */
export class ActorFileError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `entente/ingest/actors: ${problems.length} problem(s) in the actors files:\n  ${problems.join('\n  ')}`,
    );
    this.name = 'ActorFileError';
  }
}

/** One actors file as read: its entries, and where each field sits when its text is at hand. */
interface ActorFile {
  name: string;
  content: unknown;
  text?: string;
  document?: YamlDocument;
  lines?: LineCounter;
}

/** "file:line: entry 3 (id "x"), field "memberOf.0"": the line only when the file's text is known. */
function describePlace(file: ActorFile, path: PropertyKey[]): string {
  const [index, ...field] = path;
  if (typeof index !== 'number') return `${file.name}: top level`;
  const entry = Array.isArray(file.content) ? (file.content[index] as unknown) : undefined;
  const id =
    entry && typeof entry === 'object' && 'id' in entry ? ` (id "${String(entry.id)}")` : '';
  return `${file.name}${lineOf(file, path)}: entry ${index}${id}${field.length ? `, field "${field.join('.')}"` : ''}`;
}

/** ":12" for the line of the field, or of the nearest enclosing node that exists (a missing field: its entry). */
function lineOf(file: ActorFile, path: PropertyKey[]): string {
  if (file.text === undefined) return '';
  if (!file.document) {
    // JSON is YAML: the yaml package's parser gives every node's position, which JSON.parse does not.
    file.lines = new LineCounter();
    file.document = parseDocument(file.text, { lineCounter: file.lines });
  }
  for (let n = path.length; n > 0; n--) {
    const node = file.document.getIn(path.slice(0, n) as (string | number)[], true) as
      { range?: [number, number, number] } | undefined;
    if (node?.range) return `:${file.lines!.linePos(node.range[0]).line}`;
  }
  return '';
}

/**
 * The schema problems of one file, all of them (entry by entry, so a bad entry does not hide the next), the
 * entries that passed, and the ids every entry claims (so a reference to a faulty entry is not also "unknown").
 */
function checkActorFile(file: ActorFile): {
  actors: { actor: Actor; index: number }[];
  claimedIds: string[];
  problems: string[];
} {
  const whole = actorFileSchema.safeParse(file.content);
  if (whole.success)
    return {
      actors: (whole.data as Actor[]).map((actor, index) => ({ actor, index })),
      claimedIds: whole.data.map((a) => a.id),
      problems: [],
    };
  if (!Array.isArray(file.content))
    return {
      actors: [],
      claimedIds: [],
      problems: whole.error.issues.map(
        (issue) => `${describePlace(file, issue.path)}: ${issue.message}`,
      ),
    };
  const actors: { actor: Actor; index: number }[] = [];
  const claimedIds: string[] = [];
  const problems: string[] = [];
  (file.content as unknown[]).forEach((entry, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id === 'string') claimedIds.push(id);
    const result = actorEntrySchema.safeParse(entry);
    if (result.success) actors.push({ actor: result.data as Actor, index });
    else
      for (const issue of result.error.issues)
        problems.push(`${describePlace(file, [index, ...issue.path])}: ${issue.message}`);
  });
  return { actors, claimedIds, problems };
}

/** Validates one actors file's parsed content; the error names the file, every entry and field at fault. */
export function parseActorFile(name: string, content: unknown, text?: string): Actor[] {
  const { actors, problems } = checkActorFile({ name, content, text });
  if (problems.length) throw new ActorFileError(problems);
  return actors.map((a) => a.actor);
}

function loadActorFile(path: string): ActorFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `entente/ingest/actors: cannot read actors file ${path}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  try {
    return { name: path, content: JSON.parse(text), text };
  } catch (error) {
    throw new Error(
      `entente/ingest/actors: actors file ${path} is not valid JSON: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/** Reads and validates an actors file from disk. */
export function readActorFile(path: string): Actor[] {
  const file = loadActorFile(path);
  return parseActorFile(path, file.content, file.text);
}

/** The fields of an entry that name another actor by id. */
function referencesOf(actor: Actor): { path: PropertyKey[]; id: string }[] {
  const entry = actor as Actor & { mergedInto?: string };
  return [
    ...(actor.memberOf ?? []).map((id, i) => ({ path: ['memberOf', i], id })),
    ...(actor.partOf ? [{ path: ['partOf'], id: actor.partOf }] : []),
    ...(actor.terms ?? []).flatMap((term, i) =>
      term.of ? [{ path: ['terms', i, 'of'], id: term.of }] : [],
    ),
    ...(entry.mergedInto ? [{ path: ['mergedInto'], id: entry.mergedInto }] : []),
  ];
}

/**
 * Reads the user's actors files, with every problem of every file reported at once: schema problems, then ids
 * that `memberOf`, `partOf`, `terms[].of` or `mergedInto` name but no actor (built in or in these files) has.
 */
function readUserActorFiles(files: ActorFile[], builtInIds: Set<string>): Actor[] {
  const checked = files.map((file) => ({ file, ...checkActorFile(file) }));
  const problems = checked.flatMap((c) => c.problems);
  const known = new Set([...builtInIds, ...checked.flatMap((c) => c.claimedIds)]);
  for (const { file, actors } of checked) {
    for (const { actor, index } of actors)
      for (const ref of referencesOf(actor))
        if (!known.has(ref.id))
          problems.push(
            `${describePlace(file, [index, ...ref.path])}: no actor has the id "${ref.id}"`,
          );
  }
  if (problems.length) throw new ActorFileError(problems);
  return checked.flatMap((c) => c.actors.map((a) => a.actor));
}

export function builtInActors(): BuiltInActors {
  const states = buildStates();
  const converted = parsePetrarchFile(petrarch);
  for (const { actor } of states) {
    const extra = converted.demonyms.get(actor.id);
    if (extra) actor.demonyms = [...(actor.demonyms ?? []), ...extra];
  }
  // Curated entries first: they win names shared with converted ones.
  const curated = CURATED.flatMap(([name, content]) => parseActorFile(name, content));
  return {
    actors: [...curated, ...states.map((s) => s.actor), ...converted.actors],
    capitals: states.map((s) => [s.actor.id, s.capitals]),
  };
}

/** The registry of the built-in actors alone (no user files). */
export function builtInRegistry(builtIn: BuiltInActors): ActorRegistry {
  return new ActorRegistry(builtIn.actors, new Map(builtIn.capitals), demonymOwners, capitalOwners);
}

export function loadActorRegistry(options: LoadActorRegistryOptions = {}): ActorRegistry {
  const files = userActorFiles(options).map(loadActorFile);
  // The registry keeps the digest of the very texts it was built from (pipeline/extractor-version.ts).
  const digest = actorFilesDigest(files.map((file) => file.text ?? ''));
  const prepared = readPreparedIndex();
  // Without user files the registry is the built-in one, as prepared.
  if (prepared && files.length === 0)
    return rememberDigest(new ActorRegistry(prepared.registry), digest);
  const builtIn = prepared?.builtIn ?? builtInActors();
  const extra = readUserActorFiles(files, new Set(builtIn.actors.map((a) => a.id)));
  // Later files win on id; user entries then take priority in the name index too.
  const extraById = new Map(extra.map((actor) => [actor.id, actor]));
  // A merged id replaces the built-in entry and links nothing: its names are the kept actor's aliases.
  const live = [...extraById.values()].filter(
    (actor) => !(actor as { mergedInto?: string }).mergedInto,
  );
  return rememberDigest(
    new ActorRegistry(
      [...live, ...builtIn.actors.filter((actor) => !extraById.has(actor.id))],
      new Map(builtIn.capitals),
      demonymOwners,
      capitalOwners,
    ),
    digest,
  );
}
