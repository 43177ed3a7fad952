import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

/*
 * Receivers as separate operating-system processes, as a deployment runs them: the receiver's main.ts
 * bundled once with esbuild (dependencies stay external and resolve from this package's node_modules),
 * written two levels below the package root like dist/ so that it finds migrations/ (inside node_modules,
 * which git, lint and turbo leave alone).
 */

const packageRoot = new URL("../../", import.meta.url);
export const bundledMain = fileURLToPath(new URL("node_modules/.kyc-receiver-test/main.js", packageRoot));

let bundled: Promise<unknown> | undefined;

/** Bundles main.ts once per test file (every describe of a file calls it; the bundle does not change in a run). */
export async function bundleReceiver(): Promise<void> {
  bundled ??= build({
    // The SQLite writer and checkpoint threads' entries beside main.js, where the bundled store looks for them.
    entryPoints: ["src/main.ts", "src/storage/sqlite-writer-worker.ts", "src/storage/sqlite-checkpoint-worker.ts"].map((file) => fileURLToPath(new URL(file, packageRoot))),
    outdir: dirname(bundledMain),
    entryNames: "[name]",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
  }).catch((error: unknown) => {
    bundled = undefined;
    throw error;
  });
  await bundled;
}

let writerWorker: Promise<URL> | undefined;

/**
 * The SQLite writer thread's entry for a store opened inside the test process (the receivers of processes find theirs
 * beside main.js), with the checkpoint thread's beside it: bundled with the workspace packages' sources in them, since
 * a worker thread of the test process would resolve them, as the test process does, to TypeScript that Node cannot load.
 */
export function bundleWriterWorker(): Promise<URL> {
  const outdir = fileURLToPath(new URL("node_modules/.kyc-receiver-test/in-process/", packageRoot));
  writerWorker ??= build({
    entryPoints: ["src/storage/sqlite-writer-worker.ts", "src/storage/sqlite-checkpoint-worker.ts"].map((file) => fileURLToPath(new URL(file, packageRoot))),
    outdir,
    entryNames: "[name]",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["@kyc-webhooks/source"],
    external: ["better-sqlite3", "better-sqlite3-napi"],
    logLevel: "error",
  }).then(
    () => pathToFileURL(`${outdir}sqlite-writer-worker.js`),
    (error: unknown) => {
      writerWorker = undefined;
      throw error;
    },
  );
  return writerWorker;
}

export interface ReceiverProcess {
  readonly child: ChildProcess;
  readonly url: string;
  readonly pid: number;
  /** Every stdout line (JSON logs). */
  readonly lines: string[];
  stop(): Promise<void>;
}

/** Starts `node main.js` with `env` and resolves once its start banner (stderr) names its URL. */
export function startReceiverProcess(env: Record<string, string>): Promise<ReceiverProcess> {
  const child = spawn(process.execPath, [bundledMain], { env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  let stderr = "";
  let buffered = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    const complete = buffered.split("\n");
    buffered = complete.pop() ?? "";
    lines.push(...complete);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`receiver did not start: ${stderr.slice(0, 500)}`)), 30_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
      const listening = /listening on (http:\/\/[^\s]+)/.exec(stderr);
      if (!listening?.[1]) return;
      clearTimeout(timer);
      resolve({
        child,
        url: listening[1],
        pid: child.pid ?? 0,
        lines,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
          await exited;
        },
      });
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`receiver exited (${code ?? signal}) before listening: ${stderr.slice(0, 500)}`));
    });
  });
}
