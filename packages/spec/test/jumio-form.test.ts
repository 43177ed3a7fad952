import { readFileSync } from "node:fs";
import { decodeFormBody } from "@kyc-webhooks/jumio";
import { describe, expect, it } from "vitest";
import { formSchemaFile, generatedFolder } from "../src/index.js";
import type { JsonSchema } from "../src/post-process.js";
import { strictAjv } from "./ajv.js";
import { fixtureCases } from "./project-fixtures.js";

const ajv = strictAjv();
const forms = fixtureCases().filter(({ fixture }) => fixture.valid && fixture.contentType.startsWith("application/x-www-form-urlencoded"));
const read = (file: string) => JSON.parse(readFileSync(new URL(file, generatedFolder), "utf8")) as JsonSchema;
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
const validatorFor = (file: string, schema: JsonSchema) => {
  if (!compiled.has(file)) compiled.set(file, ajv.compile(schema));
  return compiled.get(file)!;
};

/** The form's JSON fields, from the schema: every property (also of a union's branches) with contentMediaType application/json. */
function jsonFieldSchemas(schema: JsonSchema): Map<string, JsonSchema> {
  const fields = new Map<string, JsonSchema>();
  const defs = (schema["$defs"] ?? {}) as Record<string, JsonSchema>;
  for (const node of [schema, ...Object.values(defs)]) {
    for (const [name, property] of Object.entries((node["properties"] ?? {}) as Record<string, JsonSchema>)) {
      if (property["contentMediaType"] === "application/json") fields.set(name, property["contentSchema"] as JsonSchema);
    }
  }
  return fields;
}

describe("Jumio's forms as they travel (<kind>.form.json: JSON fields as text with contentMediaType and contentSchema)", () => {
  it("covers the valid form fixtures", () => {
    expect(forms.length).toBeGreaterThan(5);
  });

  for (const { fixture } of forms) {
    it(`${fixture.file}: its fields (each key once, the last value) validate, and each JSON field's text is JSON its contentSchema accepts`, () => {
      const file = formSchemaFile(fixture.provider, fixture.kind);
      const schema = read(file);
      const pairs = decodeFormBody(fixture.body);
      const form = Object.fromEntries(pairs);
      const validate = validatorFor(file, schema);
      expect(validate(form) ? [] : validate.errors).toEqual([]);
      const repeated = new Set(pairs.map(([key]) => key).filter((key, index, keys) => keys.indexOf(key) !== index));
      for (const [name, contentSchema] of jsonFieldSchemas(schema)) {
        // A repeated key carries one URL per value (the repeated-key rule), not JSON text.
        if (!(name in form) || repeated.has(name)) continue;
        const check = ajv.compile({ $defs: schema["$defs"] ?? {}, ...contentSchema });
        expect(check(JSON.parse(form[name]!)) ? [] : check.errors, name).toEqual([]);
      }
    });
  }
});
