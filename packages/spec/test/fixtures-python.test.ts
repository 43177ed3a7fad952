import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { generatedFolder } from "../src/index.js";
import { fixtureCases } from "./project-fixtures.js";

/** Negative fixtures the JSON Schema cannot refuse: a documented rule between fields (`breaks`), or a check it has no keyword for. */
const beyondJsonSchema = new Set(["netki/invalid/business-config.update.basic-without-credentials.json", "shufti/invalid/verification-request.callback-url-scheme.json"]);
const checkedByPackagesOnly = (fixture: { provider: string; file: string; valid: boolean; breaks?: string }): boolean =>
  !fixture.valid && (fixture.breaks !== undefined || beyondJsonSchema.has(`${fixture.provider}/${fixture.file}`));

/**
 * Debian's python3-jsonschema installs for /usr/bin/python3 (`.ci/run` installs it when missing); a
 * pyenv `python3` earlier on PATH may not have it.
 */
const python = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const script = fileURLToPath(new URL("validate_fixtures.py", import.meta.url));

interface PythonReport {
  jsonschema: string;
  formats: string[];
  results: { name: string; valid: boolean; errors: string[] }[];
}

const cases = fixtureCases();
const work = mkdtempSync(join(tmpdir(), "kyc-webhooks-spec-python-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runPython(): PythonReport {
  const manifest = {
    cases: cases.flatMap(({ fixture, schemaFile, decoded }, index) => {
      if (!decoded.ok) return [];
      const instance = join(work, `${index}.json`);
      writeFileSync(instance, JSON.stringify(decoded.value));
      return [{ name: `${fixture.provider}/${fixture.file}`, schema: fileURLToPath(new URL(schemaFile, generatedFolder)), instance }];
    }),
  };
  const manifestFile = join(work, "manifest.json");
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return JSON.parse(execFileSync(python, [script, manifestFile], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })) as PythonReport;
}

describe("every fixture against its committed JSON Schema, with Python's jsonschema (Draft202012Validator, FormatChecker)", () => {
  const report = runPython();
  const results = new Map(report.results.map((result) => [result.name, result]));

  it(`runs jsonschema ${report.jsonschema}, with format assertion`, () => {
    expect(report.formats).toEqual(expect.arrayContaining(["email", "ipv4", "regex", "date"]));
  });

  for (const { fixture, decoded } of cases) {
    if (checkedByPackagesOnly(fixture)) continue;
    const name = `${fixture.provider}/${fixture.file}`;
    if (!decoded.ok) {
      it(`${name} is refused at decoding (not JSON), so no schema sees it`, () => {
        expect(fixture.valid).toBe(false);
        expect(results.has(name)).toBe(false);
      });
    } else {
      it(`${name} ${fixture.valid ? "validates" : "fails validation"}`, () => {
        const result = results.get(name);
        expect(result).toBeDefined();
        expect(result!.valid ? [] : result!.errors, fixture.valid ? "errors" : "must fail").toEqual(fixture.valid ? [] : expect.arrayContaining([expect.any(String)]));
        expect(result!.valid).toBe(fixture.valid);
      });
    }
  }
});
