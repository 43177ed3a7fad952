import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ansiPattern, providers, repoFixtures, run, runOnTerminal } from "./helpers.js";

interface JsonIssue {
  path: (string | number)[];
  field: string;
  code: string;
  message: string;
  line?: number;
  column?: number;
}
interface JsonResult {
  input: string;
  ok: boolean;
  provider?: string;
  kind?: string;
  eventId?: string;
  type?: string;
  status?: string;
  finality?: string;
  issues: JsonIssue[];
}
interface JsonOutput {
  ok: boolean;
  summary: { total: number; valid: number; invalid: number; skipped: number };
  results: JsonResult[];
}

const fixtures = repoFixtures();
const valid = fixtures.filter((fixture) => fixture.valid);
const invalid = fixtures.filter((fixture) => !fixture.valid);

describe("validate --json over every fixture of every provider", () => {
  let output: JsonOutput;
  let code: number;
  beforeAll(async () => {
    const result = await run(["validate", "--json", ...fixtures.map((fixture) => fixture.path)]);
    code = result.code;
    output = JSON.parse(result.stdout) as JsonOutput;
  });

  it("covers the fixtures of all four providers", () => {
    for (const provider of providers) expect(fixtures.filter((fixture) => fixture.provider === provider).length, provider).toBeGreaterThan(0);
  });

  it("prints { ok, summary, results[] } with one result per input, in order, and exits 1 because some fixtures are invalid", () => {
    expect(code).toBe(1);
    expect(output.ok).toBe(false);
    expect(output.summary).toEqual({ total: fixtures.length, valid: valid.length, invalid: invalid.length, skipped: 0 });
    expect(output.results.map((result) => result.input)).toEqual(fixtures.map((fixture) => fixture.path));
  });

  it("detects the provider and kind of every valid fixture, and says what it means", () => {
    for (const fixture of valid) {
      const result = output.results.find((candidate) => candidate.input === fixture.path);
      expect(result, fixture.file).toMatchObject({ ok: true, provider: fixture.provider, kind: fixture.kind, issues: [] });
      expect(result?.eventId).toMatch(new RegExp(`^${fixture.provider}:`));
      expect(result?.type).toEqual(expect.any(String));
      expect(result?.status).toEqual(expect.any(String));
      expect(["final", "non_final"]).toContain(result?.finality);
    }
  });

  it("refuses every invalid fixture with issues that carry a path and a code, never naming another provider", () => {
    for (const fixture of invalid) {
      const result = output.results.find((candidate) => candidate.input === fixture.path);
      expect(result?.ok, fixture.file).toBe(false);
      expect(result?.issues.length, fixture.file).toBeGreaterThan(0);
      for (const issue of result?.issues ?? []) {
        expect(issue).toMatchObject({ path: expect.any(Array), field: expect.any(String), code: expect.any(String), message: expect.any(String) });
      }
      // Some negative fixtures are built not to look like their provider (guessed shapes): those name no provider,
      // with the cause; all others are told to be their own provider's, detected or resembled.
      if (result?.provider === undefined) expect(result?.issues.map((issue) => issue.code), fixture.file).toEqual(["unknown_provider"]);
      else expect(result.provider, fixture.file).toBe(fixture.provider);
    }
  });
});

describe("validate --provider", () => {
  it("with the provider given, every fixture is valid or invalid exactly as its manifest says", async () => {
    const withFixtures = providers.filter((provider) => fixtures.some((fixture) => fixture.provider === provider));
    const results = await Promise.all(withFixtures.map((provider) => run(["validate", "--json", "--provider", provider, ...fixtures.filter((f) => f.provider === provider).map((f) => f.path)])));
    for (const result of results) {
      for (const entry of (JSON.parse(result.stdout) as JsonOutput).results) {
        const fixture = fixtures.find((candidate) => candidate.path === entry.input);
        expect(entry.ok, entry.input).toBe(fixture?.valid);
        expect(entry.provider, entry.input).toBe(fixture?.provider);
        if (entry.ok) expect(entry.kind).toBe(fixture?.kind);
      }
    }
  });

  it("given the wrong provider, a valid body is invalid", async () => {
    const shufti = valid.find((fixture) => fixture.provider === "shufti");
    const result = await run(["validate", "--json", "--provider", "netki", shufti?.path ?? ""]);
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as JsonOutput).results[0]).toMatchObject({ ok: false, provider: "netki" });
  });

  it("an unknown provider name is a usage error listing the known ones", async () => {
    const result = await run(["validate", "--provider", "acme", valid[0]?.path ?? ""]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown provider "acme"');
    expect(result.stderr).toContain("jumio, shufti, ondato, netki");
  });
});

describe("validate, readable output", () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "kyc-cli-validate-"));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("exits 0 when every input is valid, printing the provider, kind and meaning", async () => {
    const some = valid.slice(0, 3);
    const result = await run(["validate", ...some.map((fixture) => fixture.path)]);
    expect(result.code).toBe(0);
    for (const fixture of some) expect(result.stdout).toContain(`${fixture.path}  ${fixture.provider} ${fixture.kind}`);
    expect(result.stdout).toContain(`${some.length} inputs: ${some.length} valid, 0 invalid`);
  });

  it("points at the offending field: its path and line:column in the file, without quoting the value", async () => {
    const source = JSON.parse(readFileSync(valid.find((fixture) => fixture.provider === "shufti" && fixture.kind === "verification.accepted")?.path ?? "", "utf8")) as {
      verification_data: { document: Record<string, unknown> };
    };
    source.verification_data.document.dob = "31/12/1990";
    const file = join(folder, "bad-dob.json");
    writeFileSync(file, JSON.stringify(source, null, 2));
    const lines = JSON.stringify(source, null, 2).split("\n");
    const after = (from: number, key: string) => lines.findIndex((text, index) => index > from && text.includes(`"${key}"`));
    const line = after(after(after(-1, "verification_data"), "document"), "dob") + 1;
    const column = (lines[line - 1] ?? "").indexOf('"dob"') + 1;

    const result = await run(["validate", file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("✖ invalid");
    expect(result.stdout).toContain("verification_data.document.dob");
    expect(result.stdout).toContain(`${file}:${line}:${column}`);
    expect(result.stdout).not.toContain("31/12/1990");
  });

  it("reads a body from stdin with -", async () => {
    const fixture = valid.find((candidate) => candidate.provider === "netki");
    const result = await run(["validate", "--json", "-"], { input: readFileSync(fixture?.path ?? "") });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as JsonOutput).results[0]).toMatchObject({ input: "-", ok: true, provider: "netki", kind: fixture?.kind });
  });

  it("says when a body is of no known provider, and what to do", async () => {
    const result = await run(["validate", "-"], { input: '{"hello":"world"}' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("unknown provider");
    expect(result.stdout).toContain("--provider");
  });

  it("a missing file is reported with the other inputs, which are still validated; --json stays one document", async () => {
    const missing = join(folder, "nope.json");
    const result = await run(["validate", "--json", missing, valid[0]?.path ?? ""]);
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout) as JsonOutput;
    expect(output.summary).toMatchObject({ total: 2, valid: 1, invalid: 1 });
    expect(output.results[0]).toMatchObject({ input: missing, ok: false, issues: [{ code: "read_error", message: "Cannot read it: no such file or directory" }] });
    const plain = await run(["validate", missing]);
    expect(plain.stdout).toContain(`✖ invalid  ${missing}  cannot read it`);
  });
});

describe("validate, a directory as CI gives it", () => {
  let folder: string;
  const callback = () => valid.find((fixture) => fixture.provider === "ondato")?.path ?? "";
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "kyc-cli-dir-"));
    mkdirSync(join(folder, "captured"));
    mkdirSync(join(folder, "drafts"));
    cpSync(callback(), join(folder, "captured", "ondato.json"));
    cpSync(callback(), join(folder, "drafts", "ondato.json"));
    writeFileSync(join(folder, "captured", "broken.json"), '{"id": "x", "type": "KycIdentification.Approved", "payload": {');
    writeFileSync(join(folder, "index.json"), JSON.stringify([{ file: "captured/ondato.json" }]));
    writeFileSync(join(folder, "README.md"), "# Captured callbacks\n\nFrom staging.\n");
    writeFileSync(join(folder, "api-sample.json"), JSON.stringify({ data: { items: [] }, page: 1 }));
    writeFileSync(join(folder, ".env"), "SECRET=x\n");
    symlinkSync(join(folder, "nowhere.json"), join(folder, "dangling.json"));
    symlinkSync(join(folder, "captured", "ondato.json"), join(folder, "linked.json"));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("validates the callback files only, and lists every skipped file with its reason", async () => {
    const result = await run(["validate", "--json", folder]);
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout) as JsonOutput & { skipped: { input: string; reason: string }[] };
    expect(output.results.map((entry) => [entry.input.slice(folder.length + 1), entry.ok])).toEqual([
      ["captured/broken.json", false],
      ["captured/ondato.json", true],
      ["drafts/ondato.json", true],
      ["linked.json", true],
    ]);
    expect(Object.fromEntries(output.skipped.map((entry) => [entry.input.slice(folder.length + 1), entry.reason]))).toEqual({
      ".env": "a dot-file",
      "api-sample.json": "not a callback: no provider's callback",
      "dangling.json": "a symbolic link to nothing",
      "index.json": "not a callback: a JSON value that is not an object",
      "README.md": "not a callback: neither JSON nor a form body",
    });
    expect(output.summary).toEqual({ total: 4, valid: 3, invalid: 1, skipped: 5 });
  });

  it("--include and --exclude choose the files; what they leave out is listed too", async () => {
    const result = await run(["validate", folder, "--include", "**/*.json", "--exclude", "drafts/**", "--exclude", "broken.json"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`- skipped  ${join(folder, "drafts", "ondato.json")}  matched by --exclude`);
    expect(result.stdout).toContain(`- skipped  ${join(folder, "README.md")}  not matched by --include **/*.json`);
    // With --include the matching files are validated, callbacks or not.
    expect(result.stdout).toContain(`✖ invalid  ${join(folder, "index.json")}`);
    expect(result.stdout).toContain(`- skipped  ${join(folder, "captured", "broken.json")}  matched by --exclude`);
  });
});

describe("validate, a directory of many files", () => {
  let folder: string;
  const count = 300;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "kyc-cli-many-"));
    const sample = valid.find((fixture) => fixture.provider === "shufti");
    for (let index = 0; index < count; index += 1) cpSync(sample?.path ?? "", join(folder, `callback-${String(index).padStart(4, "0")}.json`));
    writeFileSync(join(folder, "zz-broken.json"), '{"reference": ');
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("shows a progress bar on a terminal", async () => {
    const result = await runOnTerminal(["validate", folder]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${count + 1}/${count + 1}`);
    // eslint-disable-next-line no-control-regex
    expect(result.stdout).toMatch(/\r\u001b\[2Kvalidating .*█/);
    expect(result.stdout).toContain(`${count + 1} inputs`);
  });

  it("shows no progress bar when piped: plain lines only", async () => {
    const result = await run(["validate", folder]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout).not.toContain("\r");
    expect(result.stdout).not.toMatch(ansiPattern);
    expect(result.stdout.split("\n").filter((line) => line.startsWith("✔ valid"))).toHaveLength(count);
    expect(result.stdout).toContain(`${count + 1} inputs: ${count} valid, 1 invalid`);
  });
});
