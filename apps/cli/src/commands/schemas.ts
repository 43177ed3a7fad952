import { existsSync } from "node:fs";
import { copyFile, mkdir, readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { booleanValue, requiredString } from "../command.js";
import type { Command } from "../command.js";
import { CliError, UsageError, exitCodes } from "../errors.js";
import { describeFsError } from "../inputs.js";

/** packages/spec/generated/, copied next to the bundle by build.mjs. */
const specFolder = new URL("./spec/", import.meta.url);

export const schemasCommand: Command = {
  name: "schemas",
  usage: ["schemas --out <dir> [--json]"],
  description: [
    "Writes the documents @kyc-webhooks/spec generates from the zod schemas: openapi.json and openapi.yaml",
    "(every provider's webhooks and API), receiver-openapi.json and .yaml (the receiver's own HTTP API),",
    "json-schema/<provider>/<kind>.json per callback kind, the API objects,",
    "json-schema/normalized/event.json, and index.json listing them. For teams working in other languages.",
    "Existing files of the same names are overwritten; other files in the folder are left alone.",
  ].join("\n"),
  options: {
    out: { type: "string", short: "o", value: "dir", description: "The folder to write to (created if missing; required)." },
    json: { type: "boolean", description: "Print the written files as JSON: { out, files[] }." },
  },
  examples: ["schemas --out ./kyc-schemas", "schemas --out spec && ls spec/json-schema/shufti"],
  async run(args, { terminal }) {
    if (args.positionals.length > 0) throw new UsageError(`Unexpected argument ${args.positionals[0] ?? ""}.`, "Give the folder with --out <dir>.");
    const out = requiredString(args, "out", "schemas", "dir");
    const source = fileURLToPath(specFolder);
    if (!existsSync(join(source, "openapi.json"))) {
      throw new CliError("This build of kyc-webhooks carries no generated schemas.", "Run `pnpm generate` and `pnpm build` in the repository, or install a released version.");
    }
    const files = await listFiles(source);
    try {
      for (const file of files) {
        const target = join(out, file);
        await mkdir(dirname(target), { recursive: true });
        await copyFile(join(source, file), target);
      }
    } catch (error) {
      const fsError = error as NodeJS.ErrnoException;
      throw new CliError(`Cannot write to ${out}: ${describeFsError(fsError)}.`, "Choose a folder you can write to.");
    }
    if (booleanValue(args, "json")) {
      terminal.print(JSON.stringify({ out, files }, null, 2));
    } else {
      const style = terminal.out;
      const schemaCount = files.filter((file) => file.startsWith("json-schema/")).length;
      terminal.print(`${style.green("✔")} Wrote ${files.length} files to ${style.bold(out)}: OpenAPI 3.1 (openapi.json, openapi.yaml; receiver-openapi.json, receiver-openapi.yaml) and ${schemaCount} JSON Schema files.`);
    }
    return exitCodes.ok;
  },
};

async function listFiles(folder: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(join(folder, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await listFiles(folder, path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
