import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { getFixture } from "../src/fixtures.js";
import { computeSignature, parseCallback, verifySignature } from "../src/index.js";

vi.mock("@kyc-webhooks/core", { spy: true });
const core = await import("@kyc-webhooks/core");

const secret = "test-secret-key-not-a-real-one";
const sha256 = (text: string | Uint8Array) => createHash("sha256").update(text).digest("hex");
const fixture = getFixture("verification.declined.php-escapes");

describe("computeSignature", () => {
  it("follows Shufti's two documented rules over the raw bytes", () => {
    expect(computeSignature(fixture.body, secret, "v2")).toBe(sha256(Buffer.concat([fixture.body, Buffer.from(sha256(secret))])));
    expect(computeSignature(fixture.body, secret, "v1")).toBe(sha256(Buffer.concat([fixture.body, Buffer.from(secret)])));
    expect(computeSignature(fixture.text, secret)).toBe(computeSignature(fixture.body, secret, "v2"));
  });
});

describe("verifySignature", () => {
  it("accepts the current rule in the Signature header and says so", () => {
    const headers = { signature: computeSignature(fixture.body, secret, "v2") };
    expect(verifySignature(fixture.body, headers, secret)).toEqual({ ok: true, algorithm: "v2", header: "signature" });
  });

  it("accepts the older rule in the sp_signature header and says so", () => {
    const headers = new Headers({ sp_signature: computeSignature(fixture.body, secret, "v1") });
    expect(verifySignature(fixture.body, headers, secret)).toEqual({ ok: true, algorithm: "v1", header: "sp_signature" });
  });

  it("accepts the older rule in the Signature header (2019 callbacks) and upper-case hex", () => {
    const headers = { Signature: computeSignature(fixture.body, secret, "v1").toUpperCase() };
    expect(verifySignature(fixture.body, headers, secret)).toEqual({ ok: true, algorithm: "v1", header: "signature" });
  });

  it("can be pinned to one rule or one header", () => {
    const v1 = { signature: computeSignature(fixture.body, secret, "v1") };
    expect(verifySignature(fixture.body, v1, secret, { algorithms: ["v2"] })).toMatchObject({ ok: false, reason: "signature_mismatch" });
    const sp = { sp_signature: computeSignature(fixture.body, secret, "v2") };
    expect(verifySignature(fixture.body, sp, secret, { headers: ["signature"] })).toMatchObject({ ok: false, reason: "missing_signature" });
  });

  it("refuses a wrong secret, a changed body, a missing or malformed header and an empty secret", () => {
    const headers = { signature: computeSignature(fixture.body, secret, "v2") };
    expect(verifySignature(fixture.body, headers, "another-secret")).toMatchObject({ ok: false, reason: "signature_mismatch" });
    expect(verifySignature(fixture.text.replace("SPDR07", "SPDR08"), headers, secret)).toMatchObject({ ok: false, reason: "signature_mismatch" });
    expect(verifySignature(fixture.body, {}, secret)).toMatchObject({ ok: false, reason: "missing_signature" });
    expect(verifySignature(fixture.body, undefined, secret)).toMatchObject({ ok: false, reason: "missing_signature" });
    expect(verifySignature(fixture.body, { signature: "not-hex" }, secret)).toMatchObject({ ok: false, reason: "malformed_signature" });
    expect(verifySignature(fixture.body, headers, "")).toMatchObject({ ok: false, reason: "missing_secret" });
  });

  it("verifies the raw bytes of a PHP body with escaped slashes, \\u escapes and raw UTF-8, which re-serialising would break", () => {
    expect(fixture.text).toContain("https:\\/\\/app.shuftipro.com");
    expect(fixture.text).toContain("\\u00fc");
    expect(fixture.text).toContain("Exämple");
    const headers = { signature: computeSignature(fixture.body, secret, "v2") };
    expect(verifySignature(fixture.body, headers, secret).ok).toBe(true);
    expect(verifySignature(new TextDecoder().decode(fixture.body), headers, secret).ok).toBe(true);

    const reserialised = JSON.stringify(JSON.parse(fixture.text));
    expect(reserialised).not.toBe(fixture.text);
    expect(reserialised).toContain("https://app.shuftipro.com");
    expect(verifySignature(reserialised, headers, secret)).toMatchObject({ ok: false, reason: "signature_mismatch" });
    expect(JSON.stringify(parseCallback(fixture.body))).not.toBe(fixture.text);
  });

  it("compares the digests with core's constant-time comparison", () => {
    const spy = vi.mocked(core.constantTimeEqual);
    spy.mockClear();
    verifySignature(fixture.body, { signature: computeSignature(fixture.body, secret, "v1") }, secret);
    expect(spy).toHaveBeenCalled();
    expect(spy.mock.calls.every(([a, b]) => typeof a === "string" && typeof b === "string" && a.length === 64 && b.length === 64)).toBe(true);
  });
});
