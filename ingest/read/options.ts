// Reading options: the interface, DEFAULT_READ_OPTIONS and the one place that validates them.

export interface ReadOptions {
  /** Whole-fetch deadline for a URL, redirects included (ms). */
  timeoutMs?: number;
  /** Bytes read from a URL before giving up (after decompression). */
  maxBytes?: number;
  /** Redirects followed before giving up. */
  maxRedirects?: number;
  /** Allow URLs that resolve to loopback, private, link-local or other non-public addresses. */
  allowPrivateNetwork?: boolean;
  /** What "-" reads; process.stdin when absent. Injectable so tests and the API can feed it. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Sent as User-Agent when fetching URLs. */
  userAgent?: string;
  /** Stops URL fetches (and the generator between inputs) when aborted. */
  signal?: AbortSignal;
}

export type ResolvedReadOptions = Required<Omit<ReadOptions, 'stdin' | 'signal'>> &
  Pick<ReadOptions, 'stdin' | 'signal'>;

export const DEFAULT_READ_OPTIONS: Readonly<ResolvedReadOptions> = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivateNetwork: false,
  userAgent: 'Entente/0.1 (article reader)',
};

function positiveInteger(name: string, value: number, allowZero = false): void {
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new Error(
      `entente/ingest/read/options: ${name} must be a ${allowZero ? 'non-negative' : 'positive'} integer, got ${value}`,
    );
  }
}

export function resolveReadOptions(options: ReadOptions = {}): ResolvedReadOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  const resolved: ResolvedReadOptions = { ...DEFAULT_READ_OPTIONS, ...defined };
  positiveInteger('timeoutMs', resolved.timeoutMs);
  positiveInteger('maxBytes', resolved.maxBytes);
  positiveInteger('maxRedirects', resolved.maxRedirects, true);
  return resolved;
}
