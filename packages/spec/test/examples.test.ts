/**
 * `examples` in the generated documents: every object schema and every callback has at least one, each taken from a
 * valid fixture, and each is valid against the schema it illustrates. No allowlist: an object no fixture reaches fails
 * here until a fixture shows it (an API fixture of the object, or `objects` naming its place in a callback fixture).
 */
import { readFileSync } from "node:fs";
import type { OpenAPIObject, OperationObject, RequestBodyObject, ResponseObject } from "openapi3-ts/oas31";
import { describe, expect, it } from "vitest";
import { normalizeRaw } from "@kyc-webhooks/normalized";
import type { ProviderName } from "@kyc-webhooks/normalized";
import { atPointer } from "../src/bin/project-examples.js";
import { projectFixtures } from "../src/bin/project-fixtures.js";
import { projectSources } from "../src/bin/project-sources.js";
import { attachExamples, generatedFolder, objectSchemaFile } from "../src/index.js";
import type { JsonSchema } from "../src/post-process.js";
import { strictAjv, strictOpenApiAjv } from "./ajv.js";
import { fixtureCases } from "./project-fixtures.js";

const read = (file: string) => JSON.parse(readFileSync(new URL(file, generatedFolder), "utf8")) as unknown;
const document = read("openapi.json") as OpenAPIObject;
const components = document.components!.schemas as Record<string, JsonSchema>;
const index = read("index.json") as { schemas: { file: string; callbackKind?: string }[] };
const isObjectSchema = (schema: JsonSchema) => schema["type"] === "object";

/** The components of an OpenAPI document, each valid example checked by strict ajv against the component it is on. */
function invalidExamples(schemas: Record<string, JsonSchema>): { invalid: string[]; checked: number } {
  const ajv = strictOpenApiAjv();
  const defs = JSON.parse(JSON.stringify(schemas).replaceAll('"#/components/schemas/', '"#/$defs/')) as Record<string, JsonSchema>;
  ajv.addSchema({ $id: "urn:kyc-webhooks:components", $defs: defs });
  const invalid: string[] = [];
  let checked = 0;
  for (const [name, schema] of Object.entries(schemas)) {
    const examples = Array.isArray(schema["examples"]) ? (schema["examples"] as unknown[]) : [];
    const validate = ajv.getSchema(`urn:kyc-webhooks:components#/$defs/${name}`)!;
    examples.forEach((example, position) => {
      checked += 1;
      if (!validate(example)) invalid.push(`${name}/examples/${String(position)}: ${ajv.errorsText(validate.errors)}`);
    });
  }
  return { invalid, checked };
}

const withoutExamples = (schemas: Record<string, JsonSchema>, select: (schema: JsonSchema) => boolean) =>
  Object.entries(schemas)
    .filter(([, schema]) => select(schema) && (!Array.isArray(schema["examples"]) || schema["examples"].length === 0))
    .map(([name]) => name);

describe("examples in openapi.json", () => {
  it("are on every object schema of the components", () => {
    expect(Object.values(components).filter(isObjectSchema).length).toBeGreaterThan(100);
    expect(withoutExamples(components, isObjectSchema)).toEqual([]);
  });

  it("are on every webhook's request body, each named after its fixture", () => {
    const fixtureNames = new Set(projectFixtures().map((fixture) => fixture.name));
    const without: string[] = [];
    for (const [key, item] of Object.entries(document.webhooks ?? {})) {
      const media = Object.values(((item.post as OperationObject).requestBody as RequestBodyObject).content);
      const examples = media.flatMap((entry) => Object.keys(entry.examples ?? {}));
      if (examples.length === 0) without.push(key);
      for (const name of examples) expect(fixtureNames, `${key}: ${name}`).toContain(name);
    }
    expect(without).toEqual([]);
  });

  it("are on a provider API operation's answer where a fixture is that answer (Shufti's verification request), each named after its fixture", () => {
    const answers = projectFixtures().filter((fixture) => fixture.valid && fixture.response !== undefined);
    expect(answers.length).toBeGreaterThan(0);
    const operations = Object.values(document.paths ?? {}).flatMap((item) => Object.values(item) as OperationObject[]);
    for (const fixture of answers) {
      const operation = operations.find((candidate) => candidate.operationId === `${fixture.provider}${fixture.response!.operationId.replace(/^./, (first) => first.toUpperCase())}`);
      const media = (operation?.responses?.[String(fixture.response!.status)] as ResponseObject | undefined)?.content?.["application/json"];
      expect(Object.keys(media?.examples ?? {}), fixture.name).toContain(fixture.name);
    }
  });

  it("are each valid against the component they illustrate (strict ajv, formats)", () => {
    const { invalid, checked } = invalidExamples(components);
    expect(invalid).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });
});

describe("examples in receiver-openapi.json", () => {
  const receiverComponents = (read("receiver-openapi.json") as OpenAPIObject).components!.schemas as Record<string, JsonSchema>;
  const isUnion = (schema: JsonSchema) => Array.isArray(schema["anyOf"]) || Array.isArray(schema["oneOf"]);

  it("are on every object component and every union (the providers' callback bodies)", () => {
    expect(Object.values(receiverComponents).filter(isObjectSchema).length).toBeGreaterThan(25);
    expect(withoutExamples(receiverComponents, (schema) => isObjectSchema(schema) || isUnion(schema))).toEqual([]);
  });

  it("are each valid against the component they illustrate (strict ajv, formats)", () => {
    const { invalid, checked } = invalidExamples(receiverComponents);
    expect(invalid).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  it("show real callbacks: a callback body's examples are its provider's fixtures, an event's normalized form is normalizeRaw's", () => {
    const bodies = new Set(projectFixtures().filter((fixture) => fixture.valid).map((fixture) => fixture.text.trim() === "" ? "" : JSON.stringify(safeJson(fixture.text))));
    for (const name of ["JumioCallbackBody", "NetkiCallbackBody", "OndatoCallbackBody", "ShuftiProCallbackBody"]) {
      for (const example of receiverComponents[name]!["examples"] as unknown[]) expect(bodies, name).toContain(JSON.stringify(example));
    }
    const events = new Map<string, unknown>();
    for (const fixture of projectFixtures()) {
      const result = normalizeRaw(fixture.body, { contentType: fixture.contentType, provider: fixture.provider as ProviderName, strictness: "tolerant" });
      if (result.ok) events.set(result.event.eventId, JSON.parse(JSON.stringify(result.event)));
    }
    const details = receiverComponents["EventDetail"]!["examples"] as { normalized: { eventId: string } | null; eventId: string; quarantined: boolean; issues: unknown[] }[];
    expect(details.some((detail) => detail.quarantined && detail.normalized === null && detail.issues.length > 0)).toBe(true);
    const stored = details.filter((detail) => !detail.quarantined);
    expect(stored.length).toBeGreaterThan(0);
    for (const detail of stored) {
      expect(detail.normalized!.eventId).toBe(detail.eventId);
      expect(detail.normalized).toEqual(events.get(detail.eventId));
    }
  });
});

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

describe("examples in the JSON Schema files", () => {
  const files = index.schemas.map((entry) => entry.file).filter((file) => !file.endsWith("/types.json"));

  it("are on every callback file (decoded and as the form travels) and object file, and on every object under its $defs", () => {
    const without: string[] = [];
    for (const file of files) {
      const schema = read(file) as JsonSchema;
      // An enum of a descriptor's objects (Shufti's Country) lists its values already.
      const isEnum = Array.isArray(schema["enum"]);
      if (!isEnum && (!Array.isArray(schema["examples"]) || schema["examples"].length === 0)) without.push(file);
      for (const [name, def] of Object.entries((schema["$defs"] ?? {}) as Record<string, JsonSchema>)) {
        if (isObjectSchema(def) && !Array.isArray(def["examples"])) without.push(`${file}#/$defs/${name}`);
      }
    }
    expect(files.length).toBeGreaterThan(100);
    expect(without).toEqual([]);
  });

  it("are each valid against their file, or the $defs entry they are on (strict ajv, formats)", () => {
    const ajv = strictAjv();
    const invalid: string[] = [];
    for (const file of files) {
      const schema = read(file) as JsonSchema & { $id: string };
      ajv.addSchema(schema);
      const places: [string, JsonSchema][] = [["", schema], ...Object.entries((schema["$defs"] ?? {}) as Record<string, JsonSchema>).map(([name, def]): [string, JsonSchema] => [`#/$defs/${name}`, def])];
      for (const [place, node] of places) {
        const examples = Array.isArray(node["examples"]) ? (node["examples"] as unknown[]) : [];
        if (examples.length === 0) continue;
        const validate = ajv.getSchema(`${schema.$id}${place}`)!;
        for (const example of examples) if (!validate(example)) invalid.push(`${file}${place}: ${ajv.errorsText(validate.errors)}`);
      }
    }
    expect(invalid).toEqual([]);
  });
});

describe("objects a fixture's manifest names inside its body (objects: name → JSON Pointer)", () => {
  const named = fixtureCases().flatMap(({ fixture, decoded }) =>
    Object.entries(fixture.objects ?? {}).map(([object, pointer]) => ({ fixture, decoded, object, pointer })),
  );
  const ajv = strictAjv();
  const validatorOf = (file: string) => ajv.getSchema((read(file) as { $id: string }).$id) ?? ajv.compile(read(file) as object);

  it("exist, on valid fixtures, for objects of the provider's descriptor", () => {
    expect(named.length).toBeGreaterThan(0);
    for (const { fixture, object } of named) {
      expect(fixture.valid, fixture.name).toBe(true);
      expect(Object.keys(projectSources.providers.find((descriptor) => descriptor.provider === fixture.provider)!.objects), fixture.name).toContain(object);
    }
  });

  for (const { fixture, decoded, object, pointer } of named) {
    it(`${fixture.provider}/${fixture.name} holds a valid ${object} at "${pointer}"`, () => {
      expect(decoded.ok).toBe(true);
      const found = atPointer(decoded.ok ? decoded.value : undefined, pointer);
      expect(found.ok).toBe(true);
      const validate = validatorOf(objectSchemaFile(fixture.provider, object));
      const valid = validate(found.ok ? found.value : undefined);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });
  }
});

describe("atPointer", () => {
  it("follows RFC 6901: the whole value for the empty pointer, ~1 and ~0 escapes, array indexes; a missing place is not found", () => {
    const value = { "a/b": { "c~d": [10, 20] } };
    expect(atPointer(value, "")).toEqual({ ok: true, value });
    expect(atPointer(value, "/a~1b/c~0d/1")).toEqual({ ok: true, value: 20 });
    expect(atPointer(value, "/a~1b/c~0d/2")).toEqual({ ok: false });
    expect(atPointer(value, "/a~1b/c~0d/01")).toEqual({ ok: false });
    expect(atPointer(value, "a")).toEqual({ ok: false });
  });
});

describe("attachExamples", () => {
  const prefix = "#/$defs/";
  const set = (entries: Record<string, JsonSchema>) => new Map(Object.entries(structuredClone(entries)));
  const detail = { type: "object", properties: { service: { type: "string" }, key: { type: "string" } }, required: ["service", "key"] };
  const list = { type: "object", properties: { errors: { type: "array", items: {} } }, required: ["errors"] };

  it("takes the branch whose shape accepts the value, also past a nested union and a required property", () => {
    const schemas = set({
      Body: { type: "object", properties: { error: { anyOf: [{ type: "string" }, { $ref: `${prefix}List` }, { anyOf: [{ $ref: `${prefix}Detail` }, { type: "array", maxItems: 0 }] }] } } },
      List: list,
      Detail: detail,
    });
    attachExamples(schemas, new Map([["Body", [{ error: { service: "document", key: "dob" } }, { error: { errors: ["x"] } }, { error: "" }]]]), prefix);
    expect(schemas.get("Detail")!["examples"]).toEqual([{ service: "document", key: "dob" }]);
    expect(schemas.get("List")!["examples"]).toEqual([{ errors: ["x"] }]);
  });

  it("gives a named union the values found at its places, one of each branch", () => {
    const schemas = set({ Body: { type: "object", properties: { value: { $ref: `${prefix}Value` } } }, Value: { anyOf: [{ enum: [1, 0, ""] }, { type: "null" }] } });
    attachExamples(schemas, new Map([["Body", [{ value: 1 }, { value: null }, { value: "" }]]]), prefix);
    expect(schemas.get("Value")!["examples"]).toEqual([1, null, ""]);
  });

  it("gives no example where two branches accept the value alike", () => {
    const open = (property: string) => ({ type: "object", properties: { [property]: { type: "string" }, city: { type: "string" } } });
    const schemas = set({ Body: { type: "object", properties: { address: { anyOf: [{ $ref: `${prefix}Us` }, { $ref: `${prefix}Eu` }] } } }, Us: open("zip"), Eu: open("province") });
    attachExamples(schemas, new Map([["Body", [{ address: { city: "Vienna" } }, { address: { city: "Boston", zip: "02110" } }]]]), prefix);
    expect(schemas.get("Eu")!["examples"]).toBeUndefined();
    expect(schemas.get("Us")!["examples"]).toEqual([{ city: "Boston", zip: "02110" }]);
  });
});
