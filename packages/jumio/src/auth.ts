import { isIpAllowed } from "@kyc-webhooks/core";

/**
 * Jumio signs no callback: the documented way to tell that a callback came from Jumio is its source
 * address (Jumio, “Callback” (newer edition) "Jumio callback IP list", Jumio, “Callback” (older edition) "Global Netverify settings", Jumio's callback documentation on IP lists and responses, https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md).
 * Each list names the hostname Jumio gives for looking up the current addresses.
 */
export const jumioCallbackIpAllowlists = [
  {
    id: "platform-us",
    edition: "platform",
    dataCenter: "US",
    hostname: "callback.amer-1.jumio.ai",
    ips: ["34.202.241.227", "34.226.103.119", "34.226.254.127", "52.8.136.236", "54.177.61.57", "54.183.15.212"],
    source: "docs.jumio.com/production/Content/Integration/Callback.htm; documentation.jumio.ai/docs/developer-resources/callback",
  },
  {
    id: "platform-eu",
    edition: "platform",
    dataCenter: "EU",
    hostname: "callback.emea-1.jumio.ai",
    ips: ["34.253.41.236", "35.157.27.193", "52.48.0.25", "52.57.194.92", "52.58.113.86", "52.209.180.134"],
    source: "docs.jumio.com/production/Content/Integration/Callback.htm (EU unchanged from Jumio, “Callback” (newer edition))",
  },
  {
    id: "platform-sgp",
    edition: "platform",
    dataCenter: "SGP",
    hostname: "callback.apac-1.jumio.ai",
    ips: ["3.0.109.121", "52.76.184.73", "52.77.102.92", "13.238.100.17", "13.238.203.238", "52.64.132.26"],
    source: "docs.jumio.com/production/Content/Integration/Callback.htm (Jumio, “Callback” (newer edition)'s three plus three added)",
  },
  {
    id: "newer-us",
    edition: "newer",
    dataCenter: "US",
    hostname: "callback.jumio.com",
    ips: ["34.202.241.227", "34.226.103.119", "34.226.254.127", "52.52.51.178", "52.53.95.123", "54.67.101.173"],
    source: "seed Jumio, “Callback” (newer edition), https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md, Jumio callback IP list",
  },
  {
    id: "newer-eu",
    edition: "newer",
    dataCenter: "EU",
    hostname: "callback.lon.jumio.com",
    ips: ["34.253.41.236", "35.157.27.193", "52.48.0.25", "52.57.194.92", "52.58.113.86", "52.209.180.134"],
    source: "seed Jumio, “Callback” (newer edition), https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md, Jumio callback IP list",
  },
  {
    id: "newer-sgp",
    edition: "newer",
    dataCenter: "SGP",
    hostname: "callback.core-sgp.jumio.com",
    ips: ["3.0.109.121", "52.76.184.73", "52.77.102.92"],
    source: "seed Jumio, “Callback” (newer edition), https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md, Jumio callback IP list",
  },
  {
    id: "older-us",
    edition: "older",
    dataCenter: "US",
    hostname: "callback.jumio.com",
    ips: ["50.57.26.248", "50.57.26.249", "69.20.24.138", "162.242.200.222", "184.106.91.66", "184.106.91.67", "104.130.61.196", "146.20.77.156"],
    source: "seed Jumio, “Callback” (older edition), https://github.com/Jumio/implementation-guides/commits/master/netverify/callback.md, Global Netverify settings",
  },
  {
    id: "older-eu",
    edition: "older",
    dataCenter: "EU",
    hostname: "callback.lon.jumio.com",
    ips: ["162.13.228.132", "162.13.228.134", "162.13.229.103", "162.13.229.104"],
    source: "seed Jumio, “Callback” (older edition), https://github.com/Jumio/implementation-guides/commits/master/netverify/callback.md, Global Netverify settings",
  },
] as const;

export type JumioIpAllowlist = (typeof jumioCallbackIpAllowlists)[number];
export type JumioIpAllowlistId = JumioIpAllowlist["id"];
export type JumioIpEdition = JumioIpAllowlist["edition"];
export type JumioDataCenter = JumioIpAllowlist["dataCenter"];

/** The hostnames Jumio gives for looking up its current callback addresses (DNS), with the list each belongs to. */
export const jumioCallbackHostnames = jumioCallbackIpAllowlists.map(({ id, hostname }) => ({ id, hostname }));

export interface JumioCallbackIpOptions {
  /**
   * Which lists to use, by id (`platform-us`, `newer-eu`, `older-us`, ...). Default: every list, the
   * current platform's and both callback documents' (`jumioCallbackIpAllowlists`), so that every address
   * Jumio documents for callbacks is accepted. Narrow it to the data centres and editions your account uses.
   */
  readonly lists?: readonly JumioIpAllowlistId[];
  /** Further addresses or IPv4 CIDR ranges to accept (e.g. addresses resolved from the hostnames). */
  readonly additional?: readonly string[];
}

export const defaultJumioIpAllowlists: readonly JumioIpAllowlistId[] = jumioCallbackIpAllowlists.map((list) => list.id);

/** The addresses of the chosen lists, deduplicated (plus `additional`). */
export function jumioCallbackIps(options: JumioCallbackIpOptions = {}): string[] {
  const ids = options.lists ?? defaultJumioIpAllowlists;
  const ips = jumioCallbackIpAllowlists.filter((list) => ids.includes(list.id)).flatMap((list) => list.ips);
  return [...new Set([...ips, ...(options.additional ?? [])])];
}

/**
 * Every callback address Jumio's documents list: the current platform's, the newer edition's and the older
 * edition's (provider documents' "Jumio callback IP list" and "Global Netverify settings"). The default allowlist of
 * `createWebhooks`, because an account may still be called from any of them.
 */
export const allJumioCallbackIps: readonly string[] = jumioCallbackIps({ lists: jumioCallbackIpAllowlists.map((list) => list.id) });

/**
 * True when the address a callback came from is one of Jumio's callback addresses. Works for IPv4 and
 * IPv4-mapped IPv6 (`::ffff:34.202.241.227`, what a dual-stack Node server reports); anything that is
 * not an IP address is false. Pass the socket's address, or core's `resolveClientIp` when behind trusted
 * proxies: never a raw `X-Forwarded-For` header, which any client can send (Jumio's callback documentation on IP lists and responses, https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md).
 */
export function isJumioCallbackIp(ip: string | null | undefined, options: JumioCallbackIpOptions = {}): boolean {
  return isIpAllowed(ip, jumioCallbackIps(options));
}
