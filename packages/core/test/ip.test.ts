import { describe, expect, it } from "vitest";
import { isIpAllowed, normalizeIp, resolveClientIp } from "../src/index.js";

describe("IP allowlists", () => {
  const list = ["34.202.241.227", "10.1.0.0/16", "2001:db8::1"];

  it("matches IPv4 and IPv4-mapped IPv6 addresses alike", () => {
    expect(isIpAllowed("34.202.241.227", list)).toBe(true);
    expect(isIpAllowed("::ffff:34.202.241.227", list)).toBe(true);
    expect(isIpAllowed("::FFFF:34.202.241.227", list)).toBe(true);
    expect(isIpAllowed("::ffff:22ca:f1e3", list)).toBe(true);
    expect(isIpAllowed("34.202.241.228", list)).toBe(false);
  });

  it("matches CIDR ranges and IPv6 entries", () => {
    expect(isIpAllowed("10.1.255.3", list)).toBe(true);
    expect(isIpAllowed("10.2.0.1", list)).toBe(false);
    expect(isIpAllowed("[2001:DB8::1]", list)).toBe(true);
  });

  it("refuses what is not an address", () => {
    expect(isIpAllowed("callback.jumio.com", list)).toBe(false);
    expect(isIpAllowed(undefined, list)).toBe(false);
    expect(normalizeIp("34.202.241.227, 1.2.3.4")).toBeUndefined();
  });

  it("ignores X-Forwarded-For unless a proxy is trusted", () => {
    expect(resolveClientIp({ remoteAddress: "::ffff:127.0.0.1", forwardedFor: "34.202.241.227" })).toBe("127.0.0.1");
  });

  it("takes the address the trusted proxy saw, not what the client claims", () => {
    // The client claims 34.202.241.227; the proxy appended the real peer 203.0.113.9.
    const forwardedFor = "34.202.241.227, 203.0.113.9";
    expect(resolveClientIp({ remoteAddress: "127.0.0.1", forwardedFor, trustedProxies: 1 })).toBe("203.0.113.9");
    expect(resolveClientIp({ remoteAddress: "127.0.0.1", forwardedFor, trustedProxies: ["127.0.0.1"] })).toBe("203.0.113.9");
    expect(resolveClientIp({ remoteAddress: "127.0.0.1", forwardedFor: "34.202.241.227", trustedProxies: ["127.0.0.1"] })).toBe("34.202.241.227");
  });

  it("believes no entry when a hop count is configured and the header has fewer entries: the peer is the client", () => {
    // Two proxies in front: a request through both carries the client and the first proxy.
    expect(resolveClientIp({ remoteAddress: "10.0.0.2", forwardedFor: "203.0.113.9, 10.0.0.1", trustedProxies: 2 })).toBe("203.0.113.9");
    // A client that connects directly and forges one entry (a Jumio address) is its own address, not the forged one.
    expect(resolveClientIp({ remoteAddress: "198.51.100.7", forwardedFor: "34.202.241.227", trustedProxies: 2 })).toBe("198.51.100.7");
    expect(resolveClientIp({ remoteAddress: "198.51.100.7", forwardedFor: " , ", trustedProxies: 1 })).toBe("198.51.100.7");
    // More entries than proxies: the ones the client wrote itself (left of the proxies' entries) are not believed.
    expect(resolveClientIp({ remoteAddress: "10.0.0.2", forwardedFor: "34.202.241.227, 203.0.113.9, 10.0.0.1", trustedProxies: 2 })).toBe("203.0.113.9");
  });
});
