import { afterEach, describe, expect, it, vi } from "vitest";
import * as core from "@kyc-webhooks/core";
import { basicAuthorization } from "@kyc-webhooks/core";
import {
  isIssuedTokenValid,
  isOndatoWebhookIp,
  issueAccessToken,
  ondatoWebhookIps,
  parseClientCredentialsTokenRequest,
  respondToTokenRequest,
  tokenResponseSchema,
  verifyClientCredentials,
  verifyOndatoBasicAuth,
  verifyOndatoBearer,
} from "../src/index.js";

vi.mock("@kyc-webhooks/core", { spy: true });
afterEach(() => vi.clearAllMocks());

const credentials = { username: "ondato", password: "s3cret:with:colons" };
const form = { "content-type": "application/x-www-form-urlencoded" };

describe("verifyOndatoBasicAuth", () => {
  it("accepts the configured username and password", () => {
    expect(verifyOndatoBasicAuth({ authorization: basicAuthorization(credentials) }, credentials)).toBe(true);
    expect(verifyOndatoBasicAuth(new Headers({ Authorization: basicAuthorization(credentials) }), credentials)).toBe(true);
  });

  it("refuses a wrong password, a wrong user, a missing or a malformed header", () => {
    expect(verifyOndatoBasicAuth({ authorization: basicAuthorization({ ...credentials, password: "wrong" }) }, credentials)).toBe(false);
    expect(verifyOndatoBasicAuth({ authorization: basicAuthorization({ ...credentials, username: "other" }) }, credentials)).toBe(false);
    expect(verifyOndatoBasicAuth({}, credentials)).toBe(false);
    expect(verifyOndatoBasicAuth(undefined, credentials)).toBe(false);
    expect(verifyOndatoBasicAuth({ authorization: "Basic %%%" }, credentials)).toBe(false);
    expect(verifyOndatoBasicAuth({ authorization: "Bearer abc" }, credentials)).toBe(false);
  });

  it("refuses the undecoded user:password some integrators compare against", () => {
    expect(verifyOndatoBasicAuth({ authorization: `Basic ${credentials.username}:${credentials.password}` }, credentials)).toBe(false);
  });

  it("compares with core's constant-time verifyBasicAuth", () => {
    const header = basicAuthorization(credentials);
    verifyOndatoBasicAuth({ authorization: header }, credentials);
    expect(core.verifyBasicAuth).toHaveBeenCalledWith(header, credentials);
  });
});

describe("the OAuth2 token endpoint Ondato calls", () => {
  const client = { clientId: "ondato-client", clientSecret: "p@ss word+1" };
  const encoded = (value: string) => encodeURIComponent(value).replace(/%20/g, "+");

  it("reads client credentials from HTTP Basic, form-urldecoded as RFC 6749 2.3.1 requires", () => {
    const header = `Basic ${Buffer.from(`${encoded(client.clientId)}:${encoded(client.clientSecret)}`).toString("base64")}`;
    const result = parseClientCredentialsTokenRequest("grant_type=client_credentials&scope=webhooks", { ...form, authorization: header });
    expect(result).toEqual({ ok: true, value: { ...client, scope: "webhooks", authenticationMethod: "client_secret_basic" } });
  });

  it("reads client credentials from the form body", () => {
    const body = `grant_type=client_credentials&client_id=${encoded(client.clientId)}&client_secret=${encoded(client.clientSecret)}`;
    expect(parseClientCredentialsTokenRequest(body, form)).toEqual({ ok: true, value: { ...client, authenticationMethod: "client_secret_post" } });
  });

  it("refuses another grant type with unsupported_grant_type", () => {
    const result = parseClientCredentialsTokenRequest("grant_type=password&client_id=a&client_secret=b", form);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ status: 400, body: { error: "unsupported_grant_type" } });
  });

  it("refuses a missing grant type, a repeated parameter, two authentication methods and a JSON body with invalid_request", () => {
    const header = basicAuthorization({ username: "a", password: "b" });
    for (const [body, headers] of [
      ["client_id=a&client_secret=b", form],
      ["grant_type=client_credentials&grant_type=client_credentials&client_id=a", form],
      ["grant_type=client_credentials&client_secret=b", { ...form, authorization: header }],
      ['{"grant_type":"client_credentials"}', { "content-type": "application/json" }],
    ] as const) {
      const result = parseClientCredentialsTokenRequest(body, headers);
      expect(result.ok, body).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject({ status: 400, body: { error: "invalid_request" } });
    }
  });

  it("refuses missing or malformed client authentication with invalid_client, 401 and a challenge", () => {
    for (const headers of [form, { ...form, authorization: "Basic %%%" }, { ...form, authorization: "Bearer x" }]) {
      const result = parseClientCredentialsTokenRequest("grant_type=client_credentials", headers);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toMatchObject({ status: 401, body: { error: "invalid_client" } });
        expect(result.error.headers["WWW-Authenticate"]).toMatch(/^Basic/);
      }
    }
  });

  it("checks client id and secret in constant time", () => {
    expect(verifyClientCredentials(client, client)).toBe(true);
    expect(verifyClientCredentials({ ...client, clientSecret: "wrong" }, client)).toBe(false);
    expect(verifyClientCredentials({ ...client, clientId: "other" }, client)).toBe(false);
    expect(core.constantTimeEqual).toHaveBeenCalledTimes(6);
  });

  it("issues a random Bearer token with its expiry and a valid token response", () => {
    const first = issueAccessToken({ ttlSeconds: 3600, now: 1_000 });
    const second = issueAccessToken({ ttlSeconds: 3600, now: 1_000 });
    expect(first.accessToken).not.toBe(second.accessToken);
    expect(first.accessToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.expiresAt).toBe(1_000 + 3_600_000);
    expect(tokenResponseSchema.parse(first.response)).toEqual({ access_token: first.accessToken, token_type: "Bearer", expires_in: 3600 });
    expect(() => issueAccessToken({ ttlSeconds: 0 })).toThrow(RangeError);
    expect(() => issueAccessToken({ ttlSeconds: 1.5 })).toThrow(RangeError);
  });

  it("rejects token responses that are not Bearer or lack a lifetime", () => {
    expect(tokenResponseSchema.safeParse({ access_token: "t", token_type: "mac", expires_in: 60 }).success).toBe(false);
    expect(tokenResponseSchema.safeParse({ access_token: "t", token_type: "Bearer" }).success).toBe(false);
  });

  it("answers a token request end to end: 200 with a token for the right client, 401 otherwise", () => {
    const body = `grant_type=client_credentials&client_id=${encoded(client.clientId)}&client_secret=${encoded(client.clientSecret)}`;
    const ok = respondToTokenRequest(body, form, { ...client, ttlSeconds: 600 });
    expect(ok.status).toBe(200);
    expect(ok.headers["Cache-Control"]).toBe("no-store");
    expect(ok.issued?.response).toEqual(ok.body);
    const refused = respondToTokenRequest(body.replace("client_secret=", "client_secret=x"), form, { ...client, ttlSeconds: 600 });
    expect(refused).toMatchObject({ status: 401, body: { error: "invalid_client" } });
    expect(refused.issued).toBeUndefined();
  });
});

describe("verifyOndatoBearer", () => {
  const issued = issueAccessToken({ ttlSeconds: 600, now: 0 });
  const valid = (token: string) => isIssuedTokenValid(token, issued, 1_000);

  it("accepts the token the endpoint issued, before it expires", () => {
    expect(verifyOndatoBearer({ authorization: `Bearer ${issued.accessToken}` }, valid)).toBe(true);
    expect(isIssuedTokenValid(issued.accessToken, issued, 600_000)).toBe(false);
  });

  it("refuses a wrong, missing or non-Bearer authorization", () => {
    expect(verifyOndatoBearer({ authorization: "Bearer wrong" }, valid)).toBe(false);
    expect(verifyOndatoBearer({}, valid)).toBe(false);
    expect(verifyOndatoBearer({ authorization: basicAuthorization({ username: "u", password: issued.accessToken }) }, valid)).toBe(false);
    expect(verifyOndatoBearer({ authorization: "Bearer" }, () => true)).toBe(false);
  });

  it("works with an async token store and returns a promise then", async () => {
    const store = async (token: string) => token === "stored";
    await expect(verifyOndatoBearer({ authorization: "Bearer stored" }, store)).resolves.toBe(true);
    await expect(verifyOndatoBearer({}, store)).resolves.toBe(false);
    await expect(verifyOndatoBearer({}, async () => true)).resolves.toBe(false);
  });

  it("compares issued tokens in constant time", () => {
    verifyOndatoBearer({ authorization: `Bearer ${issued.accessToken}` }, valid);
    expect(core.constantTimeEqual).toHaveBeenCalledWith(issued.accessToken, issued.accessToken);
  });
});

describe("Ondato's sender IPs", () => {
  it("lists the five documented addresses", () => {
    expect(ondatoWebhookIps).toEqual(["20.31.10.47", "20.31.227.231", "20.76.229.117", "20.76.229.248", "213.226.187.101"]);
  });

  it("accepts them, also as IPv4-mapped IPv6, and refuses others", () => {
    expect(isOndatoWebhookIp("20.76.229.248")).toBe(true);
    expect(isOndatoWebhookIp("::ffff:213.226.187.101")).toBe(true);
    expect(isOndatoWebhookIp("20.76.229.249")).toBe(false);
    expect(isOndatoWebhookIp(undefined)).toBe(false);
    expect(isOndatoWebhookIp("not an ip")).toBe(false);
  });
});
