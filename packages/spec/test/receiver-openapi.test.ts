import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import type { OpenAPIObject, OperationObject, ParameterObject, RequestBodyObject, ResponseObject } from "openapi3-ts/oas31";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import * as z from "zod";
import { projectSources } from "../src/bin/project-sources.js";
import { buildHttpApiDocument, generatedFolder } from "../src/index.js";
import type { HttpApiDescription } from "../src/index.js";
import type { JsonSchema } from "../src/post-process.js";
import { strictOpenApiAjv } from "./ajv.js";

const read = (file: string) => readFileSync(new URL(file, generatedFolder), "utf8");
const document = JSON.parse(read("receiver-openapi.json")) as OpenAPIObject;
const components = document.components!.schemas as Record<string, JsonSchema>;
const receiver = projectSources.httpApis!["receiver"]!;
const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
  (["get", "put", "post", "delete", "patch"] as const).flatMap((method) => (item[method] ? [{ path, method, operation: item[method] as OperationObject }] : [])),
);

describe("the committed receiver-openapi.json", () => {
  it("is valid OpenAPI 3.1 by @seriousme/openapi-schema-validator", async () => {
    const result = await new Validator().validate(structuredClone(document) as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toMatch(/^3\.1\./);
  });

  it("is the same document as receiver-openapi.yaml", () => {
    expect(parse(read("receiver-openapi.yaml"))).toEqual(document);
  });

  it("has every route of the receiver, with its statuses, bodies and authentication", () => {
    expect(operations.map(({ method, path }) => `${method.toUpperCase()} ${path}`).sort()).toEqual(receiver.routes.map((route) => `${route.method.toUpperCase()} ${route.path}`).sort());
    for (const route of receiver.routes) {
      const operation = document.paths![route.path]![route.method] as OperationObject;
      expect(operation.operationId).toBe(route.operationId);
      expect(Object.keys(operation.responses ?? {}).sort()).toEqual(route.responses.map((response) => String(response.status)).sort());
      expect(operation.security).toEqual([...route.security.map((name) => ({ [name]: [] })), ...(route.securityOptional ? [{}] : [])]);
      if (route.requestBody) expect(Object.keys((operation.requestBody as RequestBodyObject).content)).toEqual(route.requestBody.content.map((content) => content.contentType));
    }
  });

  it("takes each provider's callbacks in the content types the provider sends them in", () => {
    const contentTypes = (path: string) => Object.keys((document.paths![path]!.post!.requestBody as RequestBodyObject).content);
    expect(contentTypes("/webhooks/jumio")).toEqual(["application/x-www-form-urlencoded", "application/json"]);
    for (const provider of ["shufti", "ondato", "netki"]) expect(contentTypes(`/webhooks/${provider}`)).toEqual(["application/json"]);
    expect(contentTypes("/webhooks/ondato/token")).toEqual(["application/x-www-form-urlencoded"]);
  });

  it("protects the events, deliveries, verifications and personal-data APIs with the admin bearer token, and nothing else with it", () => {
    expect(document.components!.securitySchemes!["adminToken"]).toMatchObject({ type: "http", scheme: "bearer" });
    const withToken = operations.filter(({ operation }) => operation.security?.some((requirement) => "adminToken" in requirement)).map(({ path }) => path);
    expect(withToken.sort()).toEqual(["/deliveries", "/deliveries/{id}", "/deliveries/{id}/retry", "/events", "/events/{id}", "/events/{id}/redeliver", "/maintenance/rekey", "/verifications", "/verifications/{provider}/{reference}", "/verifications/{provider}/{reference}/purge"]);
    for (const path of ["/healthz", "/readyz", "/metrics"]) expect(document.paths![path]!.get!.security).toEqual([]);
  });

  it("describes GET /events's lists as comma-separated (style form, explode false) and the other parameters by their values", () => {
    const parameters = document.paths!["/events"]!.get!.parameters as ParameterObject[];
    const byName = Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter]));
    for (const name of ["provider", "status", "type"]) expect(byName[name]).toMatchObject({ in: "query", required: false, style: "form", explode: false, schema: { type: "array" } });
    expect(byName["limit"]).toMatchObject({ schema: { type: "integer", minimum: 1, maximum: 500 } });
    expect(byName["quarantined"]).toMatchObject({ schema: { type: "boolean" } });
    expect(parameters.every((parameter) => parameter.required === false && typeof parameter.description === "string")).toBe(true);
  });

  it("resolves every $ref to a component", () => {
    const refs = new Set(Array.from(JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g), (match) => match[1]!));
    expect(refs.size).toBeGreaterThan(10);
    for (const ref of refs) {
      const [, kind, name] = /^#\/components\/(schemas|headers)\/(.+)$/.exec(ref) ?? [];
      expect(kind, ref).toBeDefined();
      expect((document.components![kind as "schemas" | "headers"] as Record<string, unknown>)[name!], ref).toBeDefined();
    }
  });

  it("shares components: each body once, referred to from the answers and from the bodies that hold it", () => {
    const seen = new Map<string, string>();
    for (const [name, schema] of Object.entries(components)) {
      const { description: _description, ...shape } = schema;
      const key = JSON.stringify(shape);
      expect(seen.get(key), `${name} repeats ${seen.get(key)}`).toBeUndefined();
      seen.set(key, name);
    }
    expect(JSON.stringify(components["EventListResponse"])).toContain('"$ref":"#/components/schemas/EventSummary"');
    expect(JSON.stringify(components["EventDetail"])).toContain('"$ref":"#/components/schemas/NormalizedEvent"');
    const ok = document.paths!["/events/{id}"]!.get!.responses!["200"] as ResponseObject;
    expect(ok.headers?.["X-Request-Id"]).toEqual({ $ref: "#/components/headers/X-Request-Id" });
  });

  it("has component schemas that compile with ajv in strict mode (draft 2020-12, the OpenAPI 3.1 dialect)", () => {
    const ajv = strictOpenApiAjv();
    const defs = JSON.parse(JSON.stringify(components).replaceAll('"#/components/schemas/', '"#/$defs/')) as Record<string, JsonSchema>;
    ajv.addSchema({ $id: "urn:kyc-webhooks:receiver-components", $defs: defs });
    for (const name of Object.keys(components)) {
      expect(() => ajv.getSchema(`urn:kyc-webhooks:receiver-components#/$defs/${name}`), name).not.toThrow();
    }
  });
});

describe("building an HTTP API document", () => {
  const ping = z.object({ pong: z.literal(true) }).describe("A pong.");
  const api: HttpApiDescription = {
    title: "ping",
    version: "1.0.0",
    description: "A server that answers pings.",
    servers: [],
    tags: [{ name: "ping", description: "Pings." }],
    routes: [{ operationId: "ping", method: "get", path: "/ping", tag: "ping", summary: "Ping", description: "Pong.", responses: [{ status: 200, description: "Pong.", content: { contentType: "application/json", schema: ping } }], security: [] }],
    schemas: { Ping: ping },
    securitySchemes: {},
  };

  it("gives the same document twice", () => {
    expect(JSON.stringify(buildHttpApiDocument(api))).toBe(JSON.stringify(buildHttpApiDocument(api)));
  });

  it("refuses a body schema without a component name, an unknown security scheme, and a repeated operationId", () => {
    const [route] = api.routes;
    const unnamed = { ...route!, responses: [{ status: 200, description: "Pong.", content: { contentType: "application/json", schema: ping.extend({}) } }] };
    expect(() => buildHttpApiDocument({ ...api, routes: [unnamed] })).toThrow("is not one of the description's schemas");
    expect(() => buildHttpApiDocument({ ...api, routes: [{ ...route!, security: ["nobody"] }] })).toThrow("security scheme nobody");
    expect(() => buildHttpApiDocument({ ...api, routes: [route!, { ...route!, path: "/ping2" }] })).toThrow("operationId ping");
  });

  it("writes the description's examples on their components, and those found inside them on the components they hold; refuses one its schema does not take", () => {
    const pings = z.object({ pings: z.array(ping) }).describe("Pongs.");
    const listed = { ...api, routes: [{ ...api.routes[0]!, responses: [{ status: 200, description: "Pongs.", content: { contentType: "application/json", schema: pings } }] }], schemas: { Ping: ping, Pings: pings } };
    const schemas = buildHttpApiDocument({ ...listed, examples: { Pings: [{ pings: [{ pong: true }] }], Unknown: [1] } }).components!.schemas as Record<string, JsonSchema>;
    expect(schemas["Pings"]!["examples"]).toEqual([{ pings: [{ pong: true }] }]);
    expect(schemas["Ping"]!["examples"]).toEqual([{ pong: true }]);
    expect(() => buildHttpApiDocument({ ...listed, examples: { Pings: [{ pings: [{ pong: false }] }] } })).toThrow("The example 0 of Pings does not parse under its schema: pings.0.pong");
  });
});
