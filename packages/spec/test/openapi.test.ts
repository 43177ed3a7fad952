import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import type { OpenAPIObject, OperationObject, RequestBodyObject } from "openapi3-ts/oas31";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { projectSources } from "../src/bin/project-sources.js";
import { generatedFolder, webhookKey } from "../src/index.js";
import type { JsonSchema } from "../src/post-process.js";
import { strictOpenApiAjv } from "./ajv.js";

const read = (file: string) => readFileSync(new URL(file, generatedFolder), "utf8");
const document = JSON.parse(read("openapi.json")) as OpenAPIObject;
const components = document.components!.schemas as Record<string, JsonSchema>;

describe("the committed openapi.json", () => {
  it("is valid OpenAPI 3.1 by @seriousme/openapi-schema-validator", async () => {
    const result = await new Validator().validate(structuredClone(document) as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toMatch(/^3\.1\./);
  });

  it("is the same document as openapi.yaml", () => {
    expect(parse(read("openapi.yaml"))).toEqual(document);
  });

  it("has a webhook for every callback kind of every provider, in the content type the provider sends", () => {
    let count = 0;
    for (const descriptor of projectSources.providers) {
      for (const webhook of descriptor.webhooks) {
        const post = document.webhooks?.[webhookKey(descriptor.provider, webhook.kind)]?.post as OperationObject | undefined;
        expect(post, `${descriptor.provider} ${webhook.kind}`).toBeDefined();
        const content = (post!.requestBody as RequestBodyObject).content;
        expect(Object.keys(content)).toEqual([webhook.contentType]);
        expect(Object.keys(post!.responses ?? {})).toEqual([String(webhook.response.status)]);
        expect(post!.security).toEqual(webhook.security.map((name) => ({ [name]: [] })));
        if (webhook.jsonFields?.length) {
          expect(Object.keys(content[webhook.contentType]!.encoding ?? {}).sort()).toEqual([...webhook.jsonFields, ...(webhook.maybeJsonFields ?? [])].sort());
        }
        count += 1;
      }
    }
    expect(Object.keys(document.webhooks ?? {})).toHaveLength(count);
  });

  it("has a path operation for every API operation of every provider", () => {
    const operations = Object.values(document.paths ?? {}).flatMap((item) => ["get", "put", "post", "delete", "patch"].filter((method) => method in item));
    expect(operations).toHaveLength(projectSources.providers.reduce((sum, descriptor) => sum + descriptor.operations.length, 0));
  });

  it("resolves every $ref to a component", () => {
    const refs = new Set(Array.from(JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g), (match) => match[1]!));
    expect(refs.size).toBeGreaterThan(10);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(components[ref.slice("#/components/schemas/".length)], ref).toBeDefined();
    }
  });

  it("shares components: no component is an exact copy of another", () => {
    const seen = new Map<string, string>();
    for (const [name, schema] of Object.entries(components)) {
      const { description: _description, ...shape } = schema;
      const key = JSON.stringify(shape);
      expect(seen.get(key), `${name} repeats ${seen.get(key)}`).toBeUndefined();
      seen.set(key, name);
    }
  });

  it("has component schemas that compile with ajv in strict mode (draft 2020-12, the OpenAPI 3.1 dialect)", () => {
    const ajv = strictOpenApiAjv();
    const defs = JSON.parse(JSON.stringify(components).replaceAll('"#/components/schemas/', '"#/$defs/')) as Record<string, JsonSchema>;
    ajv.addSchema({ $id: "urn:kyc-webhooks:components", $defs: defs });
    for (const name of Object.keys(components)) {
      expect(() => ajv.getSchema(`urn:kyc-webhooks:components#/$defs/${name}`), name).not.toThrow();
    }
  });
});
