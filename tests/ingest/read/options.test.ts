// Read options: defaults, and invalid values refused in one place.
import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_OPTIONS, resolveReadOptions } from '../../../ingest/read/index.ts';

describe('resolveReadOptions', () => {
  it('fills defaults: 15 s, 5 MB, 5 redirects, public addresses only', () => {
    expect(resolveReadOptions({})).toMatchObject({
      timeoutMs: 15_000,
      maxBytes: 5 * 1024 * 1024,
      maxRedirects: 5,
      allowPrivateNetwork: false,
    });
    expect(resolveReadOptions({ timeoutMs: undefined }).timeoutMs).toBe(
      DEFAULT_READ_OPTIONS.timeoutMs,
    );
    expect(resolveReadOptions({ maxRedirects: 0 }).maxRedirects).toBe(0);
  });

  it.each([{ timeoutMs: 0 }, { maxBytes: -1 }, { maxRedirects: 1.5 }])('refuses %o', (options) => {
    expect(() => resolveReadOptions(options)).toThrow(/^entente\/ingest\/read\/options: /);
  });
});
