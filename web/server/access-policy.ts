// Who may call what: loopback detection, the bearer-token check and the Host check against DNS rebinding.
import { timingSafeEqual, createHash } from 'node:crypto';
import ipaddr from 'ipaddr.js';

/** True for localhost and any loopback address (127.0.0.0/8, ::1). */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (!ipaddr.isValid(h)) return false;
  const address = ipaddr.process(h);
  return address.range() === 'loopback';
}

export interface AccessPolicy {
  /** Privileged endpoints (writes) need the bearer token. */
  tokenRequired: boolean;
  /** Off loopback every API endpoint that makes the database work needs the token too, not only writes. */
  readsNeedToken: boolean;
  token: string | null;
  /** On loopback, only loopback Host headers are served (a rebinding page cannot reach the API). */
  loopbackOnly: boolean;
}

export function accessPolicy(
  host: string,
  token: string | null,
  requireToken: boolean,
): AccessPolicy {
  return {
    tokenRequired: requireToken || token !== null,
    readsNeedToken: !isLoopbackHost(host),
    token,
    loopbackOnly: isLoopbackHost(host),
  };
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Null when allowed, else why not (the 401 message). */
export function checkBearer(
  policy: AccessPolicy,
  authorization: string | undefined,
): string | null {
  if (!policy.tokenRequired) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return 'this endpoint needs "Authorization: Bearer <ENTENTE_TOKEN>"';
  if (!policy.token || !timingSafeEqual(digest(match[1]), digest(policy.token)))
    return 'the bearer token is not valid';
  return null;
}

/** The Host header's name, without the port. */
export function hostName(hostHeader: string | undefined): string {
  const h = (hostHeader ?? '').trim();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.split(':')[0];
}

export function checkHost(policy: AccessPolicy, hostHeader: string | undefined): string | null {
  if (!policy.loopbackOnly) return null;
  return isLoopbackHost(hostName(hostHeader))
    ? null
    : `host "${hostName(hostHeader)}" is not served here`;
}
