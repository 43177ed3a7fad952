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

export function toYaml(value: unknown): string {
  // No anchors and aliases for objects that occur twice, no folding of long descriptions: plain YAML any parser reads.
  return stringify(value, { aliasDuplicateObjects: false, lineWidth: 0 });
}
