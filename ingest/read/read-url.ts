// An http(s) URL to read results: fetch it safely, then read the body by its content type.
import { fetchPublic } from './fetch-public.ts';
import { formatOfContentType, sniffFormat } from './formats.ts';
import type { ResolvedReadOptions } from './options.ts';
import { readBody } from './read-body.ts';
import { reasonOf } from './read-error.ts';
import type { ReadResult } from './types.ts';

export async function* readUrl(
  url: string,
  options: ResolvedReadOptions,
): AsyncGenerator<ReadResult> {
  let fetched;
  try {
    fetched = await fetchPublic(url, options);
  } catch (error) {
    yield { ok: false, origin: url, error: reasonOf(error) };
    return;
  }
  const format = formatOfContentType(fetched.contentType);
  if (format === null) {
    yield { ok: false, origin: url, error: `unsupported content type "${fetched.contentType}"` };
    return;
  }
  const host = new URL(fetched.url).hostname.replace(/^www\./, '');
  // Records in a JSON feed carry their own url and source; a page or text is its own address.
  const defaults = { url: fetched.url, source: host };
  yield* readBody(
    fetched.body,
    format === 'sniff' ? sniffFormat(fetched.body) : format,
    url,
    defaults,
  );
}
