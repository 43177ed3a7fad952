import { stringify } from "yaml";
import { buildHttpApiDocument } from "./http-api-openapi.js";
import { compare, jsonSchemaDocuments, schemaIndex } from "./json-schema-files.js";
import { httpApiDocumentFiles } from "./naming.js";
import { buildOpenApiDocument } from "./openapi.js";
import type { SpecSources } from "./sources.js";

/** One file of the output, with its path relative to `generated/` and its exact bytes as text. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/**
 * Everything `pnpm generate` writes, computed in memory: `openapi.json`, `openapi.yaml` (the same
 * document), one JSON Schema file per callback kind, API object and the normalized event, each HTTP
 * API's `<name>-openapi.json` and `.yaml` (the receiver's), and `index.json`. The same sources give the same bytes: no timestamps, maps sorted, fixed formatting.
 */
export function generateSpecs(sources: SpecSources): GeneratedFile[] {
  const openapi = buildOpenApiDocument(sources);
  const documents = jsonSchemaDocuments(sources);
  const httpApis = Object.entries(sources.httpApis ?? {}).map(([name, api]) => ({ name, title: api.title, files: httpApiDocumentFiles(name), document: buildHttpApiDocument(api) }));
  const files: GeneratedFile[] = [
    { path: "openapi.json", content: toJson(openapi) },
    { path: "openapi.yaml", content: toYaml(openapi) },
    ...httpApis.flatMap((api) => [
      { path: api.files.json, content: toJson(api.document) },
      { path: api.files.yaml, content: toYaml(api.document) },
    ]),
    { path: "index.json", content: toJson(schemaIndex(documents, httpApis)) },
    ...documents.map((document) => ({ path: document.file, content: toJson(document.schema) })),
  ];
  return files.sort((a, b) => compare(a.path, b.path));
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * YAML that YAML 1.1 readers (PyYAML, Go's yaml.v2, SnakeYAML) and YAML 1.2 readers read as the same
 * document as the JSON: written with the 1.1 schema, so that every string 1.1 would read as something
 * else is quoted (`"NO"`, Norway's country code, and `yes`, `on`, `y`, `~`, dates, `0777`, `1_000`), and
 * checked against the 1.2 core schema too (a string 1.2 would read as another type is quoted as well).
 * No anchors and aliases for objects that occur twice, no folding of long descriptions.
 */
export function toYaml(value: unknown): string {
  return stringify(value, { version: "1.1", aliasDuplicateObjects: false, lineWidth: 0 });
}
