import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedFolder } from "../src/index.js";
import { strictAjv } from "./ajv.js";
import { fixtureCases } from "./project-fixtures.js";

/** Negative fixtures the JSON Schema cannot refuse: a documented rule between fields (`breaks`), or a check it has no keyword for. */
const beyondJsonSchema = new Set(["netki/invalid/business-config.update.basic-without-credentials.json", "shufti/invalid/verification-request.callback-url-scheme.json"]);
const checkedByPackagesOnly = (fixture: { provider: string; file: string; valid: boolean; breaks?: string }): boolean =>
  !fixture.valid && (fixture.breaks !== undefined || beyondJsonSchema.has(`${fixture.provider}/${fixture.file}`));

const ajv = strictAjv();
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
function validatorFor(file: string) {
  let validate = validators.get(file);
  if (!validate) {
    validate = ajv.compile(JSON.parse(readFileSync(new URL(file, generatedFolder), "utf8")) as object);
    validators.set(file, validate);
  }
  return validate;
}

const cases = fixtureCases();

describe("every fixture against its committed JSON Schema, with ajv (draft 2020-12, strict, formats)", () => {
  it("covers the fixtures of every provider", () => {
    expect(new Set(cases.map((c) => c.fixture.provider))).toEqual(new Set(["jumio", "netki", "ondato", "shufti"]));
  });

  for (const { fixture, schemaFile, decoded } of cases) {
    if (checkedByPackagesOnly(fixture)) continue;
    const name = `${fixture.provider}/${fixture.file} (${schemaFile.replace("json-schema/", "")})`;
    if (fixture.valid) {
      it(`${name} validates`, () => {
        expect(decoded.ok ? "decoded" : decoded.reason).toBe("decoded");
        const validate = validatorFor(schemaFile);
        const valid = validate(decoded.ok ? decoded.value : undefined);
        expect(validate.errors ?? []).toEqual([]);
        expect(valid).toBe(true);
      });
    } else if (!decoded.ok) {
      it(`${name} is refused at decoding, before any schema (${decoded.reason})`, () => {
        expect(decoded.ok).toBe(false);
      });
    } else {
      it(`${name} fails validation`, () => {
        expect(validatorFor(schemaFile)(decoded.value)).toBe(false);
      });
    }
  }
});
