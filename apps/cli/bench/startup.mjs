#!/usr/bin/env node
// Start-up of the built `kyc-webhooks` command, side by side with `node -e 0` (the floor: Node itself).
//
// Each round runs every case once, in turn, so that a machine busy with something else slows all of them
// alike; the figures are medians over the rounds, and each case is reported as its ratio to `node -e 0` and
// its difference from it (the target: `validate` of one file within 50 ms of `node -e 0`). Wall time
// comes from /usr/bin/time (GNU time, `-f %e`, 10 ms resolution) when it is installed, else from the clock
// around spawnSync (which adds the spawn itself to every case alike).
//
// Usage: node bench/startup.mjs [rounds]   (pnpm bench runs it; build first: pnpm --filter @kyc-webhooks/cli build)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL("..", import.meta.url));
const bin = join(here, "bin", "kyc-webhooks.js");
if (!existsSync(join(here, "dist", "cli.js"))) {
  console.error("bench/startup.mjs: build the CLI first (pnpm --filter @kyc-webhooks/cli build).");
  process.exit(1);
}
const rounds = Number(process.argv[2] ?? 15);
const work = mkdtempSync(join(tmpdir(), "kyc-cli-bench-"));
const callback = join(here, "dist", "fixtures", "shufti", "verification.accepted.json");
const broken = join(work, "broken.json");
writeFileSync(broken, '{"reference": "r-1", "event": "verification.accepted", ');

const cases = [
  ["node -e 0", ["-e", "0"]],
  ["kyc-webhooks --version", [bin, "--version"]],
  ["kyc-webhooks --help", [bin, "--help"]],
  ["kyc-webhooks validate <one file>", [bin, "validate", callback]],
  ["kyc-webhooks validate -p shufti <one file>", [bin, "validate", "-p", "shufti", callback]],
  ["kyc-webhooks validate <broken file>", [bin, "validate", broken]],
  ["kyc-webhooks events --help", [bin, "events", "--help"]],
];

const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

function once(args) {
  if (gnuTime) {
    const result = spawnSync(gnuTime, ["-f", "%e", process.execPath, ...args], { encoding: "utf8" });
    const seconds = Number(result.stderr.trim().split("\n").at(-1));
    return seconds * 1000;
  }
  const started = process.hrtime.bigint();
  spawnSync(process.execPath, args, { stdio: "ignore" });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const samples = cases.map(() => []);
for (let round = 0; round < rounds + 1; round += 1) {
  cases.forEach(([, args], index) => {
    const ms = once(args);
    if (round > 0) samples[index].push(ms); // the first round warms the file cache
  });
}
rmSync(work, { recursive: true, force: true });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const medians = samples.map(median);
const floor = medians[0];
console.log(`CLI start-up, median of ${rounds} interleaved rounds (${gnuTime ? "/usr/bin/time -f %e" : "clock around spawnSync"}), Node ${process.version}`);
console.log("case".padEnd(44), "median".padStart(8), "ratio".padStart(7), "vs node -e 0".padStart(14));
cases.forEach(([name], index) => {
  const ms = medians[index];
  console.log(name.padEnd(44), `${ms.toFixed(0)} ms`.padStart(8), `${(ms / floor).toFixed(2)}x`.padStart(7), `${ms - floor >= 0 ? "+" : ""}${(ms - floor).toFixed(0)} ms`.padStart(14));
});
