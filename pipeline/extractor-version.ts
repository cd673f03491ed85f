// The extractor's version: what an article's extraction and its written fingerprint depend on besides the article.
// An ingest records it with each article it writes (graph/written-inputs.ts), so a later ingest of the same
// input skips the extraction only while the rules, the code and the actors files are the same ones.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../ingest/project-root.ts';

/** Where extraction starts (a worker extracts, the writer fingerprints): everything they import counts. */
const ENTRY_POINTS = ['pipeline/extract-worker.ts', 'graph/write-extraction.ts'];
/** The packages' versions (compromise, chrono-node, world-countries): extraction runs on them too. */
const LOCK_FILES = ['package-lock.json', 'package.json'];
/** Relative imports, static or dynamic, of code and of JSON data (rules and word lists are imported). */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * A digest of the source files the extraction and the writer's fingerprint are made of (followed through their
 * relative imports from the project's sources) and of the package lock; null when the sources are not there to
 * read. The compiled CLI reads the sources too: bin/entente.js runs it only when no source is newer than it.
 */
export function codeDigestOf(root: string): string | null {
  const hash = createHash('sha256');
  const seen = new Set<string>();
  const pending = ENTRY_POINTS.map((file) => path.join(root, file));
  try {
    while (pending.length > 0) {
      const file = pending.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = fs.readFileSync(file, 'utf8');
      hash.update(`${path.relative(root, file)}\n${text}\n`);
      if (!file.endsWith('.ts')) continue;
      for (const [, spec] of text.matchAll(RELATIVE_IMPORT))
        pending.push(path.resolve(path.dirname(file), spec));
    }
    const lock = LOCK_FILES.map((f) => path.join(root, f)).find((f) => fs.existsSync(f));
    if (!lock) return null;
    hash.update(fs.readFileSync(lock, 'utf8'));
  } catch {
    return null;
  }
  return hash.digest('hex');
}

const digests = new Map<string, string | null>();

/** The code's digest, read once per process (a watch keeps the code it started with). */
export function codeDigest(root = PROJECT_ROOT): string | null {
  if (!digests.has(root)) digests.set(root, codeDigestOf(root));
  return digests.get(root)!;
}

/**
 * The extractor's version for a registry loaded from actors files of this digest (see userActorFilesDigest):
 * null, so nothing is skipped, when either is unknown.
 */
export function extractorVersion(actorFilesDigest: string | null): string | null {
  const code = codeDigest();
  if (code === null || actorFilesDigest === null) return null;
  return createHash('sha256').update(`${code}|${actorFilesDigest}`).digest('hex').slice(0, 32);
}
