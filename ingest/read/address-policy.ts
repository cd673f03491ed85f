// Which network addresses a URL may reach: public unicast only, unless private networks are allowed.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { ReadError } from './read-error.ts';

const RANGE_NAMES: Record<string, string> = {
  loopback: 'loopback',
  private: 'private',
  linkLocal: 'link-local',
  uniqueLocal: 'unique-local',
  carrierGradeNat: 'carrier-grade NAT',
  unspecified: 'unspecified',
  multicast: 'multicast',
  broadcast: 'broadcast',
  reserved: 'reserved',
};

/** Null when the address is public; else why it is refused ("127.0.0.1 is a loopback address"). */
export function addressRefusal(address: string): string | null {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // process() unwraps IPv4-mapped IPv6 (::ffff:127.0.0.1) so it is judged as the IPv4 it is.
    ip = ipaddr.process(address);
  } catch {
    return `${address} is not an IP address`;
  }
  const range = ip.range();
  if (range === 'unicast') return null;
  return `${address} is a ${RANGE_NAMES[range] ?? `non-public (${range})`} address`;
}

const ALLOW_HINT = ' (set allowPrivateNetwork to read from it)';

/** Refuse a literal IP host before connecting: Node does not call `lookup` for those. */
export function literalHostRefusal(hostname: string): string | null {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (!isIP(bare)) return null;
  const refusal = addressRefusal(bare);
  return refusal ? `refused: ${refusal}${ALLOW_HINT}` : null;
}

/**
 * A dns.lookup that checks every address a name resolves to. The socket connects to the address
 * checked here, so a name cannot resolve to a public address for the check and a private one for the
 * connection (DNS rebinding).
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) {
      callback(error, '', 0);
      return;
    }
    for (const { address } of addresses) {
      const refusal = addressRefusal(address);
      if (refusal) {
        const err = Object.assign(
          new ReadError(hostname, `refused: ${hostname} resolves to ${refusal}${ALLOW_HINT}`),
          {
            code: 'EREFUSEDADDRESS',
          },
        );
        callback(err, '', 0);
        return;
      }
    }
    if (addresses.length === 0) {
      callback(
        Object.assign(new ReadError(hostname, `${hostname} resolves to no address`), {
          code: 'ENOTFOUND',
        }),
        '',
        0,
      );
      return;
    }
    if (options.all) {
      (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    } else {
      callback(null, addresses[0].address, addresses[0].family);
    }
  });
};
