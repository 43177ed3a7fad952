import { describe, expect, it } from "vitest";
import { getFixture as jumioFixture } from "@kyc-webhooks/jumio/fixtures";
import { getFixture as shuftiFixture } from "@kyc-webhooks/shufti/fixtures";
import { getFixture as ondatoFixture } from "@kyc-webhooks/ondato/fixtures";
import { getFixture as netkiFixture } from "@kyc-webhooks/netki/fixtures";
import { createWebhooks } from "@kyc-webhooks/shufti";
import type { Fixture } from "@kyc-webhooks/core";
import { detectProvider, normalize, normalizeRaw, rawEventId, verificationReferenceOf } from "../src/index.js";
import type { ProviderName } from "../src/index.js";

/** Bodies that belong to no provider (other KYC vendors' shapes, integrators' guesses, junk), with the cause each is refused for. */
const foreignBodies: readonly { readonly name: string; readonly body: string | Uint8Array; readonly contentType?: string; readonly cause: string }[] = [
  { name: "an empty body", body: "", cause: "empty_body" },
  { name: "an empty JSON object", body: "{}", contentType: "application/json", cause: "unknown_provider" },
  { name: "a JSON array", body: "[]", contentType: "application/json", cause: "invalid_type" },
  { name: "a JSON string", body: '"verification.accepted"', contentType: "application/json", cause: "unknown_format" },
  { name: "plain text", body: "hello", contentType: "text/plain", cause: "unsupported_media_type" },
  { name: "binary garbage", body: new Uint8Array([0xff, 0xfe, 0x00, 0x81, 0x7b]), cause: "binary_body" },
  { name: "an unrelated form", body: "foo=bar&baz=1", contentType: "application/x-www-form-urlencoded", cause: "unknown_provider" },
  { name: "XML", body: "<callback><status>APPROVED</status></callback>", contentType: "application/xml", cause: "unsupported_media_type" },
  // Guessed Ondato shapes from integrators' tests (PROVIDER-FACTS 1.4).
  { name: "an integrator's guessed Ondato shape", body: '{"EventType":"KycIdentification.Approved","Payload":{"Id":"1","Status":"Approved"}}', contentType: "application/json", cause: "unknown_provider" },
  // Other vendors' webhooks.
  { name: "a Veriff decision webhook", body: '{"status":"success","verification":{"id":"f04bdb47","status":"approved","code":9001}}', contentType: "application/json", cause: "unknown_provider" },
  { name: "a Sumsub applicantReviewed webhook", body: '{"applicantId":"5c","type":"applicantReviewed","reviewResult":{"reviewAnswer":"GREEN"}}', contentType: "application/json", cause: "unknown_provider" },
  { name: "an Onfido webhook", body: '{"payload":{"resource_type":"check","action":"check.completed","object":{"id":"x","status":"complete"}}}', contentType: "application/json", cause: "unknown_provider" },
];

describe("bodies of no known provider", () => {
  for (const { name, body, contentType, cause } of foreignBodies) {
    it(`${name} is detected as no provider and refused with one ${cause} issue`, () => {
      expect(detectProvider(body, contentType === undefined ? {} : { contentType })).toBeUndefined();
      const result = normalizeRaw(body, contentType === undefined ? {} : { contentType });
      expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ code: cause, path: [] })] });
    });
  }
});

describe("bodies that resemble one provider's but are not detected", () => {
  it("an Ondato envelope with an invented webhook type is Ondato's, with an unknown type", () => {
    const result = normalizeRaw('{"id":"x","type":"PROCESSED","payload":{}}', { contentType: "application/json" });
    expect(result).toMatchObject({ ok: false, provider: "ondato", guessed: true, issues: [{ path: ["type"], code: "unknown_kind" }] });
  });

  it("a Shufti body with an unlisted event is Shufti's, with an unknown event", () => {
    const result = normalizeRaw('{"reference":"r-1","event":"verification.approved","verification_result":{}}', {});
    expect(result).toMatchObject({ ok: false, provider: "shufti", guessed: true, issues: [{ path: ["event"], code: "unknown_kind" }] });
  });

  it("a Shufti body sent as a form is Shufti's, refused for its content type, with its kind", () => {
    const fixture = shuftiFixture("verification.accepted");
    const result = normalizeRaw(fixture.body, { contentType: "text/plain" });
    expect(result).toMatchObject({ ok: false, provider: "shufti", kind: "verification.accepted", issues: [{ code: "unsupported_media_type", received: "text/plain" }] });
  });

  it("a truncated JSON body is told by its field names, and says where the text ends", () => {
    const result = normalizeRaw('{"identity": {"transaction_identity": {"id": "1",\n  "state": "comp', {});
    expect(result).toMatchObject({ ok: false, provider: "netki", issues: [{ code: "invalid_json", line: 2, column: 17 }] });
  });

  it("a text that is neither JSON nor a form body says where it starts", () => {
    const result = normalizeRaw("\n  Dear integrator,\n", {});
    expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ code: "unknown_format", line: 2, column: 3 })] });
  });

  it("an empty body is empty even when the provider is given", () => {
    const result = normalizeRaw("  \n", { provider: "netki" });
    expect(result).toMatchObject({ ok: false, provider: "netki", issues: [{ code: "empty_body" }] });
  });
});

describe("normalizeRaw", () => {
  it("never throws, whatever the body and the provider claimed", () => {
    const bodies: (string | Uint8Array)[] = [
      ...foreignBodies.map((entry) => entry.body),
      "null",
      "{\"event\":",
      "callBackType=NETVERIFYID&verificationStatus=%ZZ",
      "a".repeat(100_000),
      JSON.stringify({ identity: { transaction_identity: null } }),
      JSON.stringify({ type: "KycIdentification.Approved", payload: [] }),
      JSON.stringify({ reference: 1, event: "verification.accepted" }),
    ];
    for (const body of bodies) {
      for (const provider of [undefined, "jumio", "shufti", "ondato", "netki"] as const) {
        for (const contentType of [undefined, "application/json", "application/x-www-form-urlencoded"]) {
          expect(() => normalizeRaw(body, { provider, contentType })).not.toThrow();
        }
      }
    }
  });

  it("reports a provider's parse issues with their paths, the kind and the raw eventId", () => {
    const fixture = shuftiFixture("invalid/verification.accepted.bad-dob");
    const result = normalizeRaw(fixture.body, { contentType: fixture.contentType });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.provider).toBe("shufti");
    expect(result.kind).toBe("verification.accepted");
    expect(result.issues.some((issue) => issue.path.join(".").includes("dob"))).toBe(true);
    expect(result.eventId).toBe(rawEventId("shufti", fixture.body));
    expect(result.decoded).toBeDefined();
  });

  it("refuses a body sent with the wrong content type for its provider", () => {
    const fixture = shuftiFixture("verification.accepted");
    const result = normalizeRaw(fixture.body, { contentType: "application/x-www-form-urlencoded", provider: "shufti" });
    expect(result.ok).toBe(false);
  });

  it("accepts a string, a Uint8Array and an ArrayBuffer alike", () => {
    const fixture = shuftiFixture("verification.accepted");
    const fromBytes = normalizeRaw(fixture.body, { contentType: fixture.contentType });
    const fromText = normalizeRaw(fixture.text, { contentType: fixture.contentType });
    const copy = new Uint8Array(fixture.body);
    const fromBuffer = normalizeRaw(copy.buffer, { contentType: fixture.contentType });
    expect(fromText).toEqual(fromBytes);
    expect(fromBuffer).toEqual(fromBytes);
  });
});

describe("Ondato's IdentityVerification.StatusChanged without data", () => {
  it("normalizes to status unknown with needsRefresh, keeping Ondato's webhook id as eventId", async () => {
    const { getFixture } = await import("@kyc-webhooks/ondato/fixtures");
    const envelope = JSON.parse(getFixture("identity-verification.status-changed").text) as Record<string, unknown>;
    for (const payload of [{}, { id: "89e50d98-c556-4818-8562-3cd98608bf09" }]) {
      const result = normalizeRaw(JSON.stringify({ ...envelope, payload }), { contentType: "application/json" });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.event).toMatchObject({ provider: "ondato", status: "unknown", needsRefresh: true, type: "verification.status_changed", eventId: `ondato:id:${String(envelope.id)}` });
    }
  });

  it("is still refused when the envelope is broken or the payload has a status that fails validation", async () => {
    const { getFixture } = await import("@kyc-webhooks/ondato/fixtures");
    const envelope = JSON.parse(getFixture("identity-verification.status-changed").text) as Record<string, unknown>;
    expect(normalizeRaw(JSON.stringify({ ...envelope, applicationId: undefined, payload: {} }), { contentType: "application/json" }).ok).toBe(false);
    expect(normalizeRaw(JSON.stringify({ ...envelope, payload: { status: "Bogus" } }), { contentType: "application/json" }).ok).toBe(false);
  });
});

describe("strictness", () => {
  it("refuses a callback that breaks a documented rule by default, and normalizes it with a warning when tolerant", () => {
    const fixture = jumioFixture("invalid/netverify-id.fraud-with-not-readable-code");
    const strict = normalizeRaw(fixture.body, { contentType: fixture.contentType });
    expect(strict).toMatchObject({ ok: false, provider: "jumio", issues: [expect.objectContaining({ code: "rule_broken" })] });
    const tolerant = normalizeRaw(fixture.body, { contentType: fixture.contentType, strictness: "tolerant" });
    expect(tolerant).toMatchObject({ ok: true, provider: "jumio", event: { status: "declined" }, warnings: [{ rule: "jumio.reject-reason-code-of-status" }] });
  });

  it("normalizes a value no document lists to unknown when tolerant, keeping the raw value", () => {
    const fixture = jumioFixture("invalid/netverify-id.unknown-status");
    const result = normalizeRaw(fixture.body, { contentType: fixture.contentType, strictness: "tolerant" });
    if (!result.ok) expect.fail(JSON.stringify(result.issues));
    expect(result.event.status).toBe("unknown");
    expect(result.warnings).toEqual([expect.objectContaining({ code: "unknown_value", rule: "unknown-enum-value", path: ["verificationStatus"] })]);
    expect((result.event.raw as { verificationStatus: unknown }).verificationStatus).toBe("APPROVED");
  });

  it("reads a credit card's issueDate as its expiry date, as Jumio currently returns it", () => {
    const fixture = jumioFixture("document-verification.credit-card-expiry-as-issue-date");
    const result = normalizeRaw(fixture.body, { contentType: fixture.contentType });
    if (!result.ok) expect.fail(JSON.stringify(result.issues));
    expect(result.event.document).toMatchObject({ expiresAt: "2030-12-31" });
    expect(result.event.document?.issuedAt).toBeUndefined();
  });
});

describe("the README's two ways in", () => {
  it("give the same event: verifyAndParse then normalize, and normalizeRaw of the same bytes", async () => {
    const shufti = createWebhooks({ secretKey: "test-secret-key-not-real" });
    const delivery = shufti.simulate("verification.accepted");
    const verified = await shufti.verifyAndParse(delivery);
    if (!verified.ok) throw new Error(`verifyAndParse refused the simulated delivery at ${verified.stage}`);
    const raw = normalizeRaw(delivery.body, { contentType: delivery.headers["content-type"] });
    expect(raw.ok && raw.event).toEqual(normalize("shufti", verified.value));
  });
});

describe("the reference of a body that fails validation", () => {
  // Each valid sample with one member given a shape no schema allows: the body is quarantined even when
  // parsing is tolerant, and it still names the verification its valid form belongs to.
  const broken: readonly { readonly provider: ProviderName; readonly fixture: Fixture; readonly breakIt: (body: Record<string, unknown>) => unknown }[] = [
    { provider: "shufti", fixture: shuftiFixture("verification.accepted"), breakIt: (body) => ({ ...body, verification_result: "not an object" }) },
    { provider: "shufti", fixture: shuftiFixture("verification.accepted"), breakIt: (body) => ({ ...body, event: 42 }) },
    { provider: "ondato", fixture: ondatoFixture("kyc-identification.rejected"), breakIt: (body) => ({ ...body, payload: { ...(body.payload as object), document: "not an object" } }) },
    { provider: "ondato", fixture: ondatoFixture("identity-verification.status-changed"), breakIt: (body) => ({ ...body, createdUtc: 7 }) },
    { provider: "netki", fixture: netkiFixture("transaction.completed"), breakIt: (body) => ({ identity: { ...(body.identity as object), created: 7 } }) },
    { provider: "jumio", fixture: jumioFixture("workflow-execution.processed"), breakIt: (body) => ({ ...body, workflowExecution: { ...(body.workflowExecution as object), status: 7 } }) },
  ];
  for (const { provider, fixture, breakIt } of broken) {
    it(`is the valid form's for a broken ${fixture.name}`, () => {
      const valid = normalizeRaw(fixture.body, { provider, contentType: fixture.contentType, strictness: "tolerant" });
      expect(valid.ok).toBe(true);
      const reference = valid.ok ? verificationReferenceOf(valid.event) : undefined;
      expect(reference).toBeTruthy();
      const result = normalizeRaw(JSON.stringify(breakIt(JSON.parse(fixture.text) as Record<string, unknown>)), { provider, contentType: fixture.contentType, strictness: "tolerant" });
      expect(result).toMatchObject({ ok: false, reference });
    });
  }

  it("is read from a Jumio form that fails validation, and absent where the body does not decode or names none", () => {
    const form = jumioFixture("invalid/netverify-id.bad-timestamp");
    const result = normalizeRaw(form.body, { provider: "jumio", contentType: form.contentType, strictness: "tolerant" });
    expect(result).toMatchObject({ ok: false, reference: new URLSearchParams(form.text).get("jumioIdScanReference") });
    const cut = shuftiFixture("invalid/verification.declined.missing-comma");
    expect(normalizeRaw(cut.body, { provider: "shufti", contentType: cut.contentType })).not.toHaveProperty("reference");
    expect(normalizeRaw('{"event":"verification.accepted","reference":{"id":"r-1"}}', { provider: "shufti", contentType: "application/json" })).not.toHaveProperty("reference");
    expect(normalizeRaw('{"identity":[]}', { provider: "netki", contentType: "application/json" })).not.toHaveProperty("reference");
  });
});
