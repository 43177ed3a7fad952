import { isIpAllowed } from "@kyc-webhooks/core";
import { describe, expect, it } from "vitest";
import { defaultJumioIpAllowlists, isJumioCallbackIp, jumioCallbackHostnames, jumioCallbackIpAllowlists, jumioCallbackIps } from "../src/index.js";

describe("Jumio callback IP allowlists", () => {
  it("hold the lists of both editions and of the current platform, per data centre, with hostnames", () => {
    const ids = jumioCallbackIpAllowlists.map((list) => list.id);
    expect(ids).toEqual(["platform-us", "platform-eu", "platform-sgp", "newer-us", "newer-eu", "newer-sgp", "older-us", "older-eu"]);
    expect(jumioCallbackHostnames.map((h) => h.hostname)).toEqual([
      "callback.amer-1.jumio.ai",
      "callback.emea-1.jumio.ai",
      "callback.apac-1.jumio.ai",
      "callback.jumio.com",
      "callback.lon.jumio.com",
      "callback.core-sgp.jumio.com",
      "callback.jumio.com",
      "callback.lon.jumio.com",
    ]);
    for (const list of jumioCallbackIpAllowlists) for (const ip of list.ips) expect(ip).toMatch(/^\d{1,3}(\.\d{1,3}){3}$/);
  });

  it("accept a current platform address by default, in IPv4 and IPv4-mapped IPv6 form", () => {
    expect(defaultJumioIpAllowlists).toEqual(["platform-us", "platform-eu", "platform-sgp"]);
    for (const ip of ["54.177.61.57", "::ffff:54.177.61.57", "[::ffff:52.209.180.134]", "::ffff:13.238.100.17", "::ffff:36b1:3d39"]) {
      expect(isJumioCallbackIp(ip), ip).toBe(true);
    }
  });

  it("refuse other, missing and malformed addresses", () => {
    for (const ip of ["54.177.61.58", "127.0.0.1", "::1", "", undefined, null, "not an ip", "54.177.61", "54.177.61.57, 1.2.3.4", "2001:db8::1"]) {
      expect(isJumioCallbackIp(ip), String(ip)).toBe(false);
    }
  });

  it("accept the seed documents' lists only when asked for", () => {
    expect(isJumioCallbackIp("52.52.51.178")).toBe(false);
    expect(isJumioCallbackIp("52.52.51.178", { lists: ["newer-us"] })).toBe(true);
    expect(isJumioCallbackIp("162.13.229.104")).toBe(false);
    expect(isJumioCallbackIp("::ffff:162.13.229.104", { lists: ["older-eu"] })).toBe(true);
    expect(isJumioCallbackIp("54.177.61.57", { lists: ["older-us", "older-eu"] })).toBe(false);
  });

  it("accept additional addresses and ranges, e.g. resolved from the hostnames", () => {
    expect(isJumioCallbackIp("198.51.100.7", { additional: ["198.51.100.0/24"] })).toBe(true);
    expect(isJumioCallbackIp("198.51.101.7", { additional: ["198.51.100.0/24"] })).toBe(false);
  });

  it("list each address once and check through core's isIpAllowed", () => {
    const all = jumioCallbackIps({ lists: ["platform-us", "newer-us"] });
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(9);
    expect(isIpAllowed("::ffff:34.202.241.227", all)).toBe(true);
  });
});
