import { isIpAllowed } from "@kyc-webhooks/core";

/**
 * Jumio signs no callback: the documented way to tell that a callback came from Jumio is its source
 * address (seed 003 "Jumio callback IP list", seed 004 "Global Netverify settings", PROVIDER-FACTS 2.1).
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
    source: "docs.jumio.com/production/Content/Integration/Callback.htm (EU unchanged from seed 003)",
  },
  {
    id: "platform-sgp",
    edition: "platform",
    dataCenter: "SGP",
    hostname: "callback.apac-1.jumio.ai",
    ips: ["3.0.109.121", "52.76.184.73", "52.77.102.92", "13.238.100.17", "13.238.203.238", "52.64.132.26"],
    source: "docs.jumio.com/production/Content/Integration/Callback.htm (seed 003's three plus three added)",
  },
  {
    id: "newer-us",
    edition: "newer",
    dataCenter: "US",
    hostname: "callback.jumio.com",
    ips: ["34.202.241.227", "34.226.103.119", "34.226.254.127", "52.52.51.178", "52.53.95.123", "54.67.101.173"],
    source: "seed 003_90622f7d1155c727.txt, Jumio callback IP list",
  },
  {
    id: "newer-eu",
    edition: "newer",
    dataCenter: "EU",
    hostname: "callback.lon.jumio.com",
    ips: ["34.253.41.236", "35.157.27.193", "52.48.0.25", "52.57.194.92", "52.58.113.86", "52.209.180.134"],
    source: "seed 003_90622f7d1155c727.txt, Jumio callback IP list",
  },
  {
    id: "newer-sgp",
    edition: "newer",
    dataCenter: "SGP",
    hostname: "callback.core-sgp.jumio.com",
    ips: ["3.0.109.121", "52.76.184.73", "52.77.102.92"],
    source: "seed 003_90622f7d1155c727.txt, Jumio callback IP list",
  },
  {
    id: "older-us",
    edition: "older",
    dataCenter: "US",
    hostname: "callback.jumio.com",
    ips: ["50.57.26.248", "50.57.26.249", "69.20.24.138", "162.242.200.222", "184.106.91.66", "184.106.91.67", "104.130.61.196", "146.20.77.156"],
    source: "seed 004_6a7701c2a4ff80cd.txt, Global Netverify settings",
  },
  {
    id: "older-eu",
    edition: "older",
    dataCenter: "EU",
    hostname: "callback.lon.jumio.com",
    ips: ["162.13.228.132", "162.13.228.134", "162.13.229.103", "162.13.229.104"],
    source: "seed 004_6a7701c2a4ff80cd.txt, Global Netverify settings",
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
   * Which lists to use, by id (`platform-us`, `newer-eu`, `older-us`, ...). Default: the current platform's
   * lists for all three data centres (`platform-us`, `platform-eu`, `platform-sgp`), which are what
   * Jumio publishes today. The seed documents' lists are kept for accounts still called from them.
   */
  readonly lists?: readonly JumioIpAllowlistId[];
  /** Further addresses or IPv4 CIDR ranges to accept (e.g. addresses resolved from the hostnames). */
  readonly additional?: readonly string[];
}

export const defaultJumioIpAllowlists: readonly JumioIpAllowlistId[] = ["platform-us", "platform-eu", "platform-sgp"];

/** The addresses of the chosen lists, deduplicated (plus `additional`). */
export function jumioCallbackIps(options: JumioCallbackIpOptions = {}): string[] {
  const ids = options.lists ?? defaultJumioIpAllowlists;
  const ips = jumioCallbackIpAllowlists.filter((list) => ids.includes(list.id)).flatMap((list) => list.ips);
  return [...new Set([...ips, ...(options.additional ?? [])])];
}

/**
 * True when the address a callback came from is one of Jumio's callback addresses. Works for IPv4 and
 * IPv4-mapped IPv6 (`::ffff:34.202.241.227`, what a dual-stack Node server reports); anything that is
 * not an IP address is false. Pass the socket's address, or core's `resolveClientIp` when behind trusted
 * proxies: never a raw `X-Forwarded-For` header, which any client can send (PROVIDER-FACTS 2.1).
 */
export function isJumioCallbackIp(ip: string | null | undefined, options: JumioCallbackIpOptions = {}): boolean {
  return isIpAllowed(ip, jumioCallbackIps(options));
}
