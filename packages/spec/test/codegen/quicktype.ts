import { readFileSync } from "node:fs";
import { InputData, JSONSchemaInput, JSONSchemaStore, quicktype } from "quicktype-core";
import type { JSONSchema } from "quicktype-core";
import { generatedFolder } from "../../src/index.js";

/** One entry of the committed `index.json`. */
export interface IndexEntry {
  readonly $id: string;
  readonly file: string;
  readonly provider: string;
  readonly title: string;
  readonly types?: true;
  /** A form callback's wire form (`<kind>.form.json`): not in types.json, since code works with the decoded form. */
  readonly form?: string;
}

export const schemaIndexEntries: readonly IndexEntry[] = (JSON.parse(readFileSync(new URL("index.json", generatedFolder), "utf8")) as { schemas: IndexEntry[] }).schemas;

/** The namespaces a team generates one package each from: every provider and the normalized event. */
export const namespaces: readonly string[] = [...new Set(schemaIndexEntries.map((entry) => entry.provider))].sort();

/** Resolves the files' `$id`s to the committed files, as a team's generator would read them from disk. */
class CommittedFiles extends JSONSchemaStore {
  override async fetch(address: string): Promise<JSONSchema | undefined> {
    const entry = schemaIndexEntries.find((candidate) => address === candidate.$id || address.startsWith(`${candidate.$id}#`));
    return entry ? (JSON.parse(readFileSync(new URL(entry.file, generatedFolder), "utf8")) as JSONSchema) : undefined;
  }
}

export type Language = "go" | "python" | "typescript";

/**
 * quicktype's code for one namespace, as the spec README tells a team to generate it: every callback,
 * object (and the normalized event) as a top-level type, read from `<namespace>/types.json#/$defs/<Name>`
 * so that each type is made once. Go with `omit-empty` (an absent optional field stays absent).
 */
export async function generateTypes(namespace: string, language: Language): Promise<string> {
  const types = schemaIndexEntries.find((entry) => entry.provider === namespace && entry.types);
  if (!types) throw new Error(`No types.json for ${namespace}`);
  const input = new JSONSchemaInput(new CommittedFiles());
  for (const entry of topLevelTypes(namespace)) await input.addSource({ name: entry.title, uris: [`${types.$id}#/$defs/${entry.title}`] });
  const inputData = new InputData();
  inputData.addInput(input);
  const rendererOptions: Record<string, string> = language === "go" ? { package: namespace, "omit-empty": "true" } : {};
  const result = await quicktype({ inputData, lang: language, rendererOptions });
  return result.lines.join("\n");
}

/** The types a namespace's files describe (callbacks, objects, the normalized event), not the types.json file itself. */
export function topLevelTypes(namespace: string): IndexEntry[] {
  return schemaIndexEntries.filter((entry) => entry.provider === namespace && !entry.types && entry.form === undefined);
}

/** The type names a generated source declares (Go `type X`, Python `class X`, TypeScript `export interface|type|enum X`). */
export function declaredTypeNames(source: string, language: Language): string[] {
  const pattern = { go: /^type (\w+) /gm, python: /^class (\w+)/gm, typescript: /^export (?:interface|type|enum) (\w+)/gm }[language];
  return Array.from(source.matchAll(pattern), (match) => match[1]!);
}

/** quicktype's names for types it could not name from the schema: a colour or adjective prefix, or a number at the end. */
export const inventedName = /^(Purple|Fluffy|Tentacled|Sticky|Indigo|Indecent|Hilarious|Ambitious|Cunning|Magenta|Frisky|Mischievous|Braggadocious)[A-Z]|\d$/;

/** `ShuftiVerificationAcceptedCallback` and quicktype's spelling of it in any language compare equal. */
export function sameName(a: string, b: string): boolean {
  return a.replace(/[^A-Za-z0-9]/g, "").toLowerCase() === b.replace(/[^A-Za-z0-9]/g, "").toLowerCase();
}
