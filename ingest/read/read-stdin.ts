// "-": read all of stdin (or the injected stream) and sniff JSON, JSON lines, HTML or text.
import { sniffFormat } from './formats.ts';
import type { ResolvedReadOptions } from './options.ts';
import { readBody } from './read-body.ts';
import { reasonOf } from './read-error.ts';
import type { ReadResult } from './types.ts';

export const STDIN_ORIGIN = '-';

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of stream) {
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

export async function* readStdin(options: ResolvedReadOptions): AsyncGenerator<ReadResult> {
  let body: string;
  try {
    body = await readAll(options.stdin ?? process.stdin);
  } catch (error) {
    yield { ok: false, origin: STDIN_ORIGIN, error: `cannot read stdin: ${reasonOf(error)}` };
    return;
  }
  yield* readBody(body, sniffFormat(body), STDIN_ORIGIN);
}
