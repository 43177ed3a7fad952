import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, run } from "./helpers.js";

const generated = join(repoRoot, "packages", "spec", "generated");

describe("schemas", () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "kyc-cli-schemas-"));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("writes the generated OpenAPI and JSON Schema files, byte for byte as @kyc-webhooks/spec commits them", async () => {
    const out = join(folder, "out");
    const result = await run(["schemas", "--out", out, "--json"]);
    expect(result.code).toBe(0);
    const { files } = JSON.parse(result.stdout) as { out: string; files: string[] };
    expect(files).toContain("openapi.json");
    expect(files).toContain("openapi.yaml");
    expect(files.filter((file) => file.startsWith("json-schema/")).length).toBeGreaterThan(10);
    const openapi = JSON.parse(readFileSync(join(out, "openapi.json"), "utf8")) as { openapi: string; webhooks?: object };
    expect(openapi.openapi).toMatch(/^3\.1\./);
    for (const file of files) expect(readFileSync(join(out, file), "utf8"), file).toBe(readFileSync(join(generated, file), "utf8"));
  });

  it("prints a summary without --json", async () => {
    const result = await run(["schemas", "--out", join(folder, "plain")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Wrote \d+ files to .*OpenAPI 3\.1/);
    expect(existsSync(join(folder, "plain", "openapi.yaml"))).toBe(true);
  });

  it("needs --out (exit 2) and says when it cannot write (exit 1)", async () => {
    const blocker = join(folder, "a-file");
    writeFileSync(blocker, "");
    const [missing, blocked] = await Promise.all([run(["schemas"]), run(["schemas", "--out", join(blocker, "sub")])]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("schemas needs --out <dir>");
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain(`Cannot write to ${join(blocker, "sub")}`);
    expect(blocked.stderr).not.toMatch(/\n\s+at /);
  });
});
