import type * as Net from "node:net";

/**
 * node:net, loaded when an address is first checked rather than with this module: a process that imports the
 * package and checks no address (the CLI validating a file) does not load it.
 */
let net: typeof Net | undefined;
function isIP(value: string): number {
  net ??= process.getBuiltinModule("node:net");
  return net.isIP(value);
}

/**
 * Normalises an address as a server sees it: strips IPv6 brackets and zone ids, and turns an
 * IPv4-mapped IPv6 address (`::ffff:34.202.241.227`, what a dual-stack Node server reports for an
 * IPv4 client) into plain IPv4. Returns undefined for anything that is not an IP address.
 */
export function normalizeIp(address: string | null | undefined): string | undefined {
  if (!address) return undefined;
  let ip = address.trim();
  if (ip.startsWith("[")) ip = ip.slice(1, ip.indexOf("]") > 0 ? ip.indexOf("]") : undefined);
  const zone = ip.indexOf("%");
  if (zone >= 0) ip = ip.slice(0, zone);
  ip = ip.toLowerCase();
  const mapped = /^(?:0{0,4}:){0,5}(?:0{0,4}:)?ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(ip) ?? /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(ip);
  if (mapped?.[1] && isIP(mapped[1]) === 4) return mapped[1];
  const hexMapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(ip);
  if (hexMapped?.[1] && hexMapped[2]) {
    const hi = parseInt(hexMapped[1], 16);
    const lo = parseInt(hexMapped[2], 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return isIP(ip) === 0 ? undefined : ip;
}

function ipv4ToInt(ip: string): number {
  return ip.split(".").reduce((acc, octet) => (acc << 8) + Number(octet), 0) >>> 0;
}

/**
 * True when the address is in the allowlist. Entries are single addresses or IPv4 CIDR ranges
 * (`34.202.241.0/24`). IPv4-mapped IPv6 addresses match their IPv4 entries.
 */
export function isIpAllowed(address: string | null | undefined, allowlist: readonly string[]): boolean {
  const ip = normalizeIp(address);
  if (!ip) return false;
  for (const entry of allowlist) {
    const [base, bits] = entry.split("/");
    if (bits === undefined) {
      if (normalizeIp(base) === ip) return true;
      continue;
    }
    const prefix = Number(bits);
    if (isIP(ip) !== 4 || isIP(base ?? "") !== 4 || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) continue;
    const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
    if ((ipv4ToInt(ip) & mask) === (ipv4ToInt(base ?? "") & mask)) return true;
  }
  return false;
}

/**
 * The client address of a request that may have passed through reverse proxies.
 * `X-Forwarded-For` is only believed for the hops the operator trusts: `trustedProxies` is the number
 * of proxies in front of the server (the right-most entries they appended; a header with fewer entries than
 * that is not believed at all, and the socket peer is the client), or a list of proxy addresses.
 * With no trust configured the header is ignored, because any client can send it.
 */
export function resolveClientIp(input: {
  remoteAddress: string | undefined;
  forwardedFor?: string | null | undefined;
  trustedProxies?: number | readonly string[];
}): string | undefined {
  const remote = normalizeIp(input.remoteAddress);
  const trust = input.trustedProxies ?? 0;
  if (!input.forwardedFor || trust === 0 || (Array.isArray(trust) && trust.length === 0)) return remote;
  const chain = input.forwardedFor.split(",").map((part) => part.trim()).filter(Boolean);
  // Walk from the nearest hop outward: the socket peer first, then the header right to left.
  const hops = [remote, ...chain.reverse().map((hop) => normalizeIp(hop))];
  if (typeof trust === "number") {
    // Each of the `trust` proxies appends one entry; with fewer entries than that the request did not come
    // through them all, so no entry was necessarily written by a trusted proxy and the peer is the client.
    return chain.length < trust ? remote : hops[trust];
  }
  const trusted = trust as readonly string[];
  for (const hop of hops) {
    if (hop === undefined) return undefined;
    if (!isIpAllowed(hop, trusted)) return hop;
  }
  return hops[hops.length - 1];
}
