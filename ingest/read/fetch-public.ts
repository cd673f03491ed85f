// Fetching a URL safely: http(s) only, public addresses only, bounded redirects, size and time.
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { literalHostRefusal, publicOnlyLookup } from './address-policy.ts';
import type { ResolvedReadOptions } from './options.ts';
import { ReadError } from './read-error.ts';

export interface FetchedBody {
  /** The address the body came from, after redirects. */
  url: string;
  contentType: string;
  body: string;
}

type FetchSettings = Pick<
  ResolvedReadOptions,
  'timeoutMs' | 'maxBytes' | 'maxRedirects' | 'allowPrivateNetwork' | 'userAgent' | 'signal'
>;

interface Hop {
  status: number;
  location: string | null;
  contentType: string;
  body: Buffer | null;
}

function checkUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ReadError(raw, 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ReadError(
      raw,
      `refused: only http and https URLs are read, not ${url.protocol.replace(/:$/, '')}`,
    );
  }
  if (url.username || url.password)
    throw new ReadError(raw, 'refused: URLs with credentials are not read');
  if (!allowPrivate) {
    const refusal = literalHostRefusal(url.hostname);
    if (refusal) throw new ReadError(raw, refusal);
  }
  return url;
}

function decoded(res: http.IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return res.pipe(zlib.createInflate());
  if (encoding === 'br') return res.pipe(zlib.createBrotliDecompress());
  return res;
}

const tooLarge = (url: URL, max: number): Error =>
  new ReadError(url.href, `response larger than ${max} bytes (maxBytes)`);

/** One request: redirects are returned, not followed, so each hop is checked by the caller. */
function request(url: URL, settings: FetchSettings, signal: AbortSignal): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, {
      method: 'GET',
      headers: {
        'user-agent': settings.userAgent,
        accept: 'text/html,application/xhtml+xml,text/plain,application/json,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      },
      lookup: settings.allowPrivateNetwork ? undefined : publicOnlyLookup,
      agent: false, // a fresh socket per request: no connection reused across a check
    });
    // Settle once, then tear down: destroying the request fires further events that must not win.
    let settled = false;
    const settle = (outcome: Hop | Error): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
      req.destroy();
    };
    const onAbort = (): void => {
      settle(
        signal.reason instanceof Error
          ? signal.reason
          : new ReadError(url.href, String(signal.reason)),
      );
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    req.on('error', settle);
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const contentType = String(res.headers['content-type'] ?? '');
      if (status >= 300 && status < 400 && res.headers.location) {
        settle({ status, location: res.headers.location, contentType, body: null });
        return;
      }
      if (status < 200 || status >= 300) {
        settle(
          new ReadError(
            url.href,
            `HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`,
          ),
        );
        return;
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > settings.maxBytes) {
        settle(tooLarge(url, settings.maxBytes));
        return;
      }
      const stream = decoded(res);
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        // Stop reading at the cap: the rest of the body is never downloaded.
        if (size > settings.maxBytes) settle(tooLarge(url, settings.maxBytes));
        else chunks.push(chunk);
      });
      stream.on('error', settle);
      res.on('close', () => {
        if (!res.complete)
          settle(new ReadError(url.href, 'connection closed before the body was complete'));
      });
      stream.on('end', () =>
        settle({ status, location: null, contentType, body: Buffer.concat(chunks) }),
      );
    });
    req.end();
  });
}

/** The charset from the header, else a <meta charset> near the top of an HTML body, else UTF-8. */
function decodeBody(body: Buffer, contentType: string): string {
  let charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (!charset && /html/i.test(contentType)) {
    charset = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(
      body.subarray(0, 2048).toString('latin1'),
    )?.[1];
  }
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

export async function fetchPublic(rawUrl: string, settings: FetchSettings): Promise<FetchedBody> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new ReadError(rawUrl, `timed out after ${settings.timeoutMs} ms`)),
    settings.timeoutMs,
  );
  const signal = settings.signal
    ? AbortSignal.any([controller.signal, settings.signal])
    : controller.signal;
  try {
    let url = checkUrl(rawUrl, settings.allowPrivateNetwork);
    for (let redirects = 0; ; redirects++) {
      const hop = await request(url, settings, signal);
      if (hop.body)
        return {
          url: url.href,
          contentType: hop.contentType,
          body: decodeBody(hop.body, hop.contentType),
        };
      if (redirects >= settings.maxRedirects) {
        throw new ReadError(rawUrl, `too many redirects (more than ${settings.maxRedirects})`);
      }
      // Each hop is checked again: a public page may redirect to a private address.
      url = checkUrl(new URL(hop.location ?? '', url).href, settings.allowPrivateNetwork);
    }
  } catch (error) {
    // An abort surfaces as the request's error; report the deadline, not "socket hang up".
    if (signal.aborted && signal.reason instanceof Error) throw signal.reason;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
