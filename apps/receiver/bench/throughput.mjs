#!/usr/bin/env node
/**
 * Throughput, side by side in one run (`pnpm bench`, or `node bench/throughput.mjs` after a build), written to
 * bench/results.json with a description of the machine:
 *
 * - http: a bare node:http server that reads the body and answers 200 (the floor: what this machine's HTTP
 *   stack allows), the receiver on a durable SQLite file (WAL, synchronous=FULL; callbacks written by its writer
 *   thread, and beside it the same with KYC_SQLITE_WRITER=inline) and the receiver on
 *   PostgreSQL, each its own process (`node dist/main.js`, configured from the environment like a deployment,
 *   JSON log lines to a file), driven the same way by autocannon in another process: every request a new,
 *   correctly signed Shufti Pro callback, 32 connections to 127.0.0.1, each run bounded in requests and time.
 *   The targets take turns, round after round, so that load from elsewhere on the machine slows all of them
 *   alike; the ratios are per round, then the median. After the runs, the stored events are counted in each
 *   database: every 2xx must be there. RSS at rest (after the warm-up, idle) and the highest seen under load; CPU
 *   time and bytes written (with the number of write calls: sockets, log, database, WAL) per request, from /proc.
 * - parse: per provider, its largest and smallest valid callback fixture through normalizeRaw (tolerant, the
 *   provider given: what the receiver runs) against JSON.parse of the same bytes (Jumio: URLSearchParams plus
 *   JSON.parse of its JSON fields), in interleaved batches; µs per callback and the ratio.
 * - cli: start-up side by side with `node -e 0` under /usr/bin/time (apps/cli/bench/startup.mjs: `--version`,
 *   `--help`, `validate -p shufti` and `validate` of one file, a broken file; interleaved rounds, medians, ratio and
 *   difference, the 50 ms target), and `validate` of a directory of 10,000 fixture files.
 *   Just this part: `node bench/throughput.mjs --skip http,parse,postgres --out -`.
 *
 * Options: --rounds N (3), --requests N per run (30000), --seconds N per run at most (6), --connections N (32),
 * --skip postgres,inline,cli,parse,http, --profile dir (a CPU profile of each receiver, in dir/<target>), --out file (bench/results.json; - for none), --database-url postgres://…
 * (default KYC_TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test).
 * Build first: `pnpm exec turbo run build --filter=@kyc-webhooks/receiver... --filter=@kyc-webhooks/cli`.
 */
import { execFileSync, fork, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { clearInterval, clearTimeout, setInterval, setTimeout } from "node:timers";
import { URL, URLSearchParams } from "node:url";
import { parseArgs, TextDecoder } from "node:util";
import console from "node:console";

const here = fileURLToPath(new URL(".", import.meta.url));
const receiverRoot = join(here, "..");
const repoRoot = join(receiverRoot, "..", "..");

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    requests: { type: "string", default: "30000" },
    seconds: { type: "string", default: "6" },
    connections: { type: "string", default: "32" },
    skip: { type: "string", default: "" },
    out: { type: "string", default: join(here, "results.json") },
    profile: { type: "string" },
    "database-url": { type: "string", default: process.env.KYC_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test" },
  },
});
const rounds = Number(args.rounds);
const requests = Number(args.requests);
const maxSeconds = Number(args.seconds);
const connections = Number(args.connections);
const skip = new Set(args.skip.split(",").filter(Boolean));

const mainJs = join(receiverRoot, "dist", "main.js");
const cliBin = join(repoRoot, "apps", "cli", "bin", "kyc-webhooks.js");
if (!existsSync(mainJs)) {
  console.error("bench/throughput.mjs: build the receiver first (pnpm exec turbo run build --filter=@kyc-webhooks/receiver...)");
  process.exit(1);
}

const median = (values) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round1 = (value) => (value === null ? null : Math.round(value * 10) / 10);
const round3 = (value) => (value === null ? null : Math.round(value * 1000) / 1000);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function machine() {
  const cpus = os.cpus();
  let commit = null;
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repoRoot, encoding: "utf8" }).trim();
  } catch {
    commit = null;
  }
  return {
    date: new Date().toISOString(),
    commit,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? "unknown",
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function rssMiB(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round((Number(match[1]) / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system) the process has used, in ms (from /proc, 10 ms resolution). */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    // After "pid (comm) ": state is field 3, utime field 14, stime field 15 (1-based, proc(5)).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

async function waitForHealth(url, child, logFile) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}: ${readFileSync(logFile, "utf8").slice(-2000)}`);
    try {
      const response = await globalThis.fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${url}: no answer on /healthz within 60 s`);
}

/** Starts one target in its own process; its stdout and stderr go to a log file. */
async function startTarget(target, work) {
  const port = await freePort();
  const logFile = join(work, `${target.name}.log`);
  const log = openSync(logFile, "w");
  const profile = args.profile && target.key !== "bare" ? ["--cpu-prof", "--cpu-prof-dir", join(args.profile, target.key)] : [];
  const child = spawn(process.execPath, [...profile, ...target.argv], { cwd: receiverRoot, env: { ...process.env, ...target.env, KYC_PORT: String(port), PORT: String(port) }, stdio: ["ignore", log, log] });
  closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, logFile);
  return { ...target, url, child, logFile };
}

async function stopTarget(running) {
  if (running.child.exitCode !== null) return;
  const exited = new Promise((resolve) => running.child.once("exit", resolve));
  running.child.kill("SIGTERM");
  const timer = setTimeout(() => running.child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

/** What the process has written (proc(5) `io`: bytes passed to write calls, and how many calls), or null. */
function writes(pid) {
  try {
    const io = Object.fromEntries(readFileSync(`/proc/${pid}/io`, "utf8").trim().split("\n").map((line) => line.split(": ")));
    return { bytes: Number(io.wchar), calls: Number(io.syscw) };
  } catch {
    return null;
  }
}

/** One bounded load run from another process, sampling the server's RSS meanwhile. */
function load(running, amount, template, secret) {
  return new Promise((resolve, reject) => {
    const child = fork(join(here, "signed-load.mjs"), { stdio: "ignore" });
    const cpuBefore = cpuMs(running.child.pid);
    const writesBefore = writes(running.child.pid);
    let peak = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssMiB(running.child.pid) ?? 0);
    }, 50);
    child.once("message", (result) => {
      clearInterval(sampler);
      const cpuAfter = cpuMs(running.child.pid);
      const cpuUsPerRequest = cpuBefore === null || cpuAfter === null || result.total === 0 ? null : ((cpuAfter - cpuBefore) * 1000) / result.total;
      // Everything the server wrote (sockets, log lines, database, WAL and temp files) per request.
      const writesAfter = writes(running.child.pid);
      const written = writesBefore === null || writesAfter === null || result.total === 0 ? null : { kib: (writesAfter.bytes - writesBefore.bytes) / 1024 / result.total, calls: (writesAfter.calls - writesBefore.calls) / result.total };
      resolve({ ...result, rssPeakMiB: peak, cpuUsPerRequest, writtenKiBPerRequest: written?.kib ?? null, writeCallsPerRequest: written?.calls ?? null });
    });
    child.once("error", (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.once("exit", (code) => {
      clearInterval(sampler);
      if (code !== 0) reject(new Error(`the load generator exited with ${code}`));
    });
    child.send({ url: `${running.url}/webhooks/shufti`, amount, connections, maxSeconds, secret, template });
  });
}

async function countSqlite(file) {
  // The driver the receiver itself loads for this Node version (better-sqlite3 12 on Node 20, 13 on 22+).
  const { Database } = await import("../dist/storage/sqlite-driver.js");
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT COUNT(*) AS n FROM kyc_events").get().n;
  } finally {
    db.close();
  }
}

async function withPostgres(url, work) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function httpSection(work) {
  const { getFixture } = await import("@kyc-webhooks/shufti/fixtures");
  const fixture = getFixture("verification.accepted");
  if (!fixture.text.includes('"reference":"17374217"')) throw new Error("the Shufti template fixture changed: update bench/throughput.mjs");
  const template = fixture.text.replace('"reference":"17374217"', '"reference":"bench-__N__"');
  const secret = randomBytes(24).toString("hex");
  const sqliteFile = join(work, "receiver.db");
  const inlineFile = join(work, "receiver-inline.db");
  const schema = `kyc_bench_${randomBytes(4).toString("hex")}`;
  // The load comes from one address, where providers have several: the per-address limit of requests in flight
  // (KYC_MAX_CLIENT_REQUESTS, 32 by default) would otherwise cap --connections.
  const receiverEnv = { KYC_HOST: "127.0.0.1", KYC_SHUFTI_SECRET_KEY: secret, KYC_SHUFTI_SIGNATURE_ALGORITHMS: "v2", KYC_LOG_LEVEL: "info", KYC_MAX_CLIENT_REQUESTS: String(Math.max(32, connections)) };
  const targets = [
    { name: "bare node:http", key: "bare", argv: [join(here, "bare-server.mjs")], env: {} },
    { name: "receiver, SQLite file (WAL, synchronous=FULL)", key: "sqlite", argv: [mainJs], env: { ...receiverEnv, DATABASE_URL: `sqlite:${sqliteFile}` } },
  ];
  // The same, with callbacks written on the event loop (KYC_SQLITE_WRITER=inline): what the writer thread changes.
  if (!skip.has("inline")) {
    targets.push({ name: "receiver, SQLite file, writer inline", key: "sqliteInline", argv: [mainJs], env: { ...receiverEnv, DATABASE_URL: `sqlite:${inlineFile}`, KYC_SQLITE_WRITER: "inline" } });
  }
  let postgresNote;
  if (!skip.has("postgres")) {
    try {
      await withPostgres(args["database-url"], (client) => client.query("SELECT 1"));
      targets.push({ name: "receiver, PostgreSQL", key: "postgres", argv: [mainJs], env: { ...receiverEnv, DATABASE_URL: args["database-url"], KYC_DATABASE_SCHEMA: schema } });
    } catch (error) {
      postgresNote = `PostgreSQL not measured: ${error.message}`;
      console.error(postgresNote);
    }
  }

  const running = [];
  const results = {};
  try {
    for (const target of targets) running.push(await startTarget(target, work));
    // Warm-up (JIT, page cache, pool connections), then RSS at rest.
    const warmed = {};
    for (const target of running) warmed[target.key] = await load(target, Math.min(2000, requests), template, secret);
    await sleep(1000);
    for (const target of running) results[target.key] = { name: target.name, rssAtRestMiB: rssMiB(target.child.pid), warmup2xx: warmed[target.key].ok2xx, runs: [] };
    for (let round = 0; round < rounds; round += 1) {
      for (const target of running) {
        const run = await load(target, requests, template, secret);
        results[target.key].runs.push(run);
        console.log(`round ${round + 1}/${rounds} ${target.name.padEnd(48)} ${String(Math.round(run.requestsPerSecond)).padStart(6)} req/s  p50 ${run.p50} ms  p99 ${run.p99} ms  ${run.non2xx} non-2xx  ${run.errors + run.timeouts} errors  RSS peak ${run.rssPeakMiB} MiB  CPU ${run.cpuUsPerRequest?.toFixed(0)} µs/request  written ${run.writtenKiBPerRequest?.toFixed(1)} KiB in ${run.writeCallsPerRequest?.toFixed(1)} calls/request`);
        await sleep(300);
      }
    }
  } finally {
    for (const target of running) await stopTarget(target);
  }

  // Every 2xx is stored: the events in each database are at least the 2xx answers (a run stopped at its time
  // bound may leave a few committed whose answer was not awaited).
  const answered = (key) => results[key].runs.reduce((sum, run) => sum + run.ok2xx, results[key].warmup2xx);
  const warmups = Math.min(2000, requests);
  if (results.sqlite) {
    results.sqlite.storedEvents = await countSqlite(sqliteFile);
    results.sqlite.answered2xx = answered("sqlite");
  }
  if (results.sqliteInline) {
    results.sqliteInline.storedEvents = await countSqlite(inlineFile);
    results.sqliteInline.answered2xx = answered("sqliteInline");
  }
  if (results.postgres) {
    results.postgres.storedEvents = await withPostgres(args["database-url"], async (client) => {
      const count = Number((await client.query(`SELECT COUNT(*) AS n FROM "${schema}".kyc_events`)).rows[0].n);
      await client.query(`DROP SCHEMA "${schema}" CASCADE`);
      return count;
    });
    results.postgres.answered2xx = answered("postgres");
  }
  const bare = results.bare.runs;
  for (const result of Object.values(results)) {
    const runs = result.runs;
    result.requestsPerSecond = Math.round(median(runs.map((run) => run.requestsPerSecond)));
    result.p50Ms = median(runs.map((run) => run.p50));
    result.p99Ms = median(runs.map((run) => run.p99));
    result.rssUnderLoadMiB = Math.max(...runs.map((run) => run.rssPeakMiB));
    result.non2xx = runs.reduce((sum, run) => sum + run.non2xx, 0);
    result.errors = runs.reduce((sum, run) => sum + run.errors + run.timeouts, 0);
    // The server's CPU time per request, which a loaded machine changes far less than requests/s: the bare
    // server's over the receiver's is the share the receiver would reach where CPU is all that limits it.
    result.cpuUsPerRequest = round1(median(runs.map((run) => run.cpuUsPerRequest)));
    result.writtenKiBPerRequest = round1(median(runs.map((run) => run.writtenKiBPerRequest)));
    result.writeCallsPerRequest = round1(median(runs.map((run) => run.writeCallsPerRequest)));
    result.shareOfBareByCpu = round3(median(runs.map((run, index) => (bare[index]?.cpuUsPerRequest ?? Number.NaN) / run.cpuUsPerRequest)));
    result.shareOfBare = round3(median(runs.map((run, index) => run.requestsPerSecond / (bare[index]?.requestsPerSecond ?? Number.NaN))));
    if (result.storedEvents !== undefined) result.every2xxStored = result.storedEvents >= result.answered2xx;
    result.runs = runs.map((run) => ({ requestsPerSecond: Math.round(run.requestsPerSecond), total: run.total, seconds: run.seconds, p50Ms: run.p50, p99Ms: run.p99, maxMs: run.max, cpuUsPerRequest: round1(run.cpuUsPerRequest), writtenKiBPerRequest: round1(run.writtenKiBPerRequest), writeCallsPerRequest: round1(run.writeCallsPerRequest), non2xx: run.non2xx, errors: run.errors + run.timeouts, rssPeakMiB: run.rssPeakMiB }));
  }
  return {
    setup: {
      connections,
      requestsPerRun: requests,
      maxSecondsPerRun: maxSeconds,
      rounds,
      warmupRequests: warmups,
      body: `Shufti Pro verification.accepted (${fixture.body.byteLength} bytes), a unique reference per request, signed (v2)`,
      logging: "receiver at KYC_LOG_LEVEL=info, JSON lines to a file",
      ...(postgresNote ? { note: postgresNote } : {}),
    },
    targets: results,
    targets25PercentMet: results.sqlite ? results.sqlite.shareOfBare >= 0.25 && results.sqlite.p99Ms < 25 : null,
  };
}

/** µs per call of `work`, in batches interleaved with the other functions of the same fixture. */
function interleaved(works, { batches = 41, minBatchMs = 4 } = {}) {
  // Calibrate the batch size on the slowest, so that every batch takes at least minBatchMs.
  let size = 1;
  for (;;) {
    const started = performance.now();
    for (const work of works) for (let index = 0; index < size; index += 1) work();
    if (performance.now() - started >= minBatchMs * works.length || size > 1_000_000) break;
    size *= 2;
  }
  const samples = works.map(() => []);
  for (let batch = 0; batch < batches; batch += 1) {
    works.forEach((work, which) => {
      const started = performance.now();
      for (let index = 0; index < size; index += 1) work();
      samples[which].push(((performance.now() - started) * 1000) / size);
    });
  }
  return samples.map(median);
}

async function parseSection() {
  const { normalizeRaw } = await import("@kyc-webhooks/normalized");
  const jumio = await import("@kyc-webhooks/jumio");
  const packages = {
    jumio: [jumio, await import("@kyc-webhooks/jumio/fixtures")],
    shufti: [await import("@kyc-webhooks/shufti"), await import("@kyc-webhooks/shufti/fixtures")],
    ondato: [await import("@kyc-webhooks/ondato"), await import("@kyc-webhooks/ondato/fixtures")],
    netki: [await import("@kyc-webhooks/netki"), await import("@kyc-webhooks/netki/fixtures")],
  };
  const jumioJsonFields = new Set(Object.values(jumio.jsonFields).flat());
  const decoder = new TextDecoder();
  const baselines = {
    json: (body) => JSON.parse(decoder.decode(body)),
    form: (body) => {
      const out = {};
      for (const [key, value] of new URLSearchParams(decoder.decode(body))) {
        out[key] = jumioJsonFields.has(key) && (value.startsWith("{") || value.startsWith("[")) ? JSON.parse(value) : value;
      }
      return out;
    },
  };
  const results = {};
  for (const [provider, [library, fixtures]] of Object.entries(packages)) {
    const valid = fixtures
      .listFixtures()
      .filter((fixture) => fixture.valid && fixture.breaks === undefined && library.callbackKinds.includes(fixture.kind))
      .filter((fixture) => normalizeRaw(fixture.body, { provider, contentType: fixture.contentType, strictness: "tolerant" }).ok)
      .sort((a, b) => a.body.byteLength - b.body.byteLength);
    const picks = { smallest: valid[0], largest: valid[valid.length - 1] };
    results[provider] = {};
    for (const [which, fixture] of Object.entries(picks)) {
      const form = fixture.contentType.startsWith("application/x-www-form-urlencoded");
      const baseline = form ? baselines.form : baselines.json;
      const options = { provider, contentType: fixture.contentType, strictness: "tolerant" };
      const [baselineUs, normalizeUs] = interleaved([() => baseline(fixture.body), () => normalizeRaw(fixture.body, options)]);
      results[provider][which] = {
        fixture: fixture.name,
        bytes: fixture.body.byteLength,
        baseline: form ? "URLSearchParams + JSON.parse of the JSON fields" : "JSON.parse",
        baselineUs: round3(baselineUs),
        normalizeRawUs: round3(normalizeUs),
        extraUs: round3(normalizeUs - baselineUs),
        ratio: round3(normalizeUs / baselineUs),
      };
      console.log(`parse ${provider.padEnd(7)} ${which.padEnd(9)} ${fixture.name.padEnd(48)} ${String(fixture.body.byteLength).padStart(6)} B  baseline ${baselineUs.toFixed(2)} µs  normalizeRaw ${normalizeUs.toFixed(2)} µs  ${(normalizeUs / baselineUs).toFixed(2)}x`);
    }
  }
  return {
    setup: "normalizeRaw(body, { provider, contentType, strictness: 'tolerant' }) on the fixture's bytes, against the baseline on the same bytes; medians of 41 interleaved batches",
    providers: results,
    largestWithin3x: Object.values(results).every((entry) => entry.largest.ratio <= 3),
  };
}

function wallMs(argv, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, argv, { stdio: "ignore", ...options });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, status: result.status };
}

async function cliSection(work) {
  if (!existsSync(cliBin) || !existsSync(join(repoRoot, "apps", "cli", "dist", "cli.js"))) return { note: "the CLI is not built: pnpm --filter @kyc-webhooks/cli build" };
  // Start-up, side by side with `node -e 0` under /usr/bin/time: the CLI's own bench (apps/cli/bench/startup.mjs).
  const { formatStartup, measureStartup } = await import(pathToFileURL(join(repoRoot, "apps", "cli", "bench", "startup.mjs")).href);
  const startup = measureStartup({ rounds: 11 });
  console.log(formatStartup(startup));
  const byName = Object.fromEntries(startup.cases.map((entry) => [entry.name, entry]));
  const nodeMs = byName["node -e 0"].medianMs;
  const validateMs = byName["kyc-webhooks validate <one file>"].medianMs;

  // 10,000 files: every valid callback fixture of every provider, over and over, under their own names.
  const directory = join(work, "fixtures-10000");
  mkdirSync(directory);
  const all = [];
  for (const name of ["jumio", "shufti", "ondato", "netki"]) {
    const library = await import(`@kyc-webhooks/${name}`);
    const { listFixtures } = await import(`@kyc-webhooks/${name}/fixtures`);
    for (const fixture of listFixtures()) if (fixture.valid && fixture.breaks === undefined && library.callbackKinds.includes(fixture.kind)) all.push({ name, fixture });
  }
  for (let index = 0; index < 10_000; index += 1) {
    const { name, fixture } = all[index % all.length];
    const extension = fixture.file.slice(fixture.file.lastIndexOf("."));
    writeFileSync(join(directory, `${String(index).padStart(5, "0")}-${name}-${fixture.name.replace(/\//g, "_")}${extension}`), fixture.body);
  }
  const directoryRuns = [];
  let status = null;
  for (let index = 0; index < 3; index += 1) {
    const run = wallMs([cliBin, "validate", directory]);
    directoryRuns.push(run.ms);
    status = run.status;
  }
  const directoryMs = median(directoryRuns);
  const figures = {
    rounds: startup.rounds,
    method: startup.method,
    nodeE0Ms: round1(nodeMs),
    validateOneFileMs: round1(validateMs),
    validateOneFileOverNodeMs: round1(validateMs - nodeMs),
    validateOneFileRatio: round3(validateMs / nodeMs),
    startup: { targetOverNodeMs: startup.targetOverNodeMs, targetMet: startup.targetMet, cases: startup.cases },
    directory: { files: 10_000, kinds: all.length, exitStatus: status, ms: round1(directoryMs), perFileUs: round1((directoryMs * 1000) / 10_000), runs: directoryRuns.map(round1) },
  };
  console.log(`cli node -e 0 ${figures.nodeE0Ms} ms, validate one file ${figures.validateOneFileMs} ms (+${figures.validateOneFileOverNodeMs} ms), validate 10,000 files ${figures.directory.ms} ms (${figures.directory.perFileUs} µs per file, exit ${status})`);
  return figures;
}

const work = mkdtempSync(join(os.tmpdir(), "kyc-throughput-"));
const output = { machine: machine() };
try {
  if (!skip.has("http")) output.http = await httpSection(work);
  if (!skip.has("parse")) output.parse = await parseSection();
  if (!skip.has("cli")) output.cli = await cliSection(work);
} finally {
  rmSync(work, { recursive: true, force: true });
}
output.machine.loadAverageAtEnd = os.loadavg().map((value) => Math.round(value * 100) / 100);

if (output.http) {
  console.log("\nhttp, medians over rounds (share = receiver req/s / bare req/s in the same round):");
  for (const result of Object.values(output.http.targets)) {
    console.log(
      `  ${result.name.padEnd(48)} ${String(result.requestsPerSecond).padStart(6)} req/s  share ${result.shareOfBare} (by CPU per request ${result.shareOfBareByCpu}, ${result.cpuUsPerRequest} µs)  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  written ${result.writtenKiBPerRequest} KiB in ${result.writeCallsPerRequest} calls/request  RSS ${result.rssAtRestMiB} -> ${result.rssUnderLoadMiB} MiB${result.storedEvents === undefined ? "" : `  stored ${result.storedEvents} >= 2xx ${result.answered2xx}: ${result.every2xxStored}`}`,
    );
  }
}
console.log(`load average at start ${output.machine.loadAverageAtStart.join(" ")}, at end ${output.machine.loadAverageAtEnd.join(" ")} (${output.machine.cpus} cores)`);
if (args.out !== "-") {
  writeFileSync(args.out, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`written to ${args.out}`);
}
const failed = output.http && Object.values(output.http.targets).some((result) => result.non2xx > 0 || result.errors > 0 || result.every2xxStored === false);
if (failed) {
  console.error("some answers were not 2xx, failed, or are missing from the database: see the figures above");
  process.exitCode = 1;
}
