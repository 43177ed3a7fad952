#!/usr/bin/env node
// Start-up of the built `kyc-webhooks` command, side by side with `node -e 0` (the floor: Node itself).
//
// Each round runs every case once, in turn, so that a machine busy with something else slows all of them
// alike; the figures are medians over the rounds, and each case is reported as its ratio to `node -e 0` and
// its difference from it (the issue's target: `validate` of one file within 50 ms of `node -e 0`). Wall time
// comes from /usr/bin/time (GNU time, `-f %e %U %S`, 10 ms resolution) when it is installed, else from the clock
// around spawnSync (which adds the spawn itself to every case alike); CPU time (user + system) comes with it.
//
// Usage: node bench/startup.mjs [rounds]   (pnpm bench runs it; build first: pnpm --filter @kyc-webhooks/cli build)
// The receiver's throughput bench (apps/receiver/bench/throughput.mjs, its `cli` section) runs measureStartup too.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL("..", import.meta.url));
const bin = join(here, "bin", "kyc-webhooks.js");
const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/** The issue's target: `validate` of one file within this many ms of `node -e 0`. */
export const targetOverNodeMs = 50;

function once(args) {
  if (gnuTime) {
    const result = spawnSync(gnuTime, ["-f", "%e %U %S", process.execPath, ...args], { encoding: "utf8" });
    const [elapsed, user, system] = (result.stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number);
    return { ms: elapsed * 1000, cpuMs: (user + system) * 1000 };
  }
  const started = process.hrtime.bigint();
  spawnSync(process.execPath, args, { stdio: "ignore" });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, cpuMs: Number.NaN };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const round1 = (value) => Math.round(value * 10) / 10;

/**
 * Runs each case `rounds` times, interleaved (after one warm-up round), and returns the medians, each case's
 * ratio to `node -e 0` and difference from it, and whether `validate` of one file (with and without -p) is
 * within {@link targetOverNodeMs} of it. The callback is Shufti Pro's verification.accepted fixture.
 */
export function measureStartup({ rounds = 15 } = {}) {
  if (!existsSync(join(here, "dist", "cli.js"))) throw new Error("build the CLI first (pnpm --filter @kyc-webhooks/cli build)");
  const work = mkdtempSync(join(tmpdir(), "kyc-cli-bench-"));
  try {
    const callback = join(work, "verification.accepted.json");
    writeFileSync(callback, readFileSync(join(here, "..", "..", "packages", "shufti", "fixtures", "verification.accepted.json")));
    const broken = join(work, "broken.json");
    writeFileSync(broken, '{"reference": "r-1", "event": "verification.accepted", ');
    const cases = [
      { name: "node -e 0", args: ["-e", "0"] },
      { name: "kyc-webhooks --version", args: [bin, "--version"] },
      { name: "kyc-webhooks --help", args: [bin, "--help"] },
      { name: "kyc-webhooks validate -p shufti <one file>", args: [bin, "validate", "-p", "shufti", callback], target: true },
      { name: "kyc-webhooks validate <one file>", args: [bin, "validate", callback], target: true },
      { name: "kyc-webhooks validate <broken file>", args: [bin, "validate", broken] },
      { name: "kyc-webhooks events --help", args: [bin, "events", "--help"] },
    ];
    const samples = cases.map(() => ({ ms: [], cpuMs: [] }));
    for (let round = 0; round < rounds + 1; round += 1) {
      cases.forEach(({ args }, index) => {
        const { ms, cpuMs } = once(args);
        if (round === 0) return; // the first round warms the file cache
        samples[index].ms.push(ms);
        samples[index].cpuMs.push(cpuMs);
      });
    }
    const floor = median(samples[0].ms);
    const results = cases.map(({ name, target }, index) => {
      const ms = median(samples[index].ms);
      return { name, medianMs: round1(ms), cpuMs: round1(median(samples[index].cpuMs)), ratio: Math.round((ms / floor) * 1000) / 1000, overNodeMs: round1(ms - floor), ...(target ? { withinTarget: ms - floor <= targetOverNodeMs } : {}) };
    });
    return {
      method: gnuTime ? "/usr/bin/time -f '%e %U %S' (10 ms resolution)" : "clock around spawnSync",
      rounds,
      node: process.version,
      targetOverNodeMs,
      cases: results,
      targetMet: results.every((result) => result.withinTarget !== false),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The figures as a table, one line per case. */
export function formatStartup(figures) {
  const lines = [`CLI start-up, median of ${figures.rounds} interleaved rounds (${figures.method}), Node ${figures.node}`];
  lines.push(`${"case".padEnd(44)} ${"median".padStart(8)} ${"cpu".padStart(8)} ${"ratio".padStart(7)} ${"vs node -e 0".padStart(14)}`);
  for (const result of figures.cases) {
    const mark = result.withinTarget === undefined ? "" : result.withinTarget ? `  within ${figures.targetOverNodeMs} ms` : `  over ${figures.targetOverNodeMs} ms`;
    lines.push(
      `${result.name.padEnd(44)} ${`${result.medianMs.toFixed(0)} ms`.padStart(8)} ${`${Number.isNaN(result.cpuMs) ? "-" : result.cpuMs.toFixed(0)} ms`.padStart(8)} ${`${result.ratio.toFixed(2)}x`.padStart(7)} ${`${result.overNodeMs >= 0 ? "+" : ""}${result.overNodeMs.toFixed(0)} ms`.padStart(14)}${mark}`,
    );
  }
  return lines.join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(formatStartup(measureStartup({ rounds: Number(process.argv[2] ?? 15) })));
  } catch (error) {
    console.error(`bench/startup.mjs: ${error.message}`);
    process.exit(1);
  }
}
