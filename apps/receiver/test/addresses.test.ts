import { listFixtures as jumioFixtures } from "@kyc-webhooks/jumio/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CallbackAck } from "@kyc-webhooks/receiver-api";
import { AddressList, clientAddress } from "../src/addresses.js";
import { sqliteBackend } from "./helpers/backends.js";
import type { BackendDatabase } from "./helpers/backends.js";
import { deliver, getEvent, startHarness, testEnv } from "./helpers/harness.js";
import type { Harness } from "./helpers/harness.js";
import { captureLogs } from "./helpers/logs.js";

/*
 * IP allowlists and trusted proxies are node:net BlockLists: IPv6 addresses and ranges work as IPv4 ones do,
 * over real HTTP on the IPv6 loopback.
 */

const jumio = () => jumioFixtures().find((fixture) => fixture.valid && fixture.contentType.includes("form"))!;

describe("address lists", () => {
  it("match IPv4 and IPv6 addresses and ranges, and IPv4-mapped IPv6 addresses as their IPv4", () => {
    const list = new AddressList(["34.202.241.0/24", "2001:db8:4a::/48", "2001:db8:ffff::7", "[fd00::1]"]);
    expect(list.has("34.202.241.227")).toBe(true);
    expect(list.has("::ffff:34.202.241.227")).toBe(true);
    expect(list.has("34.202.242.1")).toBe(false);
    expect(list.has("2001:db8:4a:1::9")).toBe(true);
    expect(list.has("2001:DB8:4A::1")).toBe(true);
    expect(list.has("[2001:db8:4a::1]")).toBe(true);
    expect(list.has("2001:db8:4b::1")).toBe(false);
    expect(list.has("2001:db8:ffff::7")).toBe(true);
    expect(list.has("2001:db8:ffff::8")).toBe(false);
    expect(list.has("fd00::1")).toBe(true);
    expect(list.has("not an address")).toBe(false);
    expect(list.has(undefined)).toBe(false);
    expect(() => new AddressList(["2001:db8::/129"])).toThrow(/2001:db8::\/129/);
  });

  it("believe X-Forwarded-For only from a trusted proxy, IPv6 or IPv4", () => {
    const proxies = new AddressList(["2001:db8:9::/64", "10.0.0.0/8"]);
    expect(clientAddress("2001:db8:9::1", "2001:db8:4a::5", proxies)).toBe("2001:db8:4a::5");
    expect(clientAddress("2001:db8:9::1", "2001:db8:4a::5, 10.1.2.3", proxies)).toBe("2001:db8:4a::5");
    expect(clientAddress("2001:db8:8::1", "2001:db8:4a::5", proxies)).toBe("2001:db8:8::1");
    expect(clientAddress("::ffff:10.0.0.2", "198.51.100.7", proxies)).toBe("198.51.100.7");
  });
});

describe("an IPv6 allowlist entry and an IPv6 trusted proxy, over HTTP on ::1", () => {
  const logs = captureLogs();
  let database: BackendDatabase;
  let harness: Harness;

  beforeAll(async () => {
    database = await sqliteBackend.create();
    harness = await startHarness(testEnv(database, { KYC_HOST: "::1", KYC_TRUSTED_PROXIES: "::1", KYC_JUMIO_IP_ALLOWLIST: "2001:db8:4a::/48" }), logs.logger);
  });
  afterAll(async () => {
    await harness?.close();
    await database?.cleanup();
  });

  it("listens on the IPv6 loopback", () => {
    expect(harness.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
  });

  it("accepts a Jumio callback from an address in the IPv6 range, forwarded by the trusted IPv6 proxy", async () => {
    const response = await deliver(harness.url, jumio(), { "x-forwarded-for": "2001:db8:4a:7::21" });
    expect(response.status).toBe(200);
    const ack = (await response.json()) as CallbackAck;
    expect((await getEvent(harness.url, ack.id)).sourceIp).toBe("2001:db8:4a:7::21");
  });

  it("refuses one from outside the range, and the proxy itself", async () => {
    expect((await deliver(harness.url, jumio(), { "x-forwarded-for": "2001:db8:4b::21" })).status).toBe(403);
    expect((await deliver(harness.url, jumio(), { "x-forwarded-for": undefined })).status).toBe(403);
  });
});
