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
    for (const ip of ["54.177.61.57", "::ffff:54.177.61.57", "[::ffff:52.209.180.134]", "::ffff:13.238.100.17", "::ffff:36b1:3d39"]) {
      expect(isJumioCallbackIp(ip), ip).toBe(true);
    }
  });

  it("accept by default every callback address both Jumio callback documents list", () => {
    // As printed: the newer edition's "Jumio callback IP list" and the older edition's "Global Netverify settings".
    const newer = ["34.202.241.227", "34.226.103.119", "34.226.254.127", "52.52.51.178", "52.53.95.123", "54.67.101.173", "34.253.41.236", "35.157.27.193", "52.48.0.25", "52.57.194.92", "52.58.113.86", "52.209.180.134", "3.0.109.121", "52.76.184.73", "52.77.102.92"];
    const older = ["50.57.26.248", "50.57.26.249", "69.20.24.138", "162.242.200.222", "184.106.91.66", "184.106.91.67", "104.130.61.196", "146.20.77.156", "162.13.228.132", "162.13.228.134", "162.13.229.103", "162.13.229.104"];
    expect([...newer, ...older].filter((ip) => !isJumioCallbackIp(ip))).toEqual([]);
    expect(defaultJumioIpAllowlists).toEqual(jumioCallbackIpAllowlists.map((list) => list.id));
  });

  it("refuse other, missing and malformed addresses", () => {
    for (const ip of ["54.177.61.58", "127.0.0.1", "::1", "", undefined, null, "not an ip", "54.177.61", "54.177.61.57, 1.2.3.4", "2001:db8::1"]) {
      expect(isJumioCallbackIp(ip), String(ip)).toBe(false);
    }
  });

  it("accept only the chosen lists' addresses when lists are given", () => {
    expect(isJumioCallbackIp("52.52.51.178", { lists: ["newer-us"] })).toBe(true);
    expect(isJumioCallbackIp("52.52.51.178", { lists: ["platform-us"] })).toBe(false);
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
