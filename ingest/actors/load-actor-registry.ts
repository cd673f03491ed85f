// Loads the actor registry: states from world-countries, the curated files, then ENTENTE_ACTORS and extra files.
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Actor } from '../types.ts';
import { actorFileSchema, petrarchFileSchema } from './actor-schema.ts';
import { ActorRegistry } from './registry.ts';
import { buildStates, capitalOwners, demonymOwners } from './states.ts';
import persons from './persons.json' with { type: 'json' };
import governmentBodies from './government-bodies.json' with { type: 'json' };
import organizations from './organizations.json' with { type: 'json' };
import alliances from './alliances.json' with { type: 'json' };
import armedGroups from './armed-groups.json' with { type: 'json' };
import places from './places.json' with { type: 'json' };
import petrarch from './petrarch-actors.json' with { type: 'json' };

/**
 * The curated actors file: analysts' actor corrections (merges, aliases, types, memberships, offices, hand-made
 * actors), read by every ingest after ENTENTE_ACTORS. ENTENTE_CURATED_ACTORS names another path.
 */
export function curatedActorsFile(env: Record<string, string | undefined> = process.env): string {
  return env.ENTENTE_CURATED_ACTORS?.trim()
    ? resolve(env.ENTENTE_CURATED_ACTORS)
    : fileURLToPath(new URL('../../curation/actors.json', import.meta.url));
}

export interface LoadActorRegistryOptions {
  /** Paths of JSON actor files read after ENTENTE_ACTORS; an entry with a built-in id replaces it. */
  extraFiles?: string[];
  /** Environment to read ENTENTE_ACTORS from (defaults to process.env). */
  env?: Record<string, string | undefined>;
}

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

/** Validates one actors file's parsed content; errors name the file, the entry and the problem. */
export function parseActorFile(name: string, content: unknown): Actor[] {
  const result = actorFileSchema.safeParse(content);
  if (!result.success) {
    const issue = result.error.issues[0];
    const [index, ...field] = issue.path;
    const entry = typeof index === 'number' && Array.isArray(content) ? content[index] : undefined;
    const id =
      entry && typeof entry === 'object' && 'id' in entry ? ` (id "${String(entry.id)}")` : '';
    const where =
      typeof index === 'number'
        ? `entry ${index}${id}${field.length ? `, field "${field.join('.')}"` : ''}`
        : 'top level';
    throw new Error(
      `entente/ingest/actors: invalid actors file ${name}: ${where}: ${issue.message}`,
    );
  }
  return result.data as Actor[];
}

/** Reads and validates an actors file from disk. */
export function readActorFile(path: string): Actor[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `entente/ingest/actors: cannot read actors file ${path}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `entente/ingest/actors: actors file ${path} is not valid JSON: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return parseActorFile(path, content);
}

export function loadActorRegistry(options: LoadActorRegistryOptions = {}): ActorRegistry {
  const env = options.env ?? process.env;
  const envFiles = (env.ENTENTE_ACTORS ?? '').split(delimiter).filter((p) => p.trim() !== '');
  const curatedFile = curatedActorsFile(env);
  const curatedFiles = existsSync(curatedFile) ? [curatedFile] : [];
  const extra = [...envFiles, ...curatedFiles, ...(options.extraFiles ?? [])].flatMap(
    readActorFile,
  );
  const states = buildStates();
  const converted = parsePetrarchFile(petrarch);
  for (const { actor } of states) {
    const extra = converted.demonyms.get(actor.id);
    if (extra) actor.demonyms = [...(actor.demonyms ?? []), ...extra];
  }
  // Curated entries first: they win names shared with converted ones.
  const curated = [...CURATED.flatMap(([name, content]) => parseActorFile(name, content))];
  // Later files win on id; user entries then take priority in the name index too.
  const extraById = new Map(extra.map((actor) => [actor.id, actor]));
  const builtIn = [...curated, ...states.map((s) => s.actor), ...converted.actors].filter(
    (actor) => !extraById.has(actor.id),
  );
  const capitals = new Map(states.map((s) => [s.actor.id, s.capitals]));
  // A merged id replaces the built-in entry and links nothing: its names are the kept actor's aliases.
  const live = [...extraById.values()].filter(
    (actor) => !(actor as { mergedInto?: string }).mergedInto,
  );
  return new ActorRegistry([...live, ...builtIn], capitals, demonymOwners, capitalOwners);
}
