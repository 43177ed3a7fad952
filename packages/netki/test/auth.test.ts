import { describe, expect, it, vi } from "vitest";
import type * as CoreSecrets from "../../core/src/secrets.js";
import { basicAuthorization } from "@kyc-webhooks/core";
import {
  callbackAttempts,
  callbackReceiverConfigSchema,
  callbackResponseStatus,
  callbackRetrySchedule,
  isCallbackDelivered,
  parseCallbackCredentials,
  safeParseCallbackCredentials,
  verifyNetkiBasicAuth,
  verifyNetkiCallback,
} from "../src/index.js";

// Spy on core's constant-time compare (the module core's verifyBasicAuth imports) to prove it is used.
const secrets = vi.hoisted(() => ({ calls: 0 }));
vi.mock("../../core/src/secrets.js", async (importOriginal) => {
  const original = await importOriginal<typeof CoreSecrets>();
  return {
    ...original,
    constantTimeEqual: (a: string | Uint8Array, b: string | Uint8Array) => {
      secrets.calls += 1;
      return original.constantTimeEqual(a, b);
    },
  };
});

const credentials = { username: "example-user", password: "example-password" };
const credentialsJson = JSON.stringify(credentials);

describe("verifyNetkiBasicAuth", () => {
  it("accepts the configured credentials, whatever the header name's case", () => {
    expect(verifyNetkiBasicAuth({ authorization: basicAuthorization(credentials) }, credentials)).toBe(true);
    expect(verifyNetkiBasicAuth({ Authorization: basicAuthorization(credentials) }, credentials)).toBe(true);
    expect(verifyNetkiBasicAuth(new Headers({ Authorization: basicAuthorization(credentials) }), credentials)).toBe(true);
  });

  it("refuses a wrong password or a wrong username", () => {
    expect(verifyNetkiBasicAuth({ authorization: basicAuthorization({ ...credentials, password: "wrong" }) }, credentials)).toBe(false);
    expect(verifyNetkiBasicAuth({ authorization: basicAuthorization({ ...credentials, username: "wrong" }) }, credentials)).toBe(false);
  });

  it("refuses a missing header, no headers at all, and malformed or other-scheme headers", () => {
    expect(verifyNetkiBasicAuth({}, credentials)).toBe(false);
    expect(verifyNetkiBasicAuth(undefined, credentials)).toBe(false);
    expect(verifyNetkiBasicAuth({ authorization: "Basic !!!not-base64" }, credentials)).toBe(false);
    expect(verifyNetkiBasicAuth({ authorization: `Basic ${Buffer.from("no-colon").toString("base64")}` }, credentials)).toBe(false);
    expect(verifyNetkiBasicAuth({ authorization: "Bearer example-access-token" }, credentials)).toBe(false);
    // The pitfall PROVIDER-FACTS 2.3 names: a header that was never base64-encoded.
    expect(verifyNetkiBasicAuth({ authorization: "Basic example-user:example-password" }, credentials)).toBe(false);
  });

  it("compares with core's constant-time compare, also when the header is missing", () => {
    secrets.calls = 0;
    verifyNetkiBasicAuth({ authorization: basicAuthorization(credentials) }, credentials);
    expect(secrets.calls).toBe(2);
    verifyNetkiBasicAuth({}, credentials);
    expect(secrets.calls).toBe(4);
  });
});

describe("parseCallbackCredentials", () => {
  it("reads the write-only callback_credentials JSON string", () => {
    expect(parseCallbackCredentials(credentialsJson)).toEqual(credentials);
  });

  it("refuses malformed JSON, a missing password and a non-string username, without quoting the secret", () => {
    const malformed = safeParseCallbackCredentials('{"username": "example-user", "password": "s3cret-value"');
    expect(malformed.ok).toBe(false);
    if (!malformed.ok) expect(malformed.issues[0]?.code).toBe("invalid_json");

    const missing = safeParseCallbackCredentials('{"username": "example-user"}');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.issues[0]).toMatchObject({ path: ["password"], code: "invalid_type", received: "undefined" });

    const wrongType = safeParseCallbackCredentials('{"username": 42, "password": "s3cret-value"}');
    expect(wrongType.ok).toBe(false);
    if (!wrongType.ok) expect(wrongType.issues[0]).toMatchObject({ path: ["username"], received: "number" });

    expect(() => parseCallbackCredentials('{"username": "", "password": "s3cret-value"}')).toThrow(/callback_credentials/);
    try {
      parseCallbackCredentials('{"username": 42, "password": "s3cret-value"}');
    } catch (error) {
      expect(String(error)).not.toContain("s3cret-value");
    }
  });
});

describe("verifyNetkiCallback (the configured scheme)", () => {
  const header = { authorization: basicAuthorization(credentials) };

  it("accepts any request under noauth", () => {
    expect(verifyNetkiCallback({}, { callback_authentication_scheme: "noauth" })).toBe(true);
  });

  it("checks Basic credentials under basic", () => {
    expect(verifyNetkiCallback(header, { callback_authentication_scheme: "basic", callback_credentials: credentialsJson })).toBe(true);
    expect(verifyNetkiCallback({}, { callback_authentication_scheme: "basic", callback_credentials: credentialsJson })).toBe(false);
  });

  it("checks Basic credentials given as the object the document writes, as well as the JSON string", () => {
    expect(verifyNetkiCallback(header, { callback_authentication_scheme: "basic", callback_credentials: credentials })).toBe(true);
    expect(verifyNetkiCallback({ authorization: basicAuthorization({ ...credentials, password: "other" }) }, { callback_authentication_scheme: "basic", callback_credentials: credentials })).toBe(false);
    expect(callbackReceiverConfigSchema.safeParse({ callback_authentication_scheme: "basic", callback_credentials: credentials }).success).toBe(true);
  });

  it("fails closed under basic when the credentials are missing or unreadable", () => {
    expect(verifyNetkiCallback(header, { callback_authentication_scheme: "basic" })).toBe(false);
    expect(verifyNetkiCallback(header, { callback_authentication_scheme: "basic", callback_credentials: "not json" })).toBe(false);
  });
});

describe("the receiver config model", () => {
  it("defaults to expected status 200, retry limit 8 and not paused", () => {
    expect(callbackReceiverConfigSchema.parse({ callback_authentication_scheme: "noauth" })).toEqual({
      callback_authentication_scheme: "noauth",
      callback_expected_status: 200,
      callback_retry_limit: 8,
      is_callback_paused: false,
    });
  });

  it("refuses a retry limit outside 1..8 and basic without readable credentials", () => {
    expect(callbackReceiverConfigSchema.safeParse({ callback_authentication_scheme: "noauth", callback_retry_limit: 9 }).success).toBe(false);
    expect(callbackReceiverConfigSchema.safeParse({ callback_authentication_scheme: "noauth", callback_retry_limit: 0 }).success).toBe(false);
    const basic = callbackReceiverConfigSchema.safeParse({ callback_authentication_scheme: "basic" });
    expect(basic.success).toBe(false);
    expect(basic.error?.issues[0]?.path).toEqual(["callback_credentials"]);
    expect(callbackReceiverConfigSchema.safeParse({ callback_authentication_scheme: "basic", callback_credentials: credentialsJson }).success).toBe(true);
  });

  it("answers the expected status, which Netki matches exactly", () => {
    expect(callbackResponseStatus()).toBe(200);
    expect(callbackResponseStatus({ callback_expected_status: 202 })).toBe(202);
    expect(isCallbackDelivered(200)).toBe(true);
    expect(isCallbackDelivered(201)).toBe(false);
    expect(isCallbackDelivered(200, { callback_expected_status: 204 })).toBe(false);
    expect(isCallbackDelivered(204, { callback_expected_status: 204 })).toBe(true);
  });

  it("documents the retry schedule: first attempt, ~30 min, then doubling, eight attempts at most", () => {
    expect(callbackRetrySchedule.map((step) => step.delayMinutes)).toEqual([0, 30, 60, 120, 240, 480, 960, 1920]);
    expect(callbackAttempts()).toHaveLength(8);
    expect(callbackAttempts({ callback_retry_limit: 3 }).map((step) => step.attempt)).toEqual([1, 2, 3]);
    expect(callbackAttempts({ callback_retry_limit: 1 })).toHaveLength(1);
  });
});
