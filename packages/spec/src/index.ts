export { generateSpecs, toJson, toYaml } from "./generate.js";
export type { GeneratedFile } from "./generate.js";
export type { SpecSources } from "./sources.js";
export type { HttpApiContent, HttpApiDescription, HttpApiResponse, HttpApiRoute } from "@kyc-webhooks/core";
export { buildHttpApiDocument } from "./http-api-openapi.js";
export { buildOpenApiDocument, openapiDocumentVersion } from "./openapi.js";
export { jsonSchemaDocuments, schemaIndex, generatedComment } from "./json-schema-files.js";
export type { SchemaDocument } from "./json-schema-files.js";
export { toJsonSchema, toSharedJsonSchemas, zodJsonSchemaOptions, jsonSchemaDialect } from "./json-schema.js";
export { postProcess, standardFormats } from "./post-process.js";
export type { JsonSchema } from "./post-process.js";
export { findDrift, describeDrift, writeGenerated } from "./drift.js";
export type { Drift } from "./drift.js";
export {
  schemaBaseUrl,
  schemaId,
  webhookSchemaFile,
  objectSchemaFile,
  typesSchemaFile,
  formSchemaFile,
  normalizedEventSchemaFile,
  normalizedEventComponentName,
  webhookKey,
  webhookComponentName,
  objectComponentName,
  httpApiDocumentFiles,
} from "./naming.js";
export { generatedFolder } from "./generated-folder.js";
export { attachExamples } from "./examples.js";
export type { SpecExample } from "./examples.js";
