import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CallbackParseError } from "@kyc-webhooks/core";
import type { Issue, RawBody, SafeParseResult, Webhooks } from "@kyc-webhooks/core";
import * as jumio from "@kyc-webhooks/jumio";
import * as netki from "@kyc-webhooks/netki";
import * as ondato from "@kyc-webhooks/ondato";
import * as shufti from "@kyc-webhooks/shufti";
import { normalize, normalizeRaw, providerNames, rawEventId } from "../src/index.js";
import type { NormalizeResult, ProviderName } from "../src/index.js";
import { fixturesByProvider } from "./support/fixtures.js";
import { contentTypes, deepJson, hostileBody, notABody } from "./support/hostile.js";

/*
 * Property tests: random and mutated bodies (see support/hostile.ts) against every provider package's parser
 * and `verifyAndParse`, and against normalizeRaw. None may throw; every refusal is issues with field paths;
 * whatever is accepted can be stored (serialized) and normalized. The catch-all answers the code keeps for
 * bugs (`parse_failed`, `normalize_failed`, `unreadable_request`) must never be what an input gets.
 */

interface ProviderPackage {
  readonly safeParseCallback: (body: RawBody, options?: { contentType?: string | undefined; strictness?: "strict" | "tolerant" }) => SafeParseResult<unknown>;
  readonly parseCallback: (body: RawBody, options?: { contentType?: string | undefined }) => unknown;
  readonly detect: (body: RawBody, options?: { contentType?: string | undefined }) => string | undefined;
}

const packages: Readonly<Record<ProviderName, ProviderPackage>> = { jumio, shufti, ondato, netki } as never;
const ownContentTypes: Readonly<Record<ProviderName, readonly string[]>> = {
  jumio: ["application/x-www-form-urlencoded", "application/json"],
  shufti: ["application/json"],
  ondato: ["application/json"],
  netki: ["application/json"],
};

const credentials = { shufti: "property-secret", user: "property-user", password: "property-password" } as const;
const webhooks: Readonly<Record<ProviderName, Webhooks<unknown>>> = {
  jumio: jumio.createWebhooks({ ipAllowlist: ["34.202.241.227"], trustedProxies: 1 }),
  shufti: shufti.createWebhooks({ secretKey: credentials.shufti }),
  ondato: ondato.createWebhooks({ username: credentials.user, password: credentials.password }),
  netki: netki.createWebhooks({ username: credentials.user, password: credentials.password }),
} as never;

/** Fails on a throw of the bug codes, and on an issue that is not a clear error with a path. */
const bugCodes = new Set(["parse_failed", "normalize_failed", "unreadable_request"]);

function expectClearIssues(issues: readonly Issue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(Array.isArray(issue.path)).toBe(true);
    for (const segment of issue.path) expect(["string", "number"]).toContain(typeof segment);
    // A path names a field; it is never a wall of segments (a value nested 100,000 deep is one too_deep issue).
    expect(issue.path.length).toBeLessThan(64);
    expect(typeof issue.code).toBe("string");
    expect(bugCodes.has(issue.code), `bug code ${issue.code}: ${issue.message}`).toBe(false);
    expect(typeof issue.message).toBe("string");
    expect(issue.message.length).toBeGreaterThan(0);
    // Messages never quote the received value, so a huge value never makes a huge message.
    expect(issue.message.length).toBeLessThan(2_000);
  }
}

/** What a receiver does with an accepted or refused body: serialize it for storage. */
function expectStorable(value: unknown): void {
  expect(() => JSON.stringify(value)).not.toThrow();
}

function checkParse(provider: ProviderName, result: SafeParseResult<unknown>): void {
  if (result.ok) {
    expect(typeof result.kind).toBe("string");
    expectStorable(result.value);
    expect(() => normalize(provider, result.value)).not.toThrow();
  } else {
    expectClearIssues(result.issues);
    expectStorable(result.decoded);
  }
}

function checkNormalized(result: NormalizeResult, provider: ProviderName | undefined): void {
  if (result.ok) {
    expectStorable(result.event);
    expect(result.event.eventId).toMatch(/^[a-z]+:/);
  } else {
    expectClearIssues(result.issues);
    expectStorable(result.decoded);
    // A refused body of a known provider still has an id, so that its redeliveries are one quarantined event.
    if (provider !== undefined || result.provider !== undefined) expect(result.eventId).toMatch(/^[a-z]+:raw:[0-9a-f]{64}$/);
  }
}

/** Runs per property (KYC_PROPERTY_RUNS for a longer hunt): 300 bodies take about 2 s per provider on a quiet machine. */
const numRuns = Number(process.env.KYC_PROPERTY_RUNS ?? 300);
/** Each run parses bodies of up to a mebibyte several times: on a loaded machine that takes ten times as long. */
const propertyTimeout = 90_000;

describe.each(providerNames)("%s: random and mutated bodies", (provider) => {
  const pkg = packages[provider];
  const fixtures = fixturesByProvider[provider]();
  const body = hostileBody(fixtures);
  const contentType = contentTypes(ownContentTypes[provider]);

  it("the parser, detection and normalizeRaw never throw; every refusal names its fields", () => {
    fc.assert(
      fc.property(body, contentType, fc.constantFrom("strict", "tolerant" as const), (input, type, strictness) => {
        checkParse(provider, pkg.safeParseCallback(input, { contentType: type, strictness }));
        expect(() => pkg.detect(input, { contentType: type })).not.toThrow();
        try {
          pkg.parseCallback(input, { contentType: type });
        } catch (error) {
          expect(error).toBeInstanceOf(CallbackParseError);
        }
        checkNormalized(normalizeRaw(input, { provider, contentType: type, strictness: "tolerant" }), provider);
        checkNormalized(normalizeRaw(input, { contentType: type }), undefined);
        expect(rawEventId(provider, input)).toMatch(/^[a-z]+:raw:/);
      }),
      { numRuns },
    );
  }, propertyTimeout);

  it("verifyAndParse never rejects: authenticated bodies are parsed, the rest refused at authenticate", async () => {
    const headers = fc.oneof(
      { weight: 4, arbitrary: fc.constant("provider") },
      { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("authorization", "signature", "x-shufti-signature", "content-type", "x-forwarded-for", "__proto__", "constructor"), fc.oneof(fc.string(), fc.array(fc.string()), fc.integer(), fc.constant(null))) },
      { weight: 1, arbitrary: fc.constantFrom(null, undefined, "headers", 42, [["authorization"]], ["authorization", 1, "x"]) },
    );
    await fc.assert(
      fc.asyncProperty(body, contentType, headers, async (input, type, headerChoice) => {
        // "provider": the headers the provider itself would send for exactly these bytes (a valid signature or
        // basic auth), so that the hostile body reaches decoding and validation.
        const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input instanceof ArrayBuffer ? new Uint8Array(input) : input;
        const delivery = webhooks[provider].simulate(bytes, type === undefined ? {} : { contentType: type });
        const requestHeaders = headerChoice === "provider" ? { ...delivery.headers, ...(provider === "jumio" ? { "x-forwarded-for": delivery.remoteAddress } : {}) } : headerChoice;
        const result = await webhooks[provider].verifyAndParse({ body: input, headers: requestHeaders, remoteAddress: "127.0.0.1" });
        if (result.ok) {
          expectStorable((result as unknown as { readonly value: unknown }).value);
        } else {
          expect([400, 401, 403, 415, 422]).toContain(result.status);
          expectClearIssues(result.issues);
          if (headerChoice === "provider") expect(result.stage).not.toBe("authenticate");
        }
      }),
      { numRuns },
    );
  }, propertyTimeout);

  it("verifyAndParse answers a parsed object, null or any other value where the raw body belongs, without throwing", async () => {
    await fc.assert(
      fc.asyncProperty(notABody, async (value) => {
        const delivery = webhooks[provider].simulate("{}");
        const result = await webhooks[provider].verifyAndParse({ body: value, headers: delivery.headers, remoteAddress: delivery.remoteAddress });
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expectClearIssues(result.issues);
          expect(result.issues.map((issue) => issue.code)).toContain("raw_body_required");
        }
        // The parsers themselves are typed for raw bodies; called from JavaScript with anything else, they refuse it.
        checkParse(provider, packages[provider].safeParseCallback(value as RawBody, {}));
      }),
      { numRuns: Math.ceil(numRuns / 4) },
    );
  });
});

describe("deep nesting", () => {
  it("a valid callback with an extra field nested 100,000 levels deep is refused as too_deep, with an id, and never throws", () => {
    for (const provider of ["shufti", "ondato", "netki"] as const) {
      const fixture = fixturesByProvider[provider]().find((candidate) => candidate.valid && candidate.contentType === "application/json");
      if (!fixture) throw new Error(`no JSON fixture for ${provider}`);
      for (const depth of [1_000, 4_100, 5_000, 100_000]) {
        const text = fixture.text.trim();
        const body = `${text.slice(0, text.lastIndexOf("}"))},"extra":${deepJson(depth, "object")}}`;
        const result = normalizeRaw(body, { provider, contentType: fixture.contentType, strictness: "tolerant" });
        expect(result).toMatchObject({ ok: false, provider, issues: [{ code: "too_deep", path: [] }], eventId: rawEventId(provider, body) });
      }
    }
  });

  it("a Jumio form field of JSON nested 100,000 levels deep is refused at that field", () => {
    const fixture = fixturesByProvider.jumio().find((candidate) => candidate.valid && candidate.contentType.includes("form") && new URLSearchParams(candidate.text).has("idScanImage"));
    if (!fixture) throw new Error("no Jumio form fixture");
    const form = new URLSearchParams(fixture.text);
    const jsonField = [...form.keys()].find((key) => /^\s*[[{]/.test(form.get(key) ?? ""));
    if (!jsonField) throw new Error("no JSON field in the Jumio fixture");
    form.set(jsonField, deepJson(100_000, "array"));
    const result = normalizeRaw(form.toString(), { provider: "jumio", contentType: fixture.contentType, strictness: "tolerant" });
    expect(result).toMatchObject({ ok: false, provider: "jumio", issues: expect.arrayContaining([expect.objectContaining({ code: "too_deep", path: [jsonField] })]) });
  });

  it("normalize() takes an already parsed callback with a value nested 100,000 levels deep", () => {
    const fixture = fixturesByProvider.shufti().find((candidate) => candidate.valid && candidate.kind === "verification.accepted");
    if (!fixture) throw new Error("no Shufti fixture");
    let deep: unknown = 1;
    for (let level = 0; level < 100_000; level++) deep = { a: deep };
    const parsed = shufti.parseCallback(fixture.body, { contentType: fixture.contentType });
    const event = normalize("shufti", { ...parsed, extra: deep });
    expect(event.eventId).toMatch(/^shufti:[0-9a-f]{64}$/);
    expect(normalize("shufti", { ...parsed, extra: deep }).eventId).toBe(event.eventId);
  });
});
