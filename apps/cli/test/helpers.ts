import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FixtureEntry } from "@kyc-webhooks/core";

export const cliDir = fileURLToPath(new URL("..", import.meta.url));
export const repoRoot = join(cliDir, "..", "..");
/** The committed bin file, which loads dist/cli.js: what `pnpm exec kyc-webhooks` and a global install run. */
export const binary = join(cliDir, "bin", "kyc-webhooks.js");
export const providers = ["jumio", "shufti", "ondato", "netki"] as const;

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment of the test process without what would change the CLI's output (colour, credentials). */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || name === "NO_COLOR" || name === "FORCE_COLOR" || name.startsWith("KYC_")) continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}

/** Runs the built CLI as a child process (asynchronously, so a server in this process can answer it). */
export function run(args: readonly string[], options: { env?: Record<string, string>; input?: string | Uint8Array; cwd?: string } = {}): Promise<RunResult> {
  return spawnAndCollect(process.execPath, [binary, ...args], options);
}

export function spawnAndCollect(
  command: string,
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string | Uint8Array; cwd?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? cliDir, env: cleanEnv(options.env), stdio: ["pipe", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") }));
    child.stdin.end(options.input ?? "");
  });
}

function shellQuote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * Runs the built CLI on a real pseudo-terminal (util-linux `script`), so that stdout and stderr are TTYs.
 * Returns what the terminal showed (both streams, interleaved as written).
 */
export function runOnTerminal(args: readonly string[], env: Record<string, string> = {}): Promise<RunResult> {
  const command = [process.execPath, binary, ...args].map(shellQuote).join(" ");
  return spawnAndCollect("script", ["-qec", command, "/dev/null"], { env: { TERM: "xterm-256color", ...env } });
}

export interface RepoFixture extends FixtureEntry {
  readonly provider: (typeof providers)[number];
  readonly name: string;
  /** Absolute path of the fixture file in its provider package. */
  readonly path: string;
}

/** Every callback fixture of every provider package, read from each package's fixtures/index.json. */
export function repoFixtures(): RepoFixture[] {
  return providers.flatMap((provider) => {
    const folder = join(repoRoot, "packages", provider, "fixtures");
    const index = join(folder, "index.json");
    if (!existsSync(index)) return [];
    return (JSON.parse(readFileSync(index, "utf8")) as FixtureEntry[]).map((entry) => ({
      ...entry,
      provider,
      name: entry.file.replace(/\.(json|txt|form)$/, ""),
      path: join(folder, entry.file),
    }));
  });
}

// eslint-disable-next-line no-control-regex
export const ansiPattern = /\u001b\[[0-9;]*[A-Za-z]/;
