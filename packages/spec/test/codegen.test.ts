/**
 * What a Go, Python or TypeScript team gets from the committed documents: types generated with
 * quicktype from the JSON Schema files (Go compiled with Debian's golang-go, TypeScript type-checked)
 * and with openapi-typescript from the OpenAPI documents; every valid fixture decoded with the
 * generated code, re-encoded and validated again. Also how YAML 1.1 readers (PyYAML, Go's yaml.v2)
 * read the YAML documents. `.ci/run` installs golang-go, golang-gopkg-yaml.v2-dev, python3-jsonschema,
 * python3-dateutil and python3-yaml.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatedFolder } from "../src/index.js";
import { strictAjv } from "./ajv.js";
import { declaredTypeNames, generateTypes, inventedName, namespaces, sameName, schemaIndexEntries, topLevelTypes } from "./codegen/quicktype.js";
import type { Language } from "./codegen/quicktype.js";
import { fixtureCases } from "./project-fixtures.js";

const python = "/usr/bin/python3";
// Generous timeouts: about a minute on a quiet machine, several when the machine is shared.
const work = mkdtempSync(join(tmpdir(), "kyc-webhooks-codegen-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const run = (command: string, args: readonly string[], env: Record<string, string> = {}) =>
  execFileSync(command, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...env } });

/** Every valid fixture, decoded, with the type (the schema file's title) and namespace it belongs to. */
const cases = fixtureCases().flatMap(({ fixture, schemaFile, decoded }, index) => {
  if (!fixture.valid || !decoded.ok) return [];
  const entry = schemaIndexEntries.find((candidate) => candidate.file === schemaFile)!;
  const input = join(work, "fixtures", `${index}.json`);
  return [{ name: `${fixture.provider}/${fixture.file}`, namespace: entry.provider, type: entry.title, schemaFile, input, value: decoded.value }];
});
const languages: readonly Language[] = ["go", "python", "typescript"];
const sources = new Map<string, string>();
const schemaPath = (file: string) => fileURLToPath(new URL(file, generatedFolder));

const ajv = strictAjv();
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
function errorsAgainst(schemaFile: string, value: unknown): string[] {
  let validate = validators.get(schemaFile);
  if (!validate) {
    validate = ajv.compile(JSON.parse(readFileSync(schemaPath(schemaFile), "utf8")) as object);
    validators.set(schemaFile, validate);
  }
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath}: ${error.keyword}`);
}

/** Finds quicktype's spelling of a type name among the names a pattern captures in the source. */
function spelled(source: string, pattern: RegExp, type: string): string {
  const found = Array.from(source.matchAll(pattern), (match) => match[1]!).find((name) => sameName(name, type));
  if (!found) throw new Error(`quicktype wrote no function for ${type}`);
  return found;
}

beforeAll(async () => {
  mkdirSync(join(work, "fixtures"));
  for (const entry of cases) writeFileSync(entry.input, JSON.stringify(entry.value));
  for (const namespace of namespaces) for (const language of languages) sources.set(`${namespace}.${language}`, await generateTypes(namespace, language));
}, 600_000);

describe("types generated with quicktype from the JSON Schema files (one package per provider, from its types.json)", () => {
  it("generates Go, Python and TypeScript for every provider and the normalized event", () => {
    expect(namespaces).toEqual(["jumio", "netki", "normalized", "ondato", "shufti"]);
    for (const key of sources.keys()) expect(sources.get(key)!.length, key).toBeGreaterThan(1000);
  });

  for (const language of languages) {
    it(`names every ${language} type after the schemas: no colour-named or numbered duplicate, and every callback and object under its own title`, () => {
      for (const namespace of namespaces) {
        const names = declaredTypeNames(sources.get(`${namespace}.${language}`)!, language);
        expect(names.filter((name) => inventedName.test(name)), `${namespace}: ${names.length} types`).toEqual([]);
        expect(new Set(names).size, namespace).toBe(names.length);
        // An open object without properties (Ondato's undocumented KYB payload) is a map in Python and TypeScript, not a named type.
        for (const entry of topLevelTypes(namespace).filter((candidate) => language === "go" || declaresProperties(candidate.file))) {
          expect(names.some((name) => sameName(name, entry.title)), `${namespace} ${entry.title}`).toBe(true);
        }
      }
    });
  }
});

describe("every valid fixture decoded with the generated code, re-encoded and validated again", () => {
  it(`has valid fixtures of every provider to round-trip (${cases.length})`, () => {
    expect(new Set(cases.map((entry) => entry.namespace))).toEqual(new Set(["jumio", "netki", "ondato", "shufti"]));
  });

  it("Go (quicktype, compiled with go build): every fixture survives", () => {
    const gopath = join(work, "go");
    for (const namespace of namespaces) {
      mkdirSync(join(gopath, "src", "kyc", namespace), { recursive: true });
      writeFileSync(join(gopath, "src", "kyc", namespace, "types.go"), sources.get(`${namespace}.go`)!);
    }
    const switchCases = cases
      .map((entry) => ({ ...entry, go: spelled(sources.get(`${entry.namespace}.go`)!, /^func Unmarshal(\w+)\(/gm, entry.type) }))
      .filter((entry, index, all) => all.findIndex((other) => other.type === entry.type) === index)
      .map((entry) => `\tcase "${entry.type}":\n\t\tvalue, err := ${entry.namespace}.Unmarshal${entry.go}(data)\n\t\tif err != nil {\n\t\t\treturn nil, err\n\t\t}\n\t\treturn value.Marshal()`);
    const used = [...new Set(cases.map((entry) => entry.namespace))].sort();
    const main = [
      "package main",
      "",
      `import (\n\t"encoding/json"\n\t"fmt"\n\t"io/ioutil"\n\t"os"\n${used.map((namespace) => `\t"kyc/${namespace}"`).join("\n")}\n)`,
      "",
      `func roundTrip(kind string, data []byte) ([]byte, error) {\n\tswitch kind {\n${switchCases.join("\n")}\n\t}\n\treturn nil, fmt.Errorf("no type %s", kind)\n}`,
      "",
      "type testCase struct {\n\tType   string `json:\"type\"`\n\tInput  string `json:\"input\"`\n\tOutput string `json:\"output\"`\n}",
      "",
      "func main() {\n\tvar cases []testCase\n\tdata, _ := ioutil.ReadFile(os.Args[1])\n\tif err := json.Unmarshal(data, &cases); err != nil {\n\t\tpanic(err)\n\t}\n\tfailures := map[string]string{}\n\tfor _, c := range cases {\n\t\tinput, _ := ioutil.ReadFile(c.Input)\n\t\tout, err := roundTrip(c.Type, input)\n\t\tif err != nil {\n\t\t\tfailures[c.Input] = err.Error()\n\t\t\tcontinue\n\t\t}\n\t\tioutil.WriteFile(c.Output, out, 0o644)\n\t}\n\tresult, _ := json.Marshal(failures)\n\tos.Stdout.Write(result)\n}",
      "",
    ].join("\n");
    mkdirSync(join(gopath, "src", "kyc", "roundtrip"), { recursive: true });
    writeFileSync(join(gopath, "src", "kyc", "roundtrip", "main.go"), main);
    const manifest = join(work, "go-cases.json");
    writeFileSync(manifest, JSON.stringify(cases.map((entry) => ({ type: entry.type, input: entry.input, output: `${entry.input}.go.json` }))));
    const env = { GOPATH: gopath, GO111MODULE: "off", GOFLAGS: "" };
    const binary = join(work, "roundtrip-go");
    run("go", ["build", "-o", binary, "kyc/roundtrip"], env);
    const failures = JSON.parse(run(binary, [manifest], env)) as Record<string, string>;
    expect(Object.keys(failures).map((input) => cases.find((entry) => entry.input === input)!.name)).toEqual([]);
    const invalid = cases.flatMap((entry) => {
      const errors = errorsAgainst(entry.schemaFile, JSON.parse(readFileSync(`${entry.input}.go.json`, "utf8")));
      return errors.length > 0 ? [`${entry.name}: ${errors.join(", ")}`] : [];
    });
    expect(invalid).toEqual([]);
  }, 600_000);

  it("Python (quicktype, validated with python3-jsonschema): every fixture survives", () => {
    const modules = join(work, "python");
    mkdirSync(modules, { recursive: true });
    for (const namespace of namespaces) writeFileSync(join(modules, `${namespace}.py`), sources.get(`${namespace}.python`)!);
    const manifest = join(work, "python-cases.json");
    writeFileSync(
      manifest,
      JSON.stringify({
        modules,
        cases: cases.map((entry) => ({
          name: entry.name,
          namespace: entry.namespace,
          function: spelled(sources.get(`${entry.namespace}.python`)!, /^def (\w+)_from_dict\(/gm, entry.type),
          schema: schemaPath(entry.schemaFile),
          input: entry.input,
        })),
      }),
    );
    const results = JSON.parse(run(python, [fileURLToPath(new URL("codegen/roundtrip.py", import.meta.url)), manifest])) as { name: string; errors: string[] }[];
    expect(results).toHaveLength(cases.length);
    expect(results.filter((result) => result.errors.length > 0)).toEqual([]);
  }, 600_000);

  it("TypeScript (quicktype, type-checked with tsc, its runtime checks on): every fixture survives", async () => {
    const folder = join(work, "typescript");
    mkdirSync(folder, { recursive: true });
    for (const namespace of namespaces) writeFileSync(join(folder, `${namespace}.ts`), sources.get(`${namespace}.typescript`)!);
    typeCheck(folder, namespaces.map((namespace) => `${namespace}.ts`));
    const invalid: string[] = [];
    for (const namespace of namespaces) {
      const { Convert } = (await import(pathToFileURL(join(folder, `${namespace}.ts`)).href)) as { Convert: Record<string, (value: unknown) => unknown> };
      for (const entry of cases.filter((candidate) => candidate.namespace === namespace)) {
        const type = spelled(sources.get(`${namespace}.typescript`)!, /public static to(\w+)\(json: string\)/g, entry.type);
        try {
          const typed = Convert[`to${type}`]!(readFileSync(entry.input, "utf8"));
          const encoded = JSON.parse(Convert[`${type[0]!.toLowerCase()}${type.slice(1)}ToJson`]!(typed) as string) as unknown;
          const errors = errorsAgainst(entry.schemaFile, encoded);
          if (errors.length > 0) invalid.push(`${entry.name}: ${errors.join(", ")}`);
        } catch (error) {
          invalid.push(`${entry.name}: ${(error as Error).message.slice(0, 200)}`);
        }
      }
    }
    expect(invalid).toEqual([]);
  }, 600_000);
});

describe("types generated with openapi-typescript from the OpenAPI documents", () => {
  it("type-checks, and every valid fixture is assignable to its component's type", async () => {
    const folder = join(work, "openapi-typescript");
    mkdirSync(folder, { recursive: true });
    for (const file of ["openapi.json", "receiver-openapi.json"]) {
      writeFileSync(join(folder, file.replace(".json", ".ts")), astToString(await openapiTS(new URL(file, generatedFolder))));
    }
    const literals = cases.map((entry, index) => `export const fixture${index}: components["schemas"][${JSON.stringify(entry.type)}] = ${JSON.stringify(entry.value)};`);
    writeFileSync(join(folder, "fixtures.ts"), [`import type { components } from "./openapi.js";`, ...literals, ""].join("\n"));
    typeCheck(folder, ["openapi.ts", "receiver-openapi.ts", "fixtures.ts"]);
  }, 600_000);
});

describe("the YAML documents read by YAML 1.1 readers", () => {
  for (const file of ["openapi", "receiver-openapi"]) {
    const json = () => JSON.parse(readFileSync(schemaPath(`${file}.json`), "utf8")) as unknown;

    it(`PyYAML reads ${file}.yaml as the same document as ${file}.json`, () => {
      expect(JSON.parse(run(python, [fileURLToPath(new URL("codegen/yaml_to_json.py", import.meta.url)), schemaPath(`${file}.yaml`)]))).toEqual(json());
    });

    it(`Go's gopkg.in/yaml.v2 reads ${file}.yaml as the same document as ${file}.json`, () => {
      const program = fileURLToPath(new URL("codegen/yamlv2/main.go", import.meta.url));
      // Debian's golang-gopkg-yaml.v2-dev installs the package's source under /usr/share/gocode; no module download.
      const read = run("go", ["run", program, schemaPath(`${file}.yaml`)], { GOPATH: `${join(work, "yaml-gopath")}:/usr/share/gocode`, GO111MODULE: "off", GOFLAGS: "" });
      expect(JSON.parse(read)).toEqual(json());
    }, 600_000);
  }
});

function declaresProperties(file: string): boolean {
  const schema = JSON.parse(readFileSync(schemaPath(file), "utf8")) as { properties?: object; oneOf?: unknown; anyOf?: unknown };
  return Object.keys(schema.properties ?? {}).length > 0;
}

/** tsc --noEmit, strict, over the generated files, as a team's build would. */
function typeCheck(folder: string, files: readonly string[]): void {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  writeFileSync(
    join(folder, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: "es2022", module: "nodenext", moduleResolution: "nodenext", skipLibCheck: true, types: [] }, files }),
  );
  try {
    run(process.execPath, [tsc, "-p", join(folder, "tsconfig.json")]);
  } catch (error) {
    throw new Error(`tsc failed:\n${String((error as { stdout?: string }).stdout).slice(0, 4000)}`);
  }
}
