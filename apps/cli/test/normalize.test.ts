import { readFileSync } from "node:fs";
import { normalizedEventSchema } from "@kyc-webhooks/normalized";
import { describe, expect, it } from "vitest";
import { providers, repoFixtures, run } from "./helpers.js";

const fixtures = repoFixtures();

describe("normalize", () => {
  it("prints the normalized event of a valid fixture of each provider as JSON on stdout, exit 0", async () => {
    const samples = providers.flatMap((provider) => fixtures.filter((fixture) => fixture.provider === provider && fixture.valid).slice(0, 1));
    const results = await Promise.all(samples.map((fixture) => run(["normalize", fixture.path])));
    results.forEach((result, index) => {
      const fixture = samples[index];
      expect(result.code, fixture?.file).toBe(0);
      expect(result.stderr).toBe("");
      const event = normalizedEventSchema.parse(JSON.parse(result.stdout));
      expect(event).toMatchObject({ provider: fixture?.provider, providerKind: fixture?.kind });
    });
  });

  it("reads stdin and takes --provider", async () => {
    const fixture = fixtures.find((candidate) => candidate.provider === "shufti" && candidate.valid);
    const result = await run(["normalize", "--provider", "shufti", "-"], { input: readFileSync(fixture?.path ?? "") });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ provider: "shufti", providerKind: fixture?.kind });
  });

  it("an invalid body: exit 1, nothing on stdout, the issues with field paths on stderr", async () => {
    const fixture = fixtures.find((candidate) => !candidate.valid && candidate.file.endsWith(".json") && candidate.provider === "netki");
    const result = await run(["normalize", fixture?.path ?? ""]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("✖ invalid");
    expect(result.stderr).toMatch(/→ [a-z_]+\.[a-z_.]+/);
  });

  it("takes exactly one input", async () => {
    const [none, two] = await Promise.all([run(["normalize"]), run(["normalize", "a.json", "b.json"])]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("normalize needs one input");
    expect(two.code).toBe(2);
    expect(two.stderr).toContain("use validate for many");
  });
});
