import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { binary, repoRoot, spawnAndCollect } from "./helpers.js";

/**
 * What each start-up loads of the bundle (the "load only what they need"): the built command runs with a
 * module hook that lists every file of dist/ it imports, and the test reads those files. Each provider's
 * normalizer (`normalizeShufti`, …) is in the chunk of that provider's entry, next to the provider's schemas.
 */
let work: string;
let hook: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "kyc-cli-startup-"));
  writeFileSync(
    join(work, "hooks.mjs"),
    `import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  if (url.includes("/dist/")) appendFileSync(process.env.KYC_TEST_LOADED, url + "\\n");
  return next(url, context);
}
`,
  );
  hook = join(work, "register.mjs");
  writeFileSync(hook, `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(join(work, "hooks.mjs")).href)});\n`);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

let runs = 0;
async function loadedBy(args: readonly string[]): Promise<{ code: number; source: string }> {
  const list = join(work, `loaded-${(runs += 1)}.txt`);
  writeFileSync(list, "");
  const result = await spawnAndCollect(process.execPath, ["--import", pathToFileURL(hook).href, binary, ...args], { env: { KYC_TEST_LOADED: list } });
  const files = readFileSync(list, "utf8").split("\n").filter(Boolean);
  expect(files.length).toBeGreaterThan(0);
  return { code: result.code, source: files.map((url) => readFileSync(new URL(url), "utf8")).join("\n") };
}

const fixture = (provider: string, file: string) => join(repoRoot, "packages", provider, "fixtures", file);
const normalizers = { jumio: "normalizeJumio", shufti: "normalizeShufti", ondato: "normalizeOndato", netki: "normalizeNetki" } as const;
// zod's core defines each schema class with $constructor("$ZodType", …): present only where zod is.
const zodMarker = '"$ZodType"';

describe("start-up loads only what the command needs", () => {
  for (const args of [["--version"], ["--help"], ["validate", "--help"]]) {
    it(`kyc-webhooks ${args.join(" ")} loads neither zod nor any provider`, async () => {
      const { code, source } = await loadedBy(args);
      expect(code).toBe(0);
      expect(source).not.toContain(zodMarker);
      for (const name of Object.values(normalizers)) expect(source).not.toContain(`function ${name}(`);
    });
  }

  const cases = [
    { args: ["validate", "-p", "shufti", fixture("shufti", "verification.accepted.json")], provider: "shufti" },
    { args: ["validate", fixture("shufti", "verification.accepted.json")], provider: "shufti" },
    { args: ["validate", fixture("ondato", "form.created.json")], provider: "ondato" },
    { args: ["normalize", fixture("shufti", "verification.accepted.json")], provider: "shufti" },
  ] as const;
  for (const { args, provider } of cases) {
    it(`kyc-webhooks ${args.slice(0, -1).join(" ")} <a ${provider} callback> loads ${provider} alone`, async () => {
      const { code, source } = await loadedBy(args);
      expect(code).toBe(0);
      expect(source).toContain(zodMarker);
      for (const [name, normalizer] of Object.entries(normalizers)) {
        if (name === provider) expect(source).toContain(`function ${normalizer}(`);
        else expect(source).not.toContain(`function ${normalizer}(`);
      }
    });
  }
});
