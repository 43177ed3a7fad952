import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoFixtures, run } from "./helpers.js";

/*
 * Each way a body can fail, run through the built binary with and without --provider: the output names the
 * cause (and where it is) either way, never just "not a callback of any known provider".
 */

const fixtures = repoFixtures();
const fixturePath = (provider: string, name: string) => {
  const fixture = fixtures.find((candidate) => candidate.provider === provider && candidate.name === name);
  if (!fixture) throw new Error(`no ${provider} fixture ${name}`);
  return fixture.path;
};

let folder: string;
const file = (name: string) => join(folder, name);

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "kyc-cli-causes-"));
  const shufti = readFileSync(fixturePath("shufti", "verification.accepted"), "utf8");
  writeFileSync(file("empty.json"), "");
  writeFileSync(file("binary.bin"), new Uint8Array([0x7b, 0x00, 0xff, 0xfe, 0x01]));
  writeFileSync(file("letter.txt"), "Dear integrator,\nthe callback follows.\n");
  writeFileSync(file("form.txt"), "callBackType=NETVERIFYID&jumioIdScanReference=x&\nid Type=PASSPORT");
  writeFileSync(file("shufti.json"), shufti);
  writeFileSync(file("shufti-mistyped-field.json"), shufti.replace('"reference"', '"referense"'));
  writeFileSync(file("shufti-new-event.json"), shufti.replace('"verification.accepted"', '"verification.approved"'));
  writeFileSync(file("ondato-new-type.json"), JSON.stringify({ id: "x", type: "KycIdentification.Escalated", createdUtc: "2025-01-01T00:00:00Z", payload: {} }, null, 2));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs `validate` on one input, without and then with the provider; returns both outputs. */
async function both(input: string, provider: string, extra: readonly string[] = []): Promise<[string, string]> {
  const without = await run(["validate", ...extra, input]);
  const withProvider = await run(["validate", "-p", provider, ...extra, input]);
  expect(without.code).toBe(1);
  expect(withProvider.code).toBe(1);
  return [without.stdout, withProvider.stdout];
}

describe("validate names why a body failed, with and without -p", () => {
  it("an empty file is empty", async () => {
    for (const output of await both(file("empty.json"), "shufti")) {
      expect(output).toContain("The body is empty");
      expect(output).toContain("[empty_body]");
    }
  });

  it("a binary file is binary", async () => {
    const [without, withProvider] = await both(file("binary.bin"), "ondato");
    expect(without).toContain("The body is binary, not text: it is not valid UTF-8");
    expect(withProvider).toContain("not valid UTF-8 [invalid_utf8]");
  });

  it("truncated JSON is not JSON, with the line and column in the file:line:col slot", async () => {
    const truncated = fixturePath("netki", "invalid/transaction.truncated.not-json");
    const [without, withProvider] = await both(truncated, "netki");
    for (const output of [without, withProvider]) {
      expect(output).toMatch(new RegExp(`at ${truncated.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:11:52`));
      expect(output).toContain("[invalid_json]");
    }
    expect(without).toContain("looks like netki, but");
  });

  it("the project's negative fixtures that promise invalid_json show it without -p", async () => {
    const promised = fixtures.filter((fixture) => !fixture.valid && /invalid_json|not JSON|not valid JSON|cut off/.test(fixture.description) && !/ holds /.test(fixture.description));
    expect(promised.length).toBeGreaterThanOrEqual(3);
    const result = await run(["validate", "--json", ...promised.map((fixture) => fixture.path)]);
    const output = JSON.parse(result.stdout) as { results: { input: string; issues: { code: string; line?: number }[] }[] };
    for (const entry of output.results) expect(entry.issues.map((issue) => issue.code), entry.input).toContain("invalid_json");
  });

  it("text that is neither JSON nor a form body says so, at its first character", async () => {
    const [without, withProvider] = await both(file("letter.txt"), "jumio");
    expect(without).toContain("neither JSON nor a form body");
    expect(withProvider).toContain("Not a form body");
    for (const output of [without, withProvider]) expect(output).toContain(`at ${file("letter.txt")}:1:1`);
  });

  it("a form body that is not well formed is refused as a form body", async () => {
    for (const output of await both(file("form.txt"), "jumio")) {
      expect(output).toContain("[invalid_form]");
      expect(output).toContain(`at ${file("form.txt")}:2:1`);
    }
  });

  it("a body with a content type no provider sends names the content type", async () => {
    const [without, withProvider] = await both(file("shufti.json"), "shufti", ["--content-type", "text/plain"]);
    expect(without).toContain("looks like shufti verification.accepted, but");
    for (const output of [without, withProvider]) expect(output).toMatch(/\[unsupported_media_type\]/);
    expect(withProvider).toContain("received text/plain");
  });

  it("one mistyped field reads 'looks like <provider> <kind>, but' with that provider's issue", async () => {
    const [without, withProvider] = await both(file("shufti-mistyped-field.json"), "shufti");
    expect(without).toContain("looks like shufti verification.accepted, but");
    for (const output of [without, withProvider]) {
      expect(output).toContain("→ reference");
      expect(output).toContain("Required");
    }
  });

  it("an unlisted Shufti event reads 'shufti, unknown event' and shows the event received", async () => {
    for (const output of await both(file("shufti-new-event.json"), "shufti")) {
      expect(output).toContain("shufti, unknown event");
      expect(output).toContain('received "verification.approved"');
    }
  });

  it("a new Ondato webhook type reads 'ondato, unknown type' with the type's position", async () => {
    for (const output of await both(file("ondato-new-type.json"), "ondato")) {
      expect(output).toContain("ondato, unknown type");
      expect(output).toContain(`at ${file("ondato-new-type.json")}:3:3`);
      expect(output).toContain('received "KycIdentification.Escalated"');
    }
  });

  it("an enum value out of the list shows the value received and the allowed ones", async () => {
    const result = await run(["validate", fixturePath("ondato", "invalid/kyc-identification.rejected.unknown-status")]);
    expect(result.stdout).toContain('Expected one of "Awaiting" | "Approved" | "Rejected", received "Declined"');
  });

  it("a date in the wrong format says the expected format", async () => {
    const result = await run(["validate", fixturePath("shufti", "invalid/verification.accepted.bad-dob")]);
    expect(result.stdout).toContain("expected a date YYYY-MM-DD");
  });

  it("a Jumio timestamp in the wrong format says the timestamp's form, not a regex", async () => {
    const result = await run(["validate", fixturePath("jumio", "invalid/netverify-id.bad-timestamp")]);
    expect(result.stdout).toContain("a timestamp YYYY-MM-DDThh:mm:ss[.SSS]Z (UTC)");
    expect(result.stdout).not.toContain("matching /");
  });
});
