import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { buildOpenApiDocument, generateSpecs, jsonSchemaDocuments } from "../src/index.js";
import { collectRefs } from "../src/json-schema.js";
import type { JsonSchema } from "../src/post-process.js";
import { strictAjv } from "./ajv.js";
import { sampleDescriptor } from "./sample-descriptor.js";

const { descriptor, schemas } = sampleDescriptor();
const sources = { providers: [descriptor] };
const document = buildOpenApiDocument(sources);
const components = document.components!.schemas! as Record<string, JsonSchema>;

describe("the OpenAPI document of a provider descriptor", () => {
  it("is valid OpenAPI 3.1", async () => {
    const result = await new Validator().validate(structuredClone(document) as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("has a webhook per callback kind, named <provider>.<kind>", () => {
    expect(Object.keys(document.webhooks ?? {})).toEqual(["acme.SCAN", "acme.verification.accepted"]);
  });

  it("describes a JSON callback body in application/json, with its response and its authentication", () => {
    const post = document.webhooks!["acme.verification.accepted"]!.post!;
    expect(post.operationId).toBe("acmeVerificationAcceptedCallback");
    expect(post.requestBody).toMatchObject({ required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/AcmeVerificationAcceptedCallback" } } } });
    expect(post.responses).toEqual({ "200": { description: "Any 2xx." } });
    expect(post.security).toEqual([{ acmeSignature: [] }]);
    expect(post.description).toContain("Source: acme.md.");
  });

  it("describes a form body in its real content type, with the fields that hold JSON text as application/json parts", () => {
    const post = document.webhooks!["acme.SCAN"]!.post!;
    const media = (post.requestBody as { content: Record<string, unknown> }).content;
    expect(Object.keys(media)).toEqual(["application/x-www-form-urlencoded"]);
    expect(media["application/x-www-form-urlencoded"]).toEqual({
      schema: { $ref: "#/components/schemas/AcmeSCANCallback" },
      encoding: { document: { contentType: "application/json" } },
    });
    // Alternatives: either scheme proves the callback.
    expect(post.security).toEqual([{ acmeBasic: [] }, { acmeOAuth: [] }]);
    expect(post.responses).toEqual({ "204": { description: "No content." } });
  });

  it("shares a schema used in several places as one component, referred to by $ref", () => {
    expect(components["AcmePerson"]).toBeDefined();
    expect(components["AcmeAddress"]).toBeDefined();
    const accepted = JSON.stringify(components["AcmeVerificationAcceptedCallback"]);
    expect(accepted).toContain('"$ref":"#/components/schemas/AcmePerson"');
    expect(accepted).not.toContain('"street"');
    const person = JSON.stringify(components["AcmePerson"]);
    expect(person.match(/#\/components\/schemas\/AcmeAddress/g)).toHaveLength(2);
  });

  it("names a request or response body that is not a named object after its operation", () => {
    expect(Object.keys(components).sort()).toEqual([
      "AcmeAddress",
      "AcmeApiError",
      "AcmeCreateVerificationRequest",
      "AcmeCreateVerificationResponse201",
      "AcmeDocument",
      "AcmePerson",
      "AcmeSCANCallback",
      "AcmeStatus",
      "AcmeVerificationAcceptedCallback",
      "AcmeVerifiedString",
    ]);
  });

  it("resolves every $ref to a component", () => {
    const refs = Array.from(JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g), (match) => match[1]!);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) {
      expect(ref.startsWith("#/components/schemas/")).toBe(true);
      expect(components[ref.slice("#/components/schemas/".length)], ref).toBeDefined();
    }
  });

  it("describes the wire input of a transform (a boolean sent as a string), not the parsed output", () => {
    const verified = (components["AcmeVerificationAcceptedCallback"]!["properties"] as Record<string, JsonSchema>)["verified"];
    expect(verified).toEqual({ anyOf: [{ type: "boolean" }, { $ref: "#/components/schemas/AcmeVerifiedString" }] });
    expect(components["AcmeVerifiedString"]).toEqual({ title: "AcmeVerifiedString", type: "string", enum: ["true", "false"] });
  });

  it("has a path per API operation, on the provider's server, with path and query parameters", () => {
    expect(Object.keys(document.paths ?? {})).toEqual(["/v1/verifications", "/v1/verifications/{reference}"]);
    const get = document.paths!["/v1/verifications/{reference}"]!.get!;
    expect(get.operationId).toBe("acmeGetVerification");
    expect(get.servers).toEqual([{ url: "https://api.acme.example", description: "Acme production" }]);
    expect(get.parameters).toEqual([
      { name: "reference", in: "path", required: true, description: "The verification's reference.", schema: { type: "string" } },
      { name: "expand", in: "query", required: false, description: "Include the person.", schema: { type: "string", enum: ["person"] } },
      { name: "locale", in: "query", required: true, schema: { type: "string" } },
    ]);
    const post = document.paths!["/v1/verifications"]!.post!;
    expect(Object.keys(post.responses ?? {})).toEqual(["201", "400"]);
    expect(post.security).toEqual([{ acmeBearer: [] }]);
  });

  it("defines the security schemes, OAuth2 as a client-credentials flow", () => {
    expect(document.components!.securitySchemes).toEqual({
      acmeBasic: { type: "http", scheme: "basic", description: "Basic auth." },
      acmeBearer: { type: "http", scheme: "bearer", description: "API token." },
      acmeOAuth: { type: "oauth2", description: "Client credentials.", flows: { clientCredentials: { tokenUrl: "https://receiver.example/oauth/token", scopes: {} } } },
      acmeSignature: { type: "apiKey", in: "header", name: "Signature", description: "SHA-256 of the body and the secret." },
    });
  });

  it("refuses a callback that names a security scheme the descriptor does not define", () => {
    const broken = { ...descriptor, webhooks: [{ ...descriptor.webhooks[0]!, security: ["nope"] }] };
    expect(() => buildOpenApiDocument({ providers: [broken] })).toThrow(/security scheme nope/);
  });

  it("refuses two providers that describe the same method on the same path", () => {
    expect(() => buildOpenApiDocument({ providers: [descriptor, { ...descriptor, provider: "other", objects: {}, securitySchemes: descriptor.securitySchemes, webhooks: [] }] })).toThrow(
      /GET \/v1\/verifications\/\{reference\}|POST \/v1\/verifications/,
    );
  });
});

describe("the JSON Schema files of a provider descriptor", () => {
  const documents = jsonSchemaDocuments({ ...sources, normalizedEvent: z.object({ eventId: z.string() }).describe("An event.") });

  it("has one file per callback kind, per API object, for the normalized event and one types.json per provider, each with a stable $id", () => {
    expect(documents.map((d) => [d.file, d.id])).toEqual([
      ["json-schema/acme/SCAN.form.json", "https://kyc-webhooks.dev/schemas/acme/SCAN.form.json"],
      ["json-schema/acme/SCAN.json", "https://kyc-webhooks.dev/schemas/acme/SCAN.json"],
      ["json-schema/acme/objects/Address.json", "https://kyc-webhooks.dev/schemas/acme/objects/Address.json"],
      ["json-schema/acme/objects/ApiError.json", "https://kyc-webhooks.dev/schemas/acme/objects/ApiError.json"],
      ["json-schema/acme/objects/Person.json", "https://kyc-webhooks.dev/schemas/acme/objects/Person.json"],
      ["json-schema/acme/types.json", "https://kyc-webhooks.dev/schemas/acme/types.json"],
      ["json-schema/acme/verification.accepted.json", "https://kyc-webhooks.dev/schemas/acme/verification.accepted.json"],
      ["json-schema/normalized/event.json", "https://kyc-webhooks.dev/schemas/normalized/event.json"],
      ["json-schema/normalized/types.json", "https://kyc-webhooks.dev/schemas/normalized/types.json"],
    ]);
  });

  it("starts each file with the dialect, the $id, a title and the document's description", () => {
    const accepted = documents.find((d) => d.file.endsWith("verification.accepted.json"))!.schema;
    expect(Object.keys(accepted).slice(0, 5)).toEqual(["$schema", "$id", "$comment", "title", "description"]);
    expect(accepted["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(accepted["description"]).toBe("Sent when the verification is accepted.\n\nSource: acme.md.");
    const person = documents.find((d) => d.file.endsWith("objects/Person.json"))!.schema;
    expect(person["description"]).toBe("The verified person.");
  });

  it("titles each file with its type name, the same as the OpenAPI component, so types generated from either match", () => {
    expect(documents.map((d) => d.title)).toEqual(["AcmeSCANCallbackForm", "AcmeSCANCallback", "AcmeAddress", "AcmeApiError", "AcmePerson", "AcmeTypes", "AcmeVerificationAcceptedCallback", "NormalizedEvent", "NormalizedTypes"]);
    const names = Object.keys(buildOpenApiDocument({ ...sources, normalizedEvent: z.object({ eventId: z.string() }) }).components!.schemas!);
    for (const { title, describes } of documents) if (!("types" in describes) && !("form" in describes)) expect(names).toContain(title);
  });

  it("says how a form body travels, since the schema describes it decoded", () => {
    const scan = documents.find((d) => d.file.endsWith("SCAN.json"))!.schema;
    expect(scan["description"]).toBe(
      "Sent when a scan is processed.\n\nSent as application/x-www-form-urlencoded: this schema describes the decoded form, with the JSON text of field `document` parsed. The form as it travels (those fields as JSON text, with `contentMediaType` and `contentSchema`) is `SCAN.form.json`.\n\nSource: acme-scan.md.",
    );
  });

  it("is self-contained: no $ref leaves the file", () => {
    for (const { schema } of documents) for (const ref of collectRefs(schema)) expect(ref.startsWith("#")).toBe(true);
  });

  it("compiles with ajv in strict mode, formats on", () => {
    const ajv = strictAjv();
    for (const { schema } of documents) expect(() => ajv.compile(schema)).not.toThrow();
  });

  it("keeps the checks of zod-only formats as patterns (e164), and drops JavaScript's safe-integer bounds", () => {
    const person = documents.find((d) => d.file.endsWith("objects/Person.json"))!.schema as { properties: Record<string, JsonSchema> };
    expect(person.properties["phone"]).toMatchObject({ type: "string", pattern: expect.any(String) });
    expect(person.properties["phone"]!["format"]).toBeUndefined();
    expect(person.properties["age"]).toEqual({ type: "integer" });
  });

  it("validates what the zod schema accepts and refuses what it refuses", () => {
    const ajv = strictAjv();
    const validate = ajv.compile(documents.find((d) => d.file.endsWith("objects/Person.json"))!.schema);
    const good = { name: "Jane Doe", phone: "+12345550100", address: { street: "1 Main St", country: "US" }, extra: "kept" };
    const bad = { name: "Jane Doe", address: { street: "1 Main St", country: "usa" } };
    expect(schemas.person.safeParse(good).success).toBe(true);
    expect(validate(good)).toBe(true);
    expect(schemas.person.safeParse(bad).success).toBe(false);
    expect(validate(bad)).toBe(false);
  });
});

describe("the generated files", () => {
  it("are the same bytes when generated twice", () => {
    expect(generateSpecs(sources)).toEqual(generateSpecs(sources));
  });

  it("hold openapi.json and openapi.yaml with the same document", async () => {
    const { parse } = await import("yaml");
    const files = new Map(generateSpecs(sources).map((f) => [f.path, f.content]));
    expect(parse(files.get("openapi.yaml")!)).toEqual(JSON.parse(files.get("openapi.json")!));
    expect(files.get("openapi.yaml")).not.toMatch(/[&*]a\d+/);
  });
});
