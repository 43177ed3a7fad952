/**
 * Both OpenAPI documents under Redocly CLI's `recommended` rules (redocly.yaml) and Spectral's `oas`
 * ruleset (.spectral.yaml), as the tools run from the command line: no errors and no warnings. Each rule the
 * configs turn off, and each place .redocly.lint-ignore.yaml and the ruleset's overrides ignore, says why.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const packageFolder = fileURLToPath(new URL("../", import.meta.url));
const documents = ["generated/openapi.json", "generated/receiver-openapi.json"];
const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

interface Problem {
  readonly rule: string;
  readonly severity: string;
  readonly where: string;
}

/** Runs a linter that exits non-zero on errors; its JSON report is on stdout either way. */
function report(command: string, args: readonly string[]): string {
  try {
    // Redocly's usage telemetry and update check stay off: the tests talk to nothing outside the machine.
    const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
    return execFileSync(bin(command), args, { cwd: packageFolder, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? "");
  }
}

describe("the OpenAPI documents under the standard linters", () => {
  for (const document of documents) {
    it(`${document} has no errors and no warnings under Redocly CLI's recommended rules, and every place the ignore file lists is still one`, () => {
      // One document per run: with several, Redocly writes one JSON report after another.
      const result = JSON.parse(report("redocly", ["lint", "--config", "redocly.yaml", "--format", "json", document])) as {
        totals: { errors: number; warnings: number; ignored: number };
        problems: { ruleId: string; severity: string; location: { pointer: string }[] }[];
      };
      const problems: Problem[] = result.problems
        .filter((problem) => problem.severity === "error" || problem.severity === "warn")
        .map((problem) => ({ rule: problem.ruleId, severity: problem.severity, where: problem.location[0]?.pointer ?? "" }));
      expect(problems).toEqual([]);
      expect([result.totals.errors, result.totals.warnings]).toEqual([0, 0]);
      const ignoreFile = parse(readFileSync(new URL("../.redocly.lint-ignore.yaml", import.meta.url), "utf8")) as Record<string, Record<string, string[]>>;
      const listed = Object.values(ignoreFile[document] ?? {}).flat().length;
      expect(result.totals.ignored).toBe(listed);
    }, 120_000);
  }

  it("both have no errors and no warnings under Spectral's oas ruleset", () => {
    const results = JSON.parse(report("spectral", ["lint", "--ruleset", ".spectral.yaml", "--format", "json", "--quiet", ...documents]) || "[]") as {
      code: string;
      severity: number;
      path: string[];
    }[];
    // Spectral's severities: 0 error, 1 warning, 2 information, 3 hint.
    const problems: Problem[] = results
      .filter((result) => result.severity <= 1)
      .map((result) => ({ rule: result.code, severity: result.severity === 0 ? "error" : "warning", where: result.path.join("/") }));
    expect(problems).toEqual([]);
  }, 120_000);
});
