// The access policy as a table: loopback detection, the token rule, bearer and Host checks.
import { describe, expect, it } from 'vitest';
import { Database } from '../../graph/database.ts';
import {
  accessPolicy,
  checkBearer,
  checkHost,
  isLoopbackHost,
} from '../../web/server/access-policy.ts';
import { resolveServerOptions } from '../../web/server/options.ts';

describe('access policy', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.1', true],
    ['::1', true],
    ['[::1]', true],
    ['localhost', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.10', false],
    ['example.org', false],
  ])('isLoopbackHost(%s) is %s', (host, expected) => expect(isLoopbackHost(host)).toBe(expected));

  it('refuses to serve off loopback without a token, and requires it there', () => {
    const db = {} as Database;
    expect(() => resolveServerOptions({ db, host: '0.0.0.0' })).toThrow(
      /without a token: set ENTENTE_TOKEN/,
    );
    expect(resolveServerOptions({ db, host: '0.0.0.0', token: 's3cret' }).requireToken).toBe(true);
    expect(resolveServerOptions({ db }).requireToken).toBe(false);
    expect(() => resolveServerOptions({ db, requireToken: true })).toThrow(/without a token/);
  });

  it('reads the Cypher limits from the environment', () => {
    const options = resolveServerOptions(
      { db: {} as Database },
      { ENTENTE_CYPHER_TIMEOUT_MS: '2500', ENTENTE_CYPHER_ROW_LIMIT: '10' },
    );
    expect(options).toMatchObject({ cypherTimeoutMs: 2500, cypherRowLimit: 10 });
    expect(() =>
      resolveServerOptions({ db: {} as Database }, { ENTENTE_CYPHER_ROW_LIMIT: 'lots' }),
    ).toThrow(/cypherRowLimit/);
  });

  it('reads how far behind the overview may be from the environment, 0 included', () => {
    const db = {} as Database;
    expect(resolveServerOptions({ db }, {}).overviewMaxStaleMs).toBe(5000);
    const none = resolveServerOptions({ db }, { ENTENTE_OVERVIEW_MAX_STALE_MS: '0' });
    expect(none.overviewMaxStaleMs).toBe(0);
    expect(() => resolveServerOptions({ db }, { ENTENTE_OVERVIEW_MAX_STALE_MS: '-1' })).toThrow(
      /overviewMaxStaleMs must be a whole number, 0 or more, got "-1"/,
    );
  });

  it.each([
    [accessPolicy('127.0.0.1', null, false), undefined, null],
    [accessPolicy('0.0.0.0', 'tok', true), undefined, /needs "Authorization: Bearer/],
    [accessPolicy('0.0.0.0', 'tok', true), 'Bearer nope', /not valid/],
    [accessPolicy('0.0.0.0', 'tok', true), 'Bearer tok', null],
    [accessPolicy('127.0.0.1', 'tok', false), 'Basic dG9r', /needs/],
  ])('checkBearer %#', (policy, header, expected) => {
    const problem = checkBearer(policy, header);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('off loopback, reads need the token as well as writes', () => {
    expect(accessPolicy('0.0.0.0', 'tok', true).readsNeedToken).toBe(true);
    expect(accessPolicy('192.168.1.10', 'tok', true).readsNeedToken).toBe(true);
    expect(accessPolicy('127.0.0.1', 'tok', true).readsNeedToken).toBe(false);
    expect(accessPolicy('::1', null, false).readsNeedToken).toBe(false);
  });

  it('serves only loopback Host names when bound to loopback (DNS rebinding)', () => {
    const loopback = accessPolicy('127.0.0.1', null, false);
    expect(checkHost(loopback, '127.0.0.1:5173')).toBeNull();
    expect(checkHost(loopback, 'localhost:5173')).toBeNull();
    expect(checkHost(loopback, '[::1]:5173')).toBeNull();
    expect(checkHost(loopback, 'evil.example:5173')).toMatch(/not served/);
    expect(checkHost(accessPolicy('0.0.0.0', 't', true), 'entente.example.org')).toBeNull();
  });
});
