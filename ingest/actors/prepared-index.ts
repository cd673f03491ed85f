// The prepared actor index (prepare-actor-index.ts writes it beside the compiled CLI's modules): the built-in actors
// validated and their name index built. Read back here without the actor files, their schemas and the YAML parser
// (load-actor-registry.ts), which a start-up needs only when the user has actor files of their own.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../project-root.ts';
import type { Actor } from '../types.ts';
import { ActorRegistry, type RegistryIndex } from './registry.ts';

/** The built-in actors, validated, in priority order (curated, states, converted), and each state's seats. */
export interface BuiltInActors {
  actors: Actor[];
  capitals: [string, string[]][];
}

export interface PreparedActorIndex {
  format: typeof PREPARED_FORMAT;
  builtIn: BuiltInActors;
  registry: RegistryIndex;
}
export const PREPARED_INDEX_FILE = 'actor-index.json';
export const PREPARED_FORMAT = 1;

export interface LoadActorRegistryOptions {
  /** Paths of JSON actor files read after ENTENTE_ACTORS; an entry with a built-in id replaces it. */
  extraFiles?: string[];
  /** Environment to read ENTENTE_ACTORS from (defaults to process.env). */
  env?: Record<string, string | undefined>;
}

/**
 * The curated actors file: analysts' actor corrections (merges, aliases, types, memberships, offices, hand-made
 * actors), read by every ingest after ENTENTE_ACTORS. ENTENTE_CURATED_ACTORS names another path.
 */
export function curatedActorsFile(env: Record<string, string | undefined> = process.env): string {
  return env.ENTENTE_CURATED_ACTORS?.trim()
    ? resolve(env.ENTENTE_CURATED_ACTORS)
    : join(PROJECT_ROOT, 'curation', 'actors.json');
}

/** The user's actors files, in the order they are read: ENTENTE_ACTORS, the curated file if any, the extra files. */
export function userActorFiles(options: LoadActorRegistryOptions = {}): string[] {
  const env = options.env ?? process.env;
  const envFiles = (env.ENTENTE_ACTORS ?? '').split(delimiter).filter((p) => p.trim() !== '');
  const curatedFile = curatedActorsFile(env);
  const curatedFiles = existsSync(curatedFile) ? [curatedFile] : [];
  return [...envFiles, ...curatedFiles, ...(options.extraFiles ?? [])];
}

/** The digest of actors files' texts, in the order read. */
export const actorFilesDigest = (texts: string[]): string =>
  createHash('sha256').update(JSON.stringify(texts)).digest('hex');

/**
 * A digest of the user's actors files as they are now (the curated file holds the analysts' corrections), or null
 * when one cannot be read. The built-in actors are not in it: they are the code's (pipeline/extractor-version.ts).
 */
export function userActorFilesDigest(options: LoadActorRegistryOptions = {}): string | null {
  try {
    return actorFilesDigest(userActorFiles(options).map((file) => readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

// The digest of the user's files each registry was built from, taken from the very texts it parsed.
const DIGESTS = new WeakMap<ActorRegistry, string>();

/** Notes the digest of the actors files' texts `registry` was built from. */
export function rememberDigest(registry: ActorRegistry, digest: string): ActorRegistry {
  DIGESTS.set(registry, digest);
  return registry;
}

/** The digest (as userActorFilesDigest) of the files `registry` was loaded from; null when not loaded here. */
export function registryDigest(registry: ActorRegistry): string | null {
  return DIGESTS.get(registry) ?? null;
}

/**
 * The prepared index beside this module in the compiled CLI (bin/entente.js runs dist/ only when no source is
 * newer, so it matches the sources); none from the TypeScript sources, which build the registry every time.
 */
export function readPreparedIndex(): PreparedActorIndex | null {
  if (import.meta.url.endsWith('.ts')) return null;
  let prepared: PreparedActorIndex;
  try {
    prepared = JSON.parse(
      readFileSync(new URL(`./${PREPARED_INDEX_FILE}`, import.meta.url), 'utf8'),
    ) as PreparedActorIndex;
  } catch {
    return null;
  }
  return prepared.format === PREPARED_FORMAT ? prepared : null;
}

// The prepared index's registry built ahead of use: `entente extract`'s start-up snapshot builds it while the blob is
// made (bin/extract-snapshot.ts), so a start from the blob neither parses the index nor restores the registry.
let builtAhead: ActorRegistry | null = null;

/** Builds the prepared index's registry now, for the next loadActorRegistryOnUse without user files; null if none. */
export function buildActorRegistryAhead(): ActorRegistry | null {
  const prepared = readPreparedIndex();
  builtAhead = prepared && new ActorRegistry(prepared.registry);
  return builtAhead;
}

/**
 * The actor registry as loadActorRegistry builds it, loading the actor files, schemas and YAML parser only when
 * the prepared index cannot serve alone (from the sources, or with user actor files).
 */
export async function loadActorRegistryOnUse(
  options: LoadActorRegistryOptions = {},
): Promise<ActorRegistry> {
  if (userActorFiles(options).length === 0) {
    // Handed out once: a later call gets a registry of its own, as without it.
    const ahead = builtAhead;
    builtAhead = null;
    const prepared = ahead ? null : readPreparedIndex();
    const registry = ahead ?? (prepared && new ActorRegistry(prepared.registry));
    if (registry) return rememberDigest(registry, actorFilesDigest([]));
  }
  return (await import('./load-actor-registry.ts')).loadActorRegistry(options);
}
