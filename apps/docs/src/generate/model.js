// Everything the site shows, read from the packages themselves: each provider package's descriptor and
// exported code tables, the normalized package's event model and mapping tables, and the package
// manifests for names and commands. Nothing here is copied by hand.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { settings as receiverSettings } from "@kyc-webhooks/receiver";
import * as jumio from "@kyc-webhooks/jumio";
import * as netki from "@kyc-webhooks/netki";
import * as normalized from "@kyc-webhooks/normalized";
import * as ondato from "@kyc-webhooks/ondato";
import * as shufti from "@kyc-webhooks/shufti";
import { dataExports, humanize, isPlainObject } from "./data-tables.js";
import { loadExamples } from "./examples.js";

/** @typedef {import("@kyc-webhooks/core").ProviderDescriptor} ProviderDescriptor */
/** @typedef {import("./data-tables.js").DataExport} DataExport */
/** @typedef {import("./data-tables.js").Row} Row */

/**
 * @typedef {object} PackageInfo
 * @property {string} name
 * @property {string} [description]
 * @property {Record<string, string> | string} [bin]
 * @property {Record<string, string>} [scripts]
 * @property {string} [packageManager]
 * @property {Record<string, string>} [engines]
 */

/**
 * @typedef {object} ProviderModel
 * @property {string} name the provider's name in the normalized model (`shufti`)
 * @property {string} label a short label for navigation (`Shufti`)
 * @property {string} shortTitle the provider's name from its descriptor's title (`Shufti Pro`, `Netki`)
 * @property {ProviderDescriptor} descriptor
 * @property {PackageInfo} pkg the package's manifest
 * @property {DataExport[]} tables the code tables the package exports as data
 * @property {string[]} exports the names of the package's exports (to check what an example may use)
 * @property {Map<string, import("./examples.js").Example[]>} examples the package's valid fixtures by callback kind
 * @property {DocumentedRule[]} rules the documented cross-field rules the package checks (core's `Rule` objects it exports)
 * @property {string} readme the package's README.md
 */

/**
 * @typedef {object} DescribedSet
 * @property {string} name the export's name (`statusDescriptions`)
 * @property {string} title `Statuses`
 * @property {string} id the anchor of its section
 * @property {[string, string][]} entries value and meaning
 */

/**
 * @typedef {object} MappingTable
 * @property {string} name the export's name (`statusMappings`)
 * @property {string} title `Status mappings`
 * @property {string[]} columns the row keys, without `provider`
 * @property {Row[]} rows
 */

/**
 * @typedef {object} SiteModel
 * @property {ProviderModel[]} providers in the normalized model's order
 * @property {{ pkg: PackageInfo, described: DescribedSet[], eventSchema: import("zod").ZodType, mappings: MappingTable[], exports: string[] }} normalized
 * @property {{ root: PackageInfo, receiver: PackageInfo | undefined, cli: PackageInfo | undefined }} workspace
 * @property {Spec} spec
 * @property {readonly import("@kyc-webhooks/receiver").DeclaredSetting[]} settings the receiver's settings
 * @property {CliHelp} cli
 */

/**
 * The generated specs, as @kyc-webhooks/spec publishes them.
 * @typedef {object} Spec
 * @property {string} folder the absolute path of its `generated/` folder
 * @property {{ openapi: string[], httpApis?: { name: string, title: string, openapi: string[] }[], schemas: { file: string, provider: string, callbackKind?: string, $id?: string }[] }} index its index.json
 * @property {Record<string, unknown>} openapi openapi.json
 * @property {Record<string, unknown>} receiver receiver-openapi.json
 */

/**
 * The CLI's help, as the command prints it.
 * @typedef {object} CliHelp
 * @property {string} bin the command's name
 * @property {string} main `kyc-webhooks --help`
 * @property {{ name: string, summary: string, help: string }[]} commands each command's `help <command>`
 */

const require = createRequire(import.meta.url);

/** The package modules, by the provider names of the normalized model. */
const modules = /** @type {const} */ ({ jumio, shufti, ondato, netki });

/** Exports that are shown elsewhere on a provider page, or are not data. */
const notCodeTables = ["descriptor", "provider", "callbackKinds", "callbackSchemas"];

/** @param {string} name */
function packageInfo(name) {
  return /** @type {PackageInfo} */ (require(`${name}/package.json`));
}

/** A workspace manifest by its path from the repository root; undefined when that app is not there. @param {string} path */
function workspaceInfo(path) {
  try {
    return /** @type {PackageInfo} */ (JSON.parse(readFileSync(new URL(`../../../../${path}`, import.meta.url), "utf8")));
  } catch {
    return undefined;
  }
}

/** `status` → `statuses`, `reason category` → `reason categories`. @param {string} words */
function plural(words) {
  if (/[^aeiou]y$/.test(words)) return `${words.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(words)) return `${words}es`;
  return `${words}s`;
}

/** The generated specs, read through the spec package's exports. @returns {Spec} */
function loadSpec() {
  const folder = fileURLToPath(new URL(".", pathToUrl(require.resolve("@kyc-webhooks/spec/openapi.json"))));
  const read = (/** @type {string} */ file) => JSON.parse(readFileSync(`${folder}${file}`, "utf8"));
  return { folder, index: read("index.json"), openapi: read("openapi.json"), receiver: read("receiver-openapi.json") };
}

/** @param {string} path */
function pathToUrl(path) {
  return new URL(`file://${path}`);
}

/** The CLI's help, from the built command itself (so that the reference is what the command says). @returns {CliHelp} */
function loadCliHelp() {
  const cliDir = fileURLToPath(new URL("../../../cli/", import.meta.url));
  const manifest = /** @type {PackageInfo} */ (JSON.parse(readFileSync(`${cliDir}package.json`, "utf8")));
  const [bin, script] = typeof manifest.bin === "object" ? (Object.entries(manifest.bin)[0] ?? ["kyc-webhooks", ""]) : ["kyc-webhooks", manifest.bin ?? ""];
  const entry = `${cliDir}${script.replace(/^\.\//, "")}`;
  if (!existsSync(entry)) throw new Error(`The CLI is not built (${entry}): run pnpm build first`);
  const run = (/** @type {string[]} */ args) => execFileSync(process.execPath, [entry, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } }).trimEnd();
  const main = run(["--help"]);
  // The "Commands:" section lists one command a line (`  name  summary`) up to a blank line.
  const section = /^Commands:\n((?: {2}\S.*\n?)+)/m.exec(`${main}\n`)?.[1] ?? "";
  const commands = section
    .split("\n")
    .map((line) => /^ {2}(\S+)\s{2,}(.*)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({ name: match[1] ?? "", summary: match[2] ?? "", help: run(["help", match[1] ?? ""]) }));
  return { bin, main, commands };
}

/**
 * @typedef {object} DocumentedRule
 * @property {string} id
 * @property {string} statement
 * @property {{ title: string, url: string, where: string }} source
 */

/** Whether a value is one of core's `Rule` objects: an id, a statement, a cited source and a check. @param {unknown} value @returns {value is DocumentedRule} */
function isRule(value) {
  return isPlainObject(value) && typeof value["id"] === "string" && typeof value["statement"] === "string" && isPlainObject(value["source"]) && typeof value["check"] === "function";
}

/** Every rule a package exports, alone, in a list, or in a record of lists (Jumio's `callbackRules` by kind), once each. @param {Readonly<Record<string, unknown>>} module */
function documentedRules(module) {
  /** @type {Map<string, DocumentedRule>} */
  const rules = new Map();
  const visit = (/** @type {unknown} */ value, /** @type {number} */ depth) => {
    if (isRule(value)) rules.set(value.id, { id: value.id, statement: value.statement, source: value.source });
    else if (depth < 2 && Array.isArray(value)) for (const item of value) visit(item, depth + 1);
    else if (depth < 2 && isPlainObject(value)) for (const item of Object.values(value)) visit(item, depth + 1);
  };
  for (const value of Object.values(module)) visit(value, 0);
  return [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** @returns {Promise<SiteModel>} */
export async function loadModel() {
  const providers = normalized.providerNames.map((name) => {
    const module = /** @type {Readonly<Record<string, unknown>>} */ (modules[name]);
    const descriptor = /** @type {ProviderDescriptor} */ (module["descriptor"]);
    if (!descriptor || descriptor.provider !== name) throw new Error(`@kyc-webhooks/${name} exports no descriptor for ${name}`);
    return {
      name,
      label: name.charAt(0).toUpperCase() + name.slice(1),
      // "Netki (MyVerify) callbacks and …", "Ondato IDV and …": the name is what comes before the qualifiers.
      shortTitle: descriptor.title.split(/ \(| IDV\b| callbacks\b/)[0] ?? descriptor.title,
      descriptor,
      pkg: packageInfo(`@kyc-webhooks/${name}`),
      tables: dataExports(module, notCodeTables),
      exports: Object.keys(module),
      examples: new Map(),
      rules: documentedRules(module),
      readme: readFileSync(fileURLToPath(new URL("README.md", pathToUrl(require.resolve(`@kyc-webhooks/${name}/package.json`)))), "utf8"),
    };
  });
  for (const provider of providers) {
    provider.examples = await loadExamples(provider.name, /** @type {Readonly<Record<string, unknown>>} */ (modules[provider.name]));
  }

  const normalizedModule = /** @type {Readonly<Record<string, unknown>>} */ (normalized);
  /** @type {DescribedSet[]} */
  const described = [];
  /** @type {MappingTable[]} */
  const mappings = [];
  for (const [name, value] of Object.entries(normalizedModule)) {
    const describedMatch = /^(.+)Descriptions$/.exec(name);
    if (describedMatch?.[1] && isPlainObject(value) && Object.values(value).every((text) => typeof text === "string")) {
      const title = plural(humanize(describedMatch[1]));
      described.push({ name, title, id: title.toLowerCase().replace(/[^a-z0-9]+/g, "-"), entries: /** @type {[string, string][]} */ (Object.entries(value)) });
    }
    if (/Mappings$/.test(name) && Array.isArray(value) && value.every((row) => isPlainObject(row))) {
      /** @type {Row[]} */
      const rows = value;
      const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((column) => column !== "provider");
      mappings.push({ name, title: humanize(name), columns, rows });
    }
  }

  // A module namespace lists its exports alphabetically: put what a reader looks for first in front.
  const first = ["eventTypeDescriptions", "statusDescriptions", "statusMappings"];
  const rank = (/** @type {{ name: string }} */ entry) => (first.includes(entry.name) ? first.indexOf(entry.name) : first.length);
  described.sort((a, b) => rank(a) - rank(b));
  mappings.sort((a, b) => rank(a) - rank(b));

  return {
    providers,
    normalized: {
      pkg: packageInfo("@kyc-webhooks/normalized"),
      described,
      eventSchema: normalized.normalizedEventSchema,
      mappings,
      exports: Object.keys(normalizedModule),
    },
    workspace: {
      root: /** @type {PackageInfo} */ (workspaceInfo("package.json")),
      receiver: workspaceInfo("apps/receiver/package.json"),
      cli: workspaceInfo("apps/cli/package.json"),
    },
    spec: loadSpec(),
    settings: receiverSettings,
    cli: loadCliHelp(),
  };
}
