// The reader's entry point: every input (path, directory, URL, "-") to articles, each failure on its own.
import { resolveReadOptions, type ReadOptions } from './options.ts';
import { readPath } from './read-path.ts';
import { readStdin, STDIN_ORIGIN } from './read-stdin.ts';
import { readUrl } from './read-url.ts';
import { reasonOf } from './read-error.ts';
import type { ReadResult } from './types.ts';

function readOne(
  input: string,
  options: ReturnType<typeof resolveReadOptions>,
): AsyncGenerator<ReadResult> {
  if (input === STDIN_ORIGIN) return readStdin(options);
  if (/^https?:\/\//i.test(input)) return readUrl(input, options);
  return readPath(input);
}

export async function* readInputs(
  inputs: string[],
  options: ReadOptions = {},
): AsyncGenerator<ReadResult> {
  const resolved = resolveReadOptions(options);
  for (const input of inputs) {
    if (resolved.signal?.aborted) return;
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(input);
    if (scheme && !/^https?$/i.test(scheme[1])) {
      yield {
        ok: false,
        origin: input,
        error: `unsupported URL scheme "${scheme[1]}" (only http and https)`,
      };
      continue;
    }
    try {
      yield* readOne(input, resolved);
    } catch (error) {
      // Readers report their own failures; this catches the unexpected so one input never stops the rest.
      yield { ok: false, origin: input, error: reasonOf(error) };
    }
  }
}
