import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { buildMessage, messageIdFor } from "../src/fanout/message.js";
import { defaultRetrySchedule, jitterRatio, nextAttemptDelay, parseRetrySchedule } from "../src/fanout/schedule.js";
import { isWebhookSecret, signMessage } from "../src/fanout/signing.js";
import { newSecret } from "./helpers/fanout.js";

describe("Standard Webhooks signatures", () => {
  const payload = JSON.stringify({ type: "kyc.verification.completed", timestamp: "2026-01-01T00:00:00.000Z", data: {} });

  it("verify with the standardwebhooks package, and fail for another secret or a changed body", () => {
    const secret = newSecret();
    const headers = signMessage([secret], "msg_1", new Date(), payload);
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(payload, { ...headers })).toEqual(JSON.parse(payload));
    expect(() => new Webhook(newSecret()).verify(payload, { ...headers })).toThrow();
    expect(() => new Webhook(secret).verify(`${payload} `, { ...headers })).toThrow();
  });

  it("carry one signature per secret during a rotation, so that consumers holding either secret verify", () => {
    const [old, fresh] = [newSecret(), newSecret()];
    const headers = signMessage([old, fresh], "msg_2", new Date(), payload);
    expect(headers["webhook-signature"].split(" ")).toHaveLength(2);
    expect(() => new Webhook(old).verify(payload, { ...headers })).not.toThrow();
    expect(() => new Webhook(fresh).verify(payload, { ...headers })).not.toThrow();
  });

  it("accept only whsec_ secrets with a key of at least 24 bytes", () => {
    expect(isWebhookSecret(newSecret())).toBe(true);
    expect(isWebhookSecret(`whsec_${Buffer.alloc(8).toString("base64")}`)).toBe(false);
    expect(isWebhookSecret("not-a-secret")).toBe(false);
  });
});

describe("messages", () => {
  it("keep one id per event, whatever else changes", () => {
    expect(messageIdFor("shufti:abc")).toBe(messageIdFor("shufti:abc"));
    expect(messageIdFor("shufti:abc")).not.toBe(messageIdFor("shufti:abd"));
    expect(messageIdFor("shufti:abc")).toMatch(/^msg_[A-Za-z0-9_-]{27}$/);
  });

  it("carry the type, the time and the event in the Standard Webhooks envelope", () => {
    const event = { eventId: "shufti:x", provider: "shufti", type: "verification.completed", status: "approved" } as Parameters<typeof buildMessage>[0]["event"];
    const message = buildMessage({ id: "7", eventId: "shufti:x", provider: "shufti", receivedAt: Date.UTC(2026, 0, 1), outcome: "applied", event });
    expect(JSON.parse(message.payload)).toEqual({ type: "kyc.verification.completed", timestamp: "2026-01-01T00:00:00.000Z", data: { id: "7", eventId: "shufti:x", provider: "shufti", outcome: "applied", event, verification: null } });
  });
});

describe("the retry schedule", () => {
  it("is Svix's by default: immediately, then seconds, minutes and hours, eight attempts", () => {
    expect(defaultRetrySchedule).toEqual([0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000]);
  });

  it("jitters each delay by at most a fifth, and ends after the last attempt", () => {
    expect(nextAttemptDelay(defaultRetrySchedule, 2, () => 0)).toBe(300_000 * (1 - jitterRatio));
    expect(nextAttemptDelay(defaultRetrySchedule, 2, () => 0.999_999)).toBeCloseTo(300_000 * (1 + jitterRatio), -1);
    expect(nextAttemptDelay(defaultRetrySchedule, defaultRetrySchedule.length)).toBeUndefined();
  });

  it("reads durations with units, and refuses what is not one", () => {
    expect(parseRetrySchedule("0, 5s, 5m, 2h, 250")).toEqual([0, 5_000, 300_000, 7_200_000, 250]);
    expect(parseRetrySchedule("5 minutes")).toBeUndefined();
    expect(parseRetrySchedule("")).toBeUndefined();
  });
});
