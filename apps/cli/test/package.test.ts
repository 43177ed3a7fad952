import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliDir, repoFixtures, spawnAndCollect } from "./helpers.js";

/**
 * The published shape: `pnpm pack` makes the tarball, `npm install -g` puts it in a prefix of its own,
 * outside the workspace and without a registry (the bundle has no runtime dependencies).
 */
describe("the packed tarball", () => {
  let work: string;
  let bin: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "kyc-cli-pack-"));
    execFileSync("npx", ["-y", "pnpm@10.34.9", "pack", "--pack-destination", work], { cwd: cliDir, stdio: "ignore" });
    const tarball = readdirSync(work).find((file) => file.endsWith(".tgz"));
    if (!tarball) throw new Error("pnpm pack wrote no tarball");
    const prefix = join(work, "prefix");
    execFileSync("npm", ["install", "-g", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", join(work, tarball)], { cwd: work, stdio: "ignore" });
    bin = join(prefix, "bin", "kyc-webhooks");
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("installs globally and `kyc-webhooks --help` runs", async () => {
    const result = await spawnAndCollect(bin, ["--help"], { cwd: work });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: kyc-webhooks <command>");
  });

  it("carries its fixtures and schemas: fixtures, validate and schemas work from the global install", async () => {
    const fixture = repoFixtures().find((candidate) => candidate.valid);
    const [fixtures, validate, schemas] = await Promise.all([
      spawnAndCollect(bin, ["fixtures", "--json"], { cwd: work }),
      spawnAndCollect(bin, ["validate", fixture?.path ?? ""], { cwd: work }),
      spawnAndCollect(bin, ["schemas", "--out", join(work, "schemas")], { cwd: work }),
    ]);
    expect(fixtures.code).toBe(0);
    expect(Object.values(JSON.parse(fixtures.stdout) as Record<string, unknown[]>).flat().length).toBe(repoFixtures().length);
    expect(validate.code).toBe(0);
    expect(schemas.code).toBe(0);
  });
});
