import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "./helpers.js";

/** Completes `line` (the words typed so far, the last one being completed) in a real bash with the generated script loaded. */
function completeInBash(script: string, words: readonly string[]): string[] {
  const program = [
    `source ${JSON.stringify(script)}`,
    `COMP_WORDS=(${words.map((word) => `'${word}'`).join(" ")})`,
    `COMP_CWORD=${words.length - 1}`,
    "_kyc_webhooks",
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join("\n");
  const result = spawnSync("bash", ["--norc", "--noprofile", "-c", program], { encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout.split("\n").filter(Boolean);
}

describe("shell completion", () => {
  let folder: string;
  let bash: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "kyc-cli-completion-"));
    const result = await run(["completion", "bash"]);
    expect(result.code).toBe(0);
    bash = join(folder, "kyc-webhooks.bash");
    writeFileSync(bash, result.stdout);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("the bash script loads and completes commands, each command's own options, providers and fixtures", () => {
    expect(completeInBash(bash, ["kyc-webhooks", "li"])).toEqual(["listen"]);
    expect(completeInBash(bash, ["kyc-webhooks", "events", "t"])).toEqual(["tail"]);
    expect(completeInBash(bash, ["kyc-webhooks", "listen", "--for"])).toEqual(["--forward-to"]);
    expect(completeInBash(bash, ["kyc-webhooks", "validate", "--provider", "sh"])).toEqual(["shufti"]);
    expect(completeInBash(bash, ["kyc-webhooks", "send", "o"])).toEqual(["ondato"]);
    expect(completeInBash(bash, ["kyc-webhooks", "send", "shufti", "verification.acc"])).toContain("verification.accepted");
  });

  it("zsh and fish scripts are generated from the same definitions", async () => {
    const [zsh, fish] = await Promise.all([run(["completion", "zsh"]), run(["completion", "fish"])]);
    expect(zsh.stdout.startsWith("#compdef kyc-webhooks")).toBe(true);
    expect(zsh.stdout).toContain("--forward-to");
    expect(fish.stdout).toContain("complete -c kyc-webhooks -n '__fish_seen_subcommand_from listen' -l forward-to -s f -r -F");
    const unknown = await run(["completion", "powershell"]);
    expect(unknown.code).toBe(2);
  });
});
