import { describe, expect, it } from "vitest";
import { providers, repoFixtures, run } from "./helpers.js";

const fixtures = repoFixtures();

describe("fixtures", () => {
  it("lists every provider package's fixtures by provider, with kind and validity", async () => {
    const result = await run(["fixtures"]);
    expect(result.code).toBe(0);
    for (const provider of providers) expect(result.stdout).toMatch(new RegExp(`^${provider} \\(\\d+ fixtures?\\)`, "m"));
    for (const fixture of fixtures) expect(result.stdout).toMatch(new RegExp(`^  ${fixture.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+${fixture.kind.replace(/\./g, "\\.")}\\s+(yes|no)`, "m"));
  });

  it("--json: { <provider>: [{ name, file, kind, valid, contentType, description }] }, the same set as the packages ship", async () => {
    const result = await run(["fixtures", "--json"]);
    expect(result.code).toBe(0);
    const listed = JSON.parse(result.stdout) as Record<string, { name: string; file: string; kind: string; valid: boolean; contentType: string; description: string }[]>;
    expect(Object.keys(listed)).toEqual([...providers]);
    for (const provider of providers) {
      const expected = fixtures.filter((fixture) => fixture.provider === provider);
      expect(listed[provider]?.map(({ name, kind, valid, contentType }) => ({ name, kind, valid, contentType }))).toEqual(
        expected.map(({ name, kind, valid, contentType }) => ({ name, kind, valid, contentType })),
      );
    }
  });

  it("lists one provider, and refuses an unknown one with exit 2", async () => {
    const [one, unknown] = await Promise.all([run(["fixtures", "netki"]), run(["fixtures", "acme"])]);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^netki /m);
    expect(one.stdout).not.toMatch(/^shufti /m);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown provider "acme"');
  });
});
