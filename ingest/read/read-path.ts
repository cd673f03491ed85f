// Files and directories: a file by its extension, a directory walked recursively in sorted order.
import { createReadStream } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { decodeArticleText, maxArticleBytes, tooLarge } from './decode-text.ts';
import { documentText } from './document-text.ts';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { readJsonLines } from './article-record.ts';
import { KNOWN_EXTENSIONS, formatOfPath } from './formats.ts';
import { readBody } from './read-body.ts';
import { reasonOf } from './read-error.ts';
import type { ReadResult } from './types.ts';

const EXPECTED = KNOWN_EXTENSIONS.join(', ');

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return reasonOf(error);
}

/** Readable files under a directory: known extensions, hidden names skipped, sorted, symlink loops cut. */
export async function* listArticleFiles(
  dir: string,
  seen = new Set<string>(),
): AsyncGenerator<string> {
  const real = await realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  // Code-unit order, not locale order: the same tree reads in the same order everywhere.
  const names = (await readdir(dir)).filter((name) => !name.startsWith('.')).sort();
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null); // a dangling link is skipped
    if (info?.isDirectory()) yield* listArticleFiles(path, seen);
    else if (info?.isFile() && formatOfPath(path)) yield path;
  }
}

export async function* readFilePath(path: string): AsyncGenerator<ReadResult> {
  const format = formatOfPath(path);
  if (!format) {
    yield {
      ok: false,
      origin: path,
      error: `unsupported file extension (expected one of ${EXPECTED})`,
    };
    return;
  }
  try {
    if (format === 'jsonl') {
      // Streamed: a large dump is read line by line, not held whole.
      const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
      yield* readJsonLines(lines, path);
      return;
    }
    // Measured before reading: a file past the limit is never loaded, whatever its format.
    const { size } = await stat(path);
    if (size > maxArticleBytes()) {
      yield { ok: false, origin: path, error: tooLarge(size, maxArticleBytes()) };
      return;
    }
    if (format === 'pdf' || format === 'docx') {
      const text = await documentText(await readFile(path), format, path);
      yield* readBody(text, 'text', path);
      return;
    }
    const decoded = decodeArticleText(await readFile(path));
    if (!decoded.ok) {
      yield { ok: false, origin: path, error: decoded.reason };
      return;
    }
    yield* readBody(decoded.text, format, path);
  } catch (error) {
    yield { ok: false, origin: path, error: describeFsError(error) };
  }
}

export async function* readPath(path: string): AsyncGenerator<ReadResult> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield { ok: false, origin: path, error: describeFsError(error) };
    return;
  }
  if (!info.isDirectory()) {
    yield* readFilePath(path);
    return;
  }
  let count = 0;
  try {
    for await (const file of listArticleFiles(path)) {
      count++;
      yield* readFilePath(file);
    }
  } catch (error) {
    yield { ok: false, origin: path, error: describeFsError(error) };
    return;
  }
  if (count === 0)
    yield { ok: false, origin: path, error: `no readable files (${EXPECTED}) in directory` };
}
