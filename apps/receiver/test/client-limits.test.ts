import { describe, expect, it } from "vitest";
import { BodyBudget, clientKey, FailureThrottle } from "../src/http/client-limits.js";
import type { BodyLease } from "../src/http/client-limits.js";

describe("clientKey", () => {
  it("keys IPv4 (also IPv4-mapped IPv6) by the address and IPv6 by its /64, however it is written", () => {
    expect(clientKey("203.0.113.9")).toBe("203.0.113.9");
    expect(clientKey("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe(clientKey("2001:0db8:0001:0002:bbbb:cccc:dddd:eeee"));
    expect(clientKey("2001:db8:1:2::1")).not.toBe(clientKey("2001:db8:1:3::1"));
    expect(clientKey("2001:db8::1")).toBe(clientKey("2001:db8:0:0:ffff::"));
    expect(clientKey(undefined)).toBe("unknown");
  });
});

describe("BodyBudget", () => {
  it("admits bodies while they fit in the total and in the address's share, and gives the bytes back on release", () => {
    const budget = new BodyBudget({ totalBytes: 1_000, clientBytes: 600, clientRequests: 2 });
    const a1 = budget.enter("198.51.100.1") as BodyLease;
    expect(a1.take(500)).toBeUndefined();
    const a2 = budget.enter("198.51.100.1") as BodyLease;
    expect(a2.take(200)).toBe("client_busy");
    expect(budget.enter("198.51.100.1")).toBe("client_busy");
    const b = budget.enter("198.51.100.2") as BodyLease;
    expect(b.take(500)).toBeUndefined();
    const c = budget.enter("198.51.100.3") as BodyLease;
    expect(c.take(1)).toBe("server_busy");
    expect(budget.bytes).toBe(1_000);
    a1.release();
    a1.release();
    expect(budget.bytes).toBe(500);
    expect(c.take(400)).toBeUndefined();
    for (const lease of [a2, b, c]) lease.release();
    expect(budget.bytes).toBe(0);
  });
});

describe("FailureThrottle", () => {
  it("throttles an address after its burst of failures, tells when to retry, forgives at the rate, and leaves other addresses alone", () => {
    let now = 0;
    const throttle = new FailureThrottle({ burst: 3, perMinute: 6 }, () => now);
    for (let index = 0; index < 3; index++) {
      expect(throttle.retryAfter("198.51.100.1")).toBeUndefined();
      throttle.failed("198.51.100.1");
    }
    expect(throttle.retryAfter("198.51.100.1")).toBe(10);
    expect(throttle.retryAfter("198.51.100.2")).toBeUndefined();
    now = 5_000;
    expect(throttle.retryAfter("198.51.100.1")).toBe(5);
    now = 10_000;
    expect(throttle.retryAfter("198.51.100.1")).toBeUndefined();
    throttle.failed("198.51.100.1");
    expect(throttle.retryAfter("198.51.100.1")).toBe(10);
    // Fully forgiven, the address is no longer tracked.
    now = 100_000;
    expect(throttle.retryAfter("198.51.100.1")).toBeUndefined();
    expect(throttle.tracked).toBe(0);
  });

  it("tracks a bounded number of addresses, forgetting those that failed longest ago", () => {
    const throttle = new FailureThrottle({ burst: 1, perMinute: 1, maxTracked: 2 }, () => 0);
    throttle.failed("198.51.100.1");
    throttle.failed("198.51.100.2");
    throttle.failed("198.51.100.3");
    expect(throttle.tracked).toBe(2);
    expect(throttle.retryAfter("198.51.100.1")).toBeUndefined();
    expect(throttle.retryAfter("198.51.100.3")).toBe(60);
  });
});
