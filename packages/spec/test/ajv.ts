import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";

/**
 * ajv for draft 2020-12 in strict mode, with format assertion. `allowUnionTypes` is the one strict
 * rule relaxed: zod writes a nullable field as `"type": ["string", "null"]`, standard JSON Schema that
 * strict mode only flags because some authors write it by mistake.
 */
export function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  // ajv-formats is CommonJS: under NodeNext its default import is the module, whose `default` is the plugin.
  formats.default(ajv);
  return ajv;
}

/**
 * The same ajv, for OpenAPI 3.1 component schemas: OpenAPI's dialect adds the annotation `discriminator`
 * (which tells generators which branch a union's member is; the `oneOf` itself does the validating).
 */
export function strictOpenApiAjv(): Ajv2020 {
  const ajv = strictAjv();
  ajv.addKeyword({ keyword: "discriminator", schemaType: "object" });
  return ajv;
}
