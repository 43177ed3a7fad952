import { beforeAll, describe, expect, it } from "vitest";
import { repoFixtures, run } from "./helpers.js";

interface JsonIssue {
  readonly path: (string | number)[];
  readonly code: string;
  readonly message: string;
}
interface JsonResult {
  readonly input: string;
  readonly ok: boolean;
  readonly issues: JsonIssue[];
  readonly warnings: (JsonIssue & { rule?: string })[];
}
interface JsonOutput {
  readonly ok: boolean;
  readonly results: JsonResult[];
}

/** The fixtures that break one documented rule (or hold a value no document lists), and the ones that keep them all. */
const fixtures = repoFixtures();
const breaking = fixtures.filter((fixture) => fixture.breaks !== undefined);
const valid = fixtures.filter((fixture) => fixture.valid);

describe("validate, strict and --tolerant", () => {
  let strict: JsonOutput;
  let tolerant: JsonOutput;
  let strictCode: number;
  let tolerantCode: number;
  beforeAll(async () => {
    const inputs = [...breaking, ...valid].map((fixture) => fixture.path);
    const [strictRun, tolerantRun] = await Promise.all([run(["validate", "--json", ...inputs]), run(["validate", "--json", "--tolerant", ...inputs])]);
    strictCode = strictRun.code;
    tolerantCode = tolerantRun.code;
    strict = JSON.parse(strictRun.stdout) as JsonOutput;
    tolerant = JSON.parse(tolerantRun.stdout) as JsonOutput;
  });

  it("has rule-breaking fixtures of the providers whose documents state rules or closed enumerations", () => {
    expect([...new Set(breaking.map((fixture) => fixture.provider))].sort()).toEqual(["jumio", "netki", "ondato", "shufti"]);
  });

  it("refuses each rule-breaking fixture by default, naming the rule it breaks", () => {
    expect(strictCode).toBe(1);
    for (const fixture of breaking) {
      const result = strict.results.find((entry) => entry.input === fixture.path);
      expect(result?.ok, fixture.file).toBe(false);
      const named = fixture.breaks === "unknown-enum-value" ? result?.issues.some((issue) => issue.code === "invalid_value") : result?.issues.some((issue) => issue.code === "rule_broken" && issue.message.includes(fixture.breaks ?? ""));
      expect(named, fixture.file).toBe(true);
    }
  });

  it("accepts each rule-breaking fixture with --tolerant, with a warning naming the rule, and every conforming fixture without one", () => {
    expect(tolerantCode).toBe(0);
    for (const fixture of breaking) {
      const result = tolerant.results.find((entry) => entry.input === fixture.path);
      expect(result?.ok, fixture.file).toBe(true);
      expect(result?.warnings.map((warning) => warning.rule), fixture.file).toContain(fixture.breaks);
    }
    for (const fixture of valid) expect(tolerant.results.find((entry) => entry.input === fixture.path)?.warnings, fixture.file).toEqual([]);
  });

  it("prints the warnings of a tolerant result under its valid line", async () => {
    // An approved callback whose idScanStatus says ERROR: it breaks exactly one rule.
    const fixture = breaking.find((entry) => entry.path.endsWith("invalid/netverify-id.approved-with-error-scan-status.txt"));
    const result = await run(["validate", "--tolerant", fixture?.path ?? ""]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✔ valid[\s\S]*1 warning \(accepted because --tolerant\)/);
    expect(result.stdout).toContain(fixture?.breaks ?? "(none)");
  });
});
