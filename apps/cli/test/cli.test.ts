import { describe, expect, it } from "vitest";
import { ansiPattern, repoFixtures, run, runOnTerminal } from "./helpers.js";

const commandNames = ["validate", "normalize", "fixtures", "send", "events", "deliveries", "replay", "schemas"];

describe("kyc-webhooks (help, version, usage errors)", () => {
  it("--help lists every command and exits 0", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    for (const name of commandNames) expect(result.stdout).toMatch(new RegExp(`^  ${name} `, "m"));
    expect(result.stdout).toContain("Exit status");
  });

  it("each command has its own --help with usage and options", async () => {
    const results = await Promise.all(commandNames.map((name) => run([name, "--help"])));
    results.forEach((result, index) => {
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: kyc-webhooks ${commandNames[index] ?? ""}`);
      expect(result.stdout).toContain("--help");
    });
  });

  it("--version prints the package version", async () => {
    const result = await run(["--version"]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("no command shows the help on stderr and exits 2", async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage: kyc-webhooks <command>");
  });

  it("an unknown command or option is a usage error: exit 2, one line saying what to do, no stack trace", async () => {
    const unknownCommand = await run(["valdate", "x.json"]);
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toContain('Unknown command "valdate"');
    expect(unknownCommand.stderr).toContain("kyc-webhooks validate");

    const unknownOption = await run(["validate", "--frobnicate", "x.json"]);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("Unknown option --frobnicate");
    expect(unknownOption.stderr).toContain("kyc-webhooks validate --help");

    const missingValue = await run(["send", "shufti", "verification.accepted", "--to"]);
    expect(missingValue.code).toBe(2);
    expect(missingValue.stderr).toContain("--to needs a value");

    for (const result of [unknownCommand, unknownOption, missingValue]) {
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stdout).toBe("");
    }
  });

  it("--debug adds the stack trace to an error", async () => {
    const result = await run(["validate", "--debug", "--provider", "acme", "callback.json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\n\s+at /);
  });
});

describe("colour", () => {
  const fixture = repoFixtures().find((candidate) => candidate.valid);
  if (!fixture) throw new Error("no valid fixture in the repository");

  it("is on on a terminal", async () => {
    const result = await runOnTerminal(["validate", fixture.path]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(ansiPattern);
  });

  it("is off on a terminal when NO_COLOR is set, or with --no-color", async () => {
    const [noColorEnv, noColorFlag] = await Promise.all([runOnTerminal(["validate", fixture.path], { NO_COLOR: "1" }), runOnTerminal(["validate", "--no-color", fixture.path])]);
    for (const result of [noColorEnv, noColorFlag]) {
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("valid");
      expect(result.stdout).not.toMatch(ansiPattern);
    }
  });

  it("is off when piped, and FORCE_COLOR forces it", async () => {
    const [piped, forced] = await Promise.all([run(["validate", fixture.path]), run(["validate", fixture.path], { env: { FORCE_COLOR: "1" } })]);
    expect(piped.stdout).toContain("valid");
    expect(piped.stdout).not.toMatch(ansiPattern);
    expect(forced.stdout).toMatch(ansiPattern);
  });
});
