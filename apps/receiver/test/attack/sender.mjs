// A provider under load, as its own process: posts unique, correctly signed Shufti Pro callbacks to the receiver
// with `concurrency` requests in flight, redelivers each one until it gets a 2xx (as Shufti does), and prints
// `ack <reference>` for every acknowledged callback. On SIGTERM it starts no new callback, finishes the ones in
// flight, prints `done <acknowledged> <attempts>` and exits.
//
//   node sender.mjs <receiver url> <concurrency> <run id>     env: SHUFTI_SECRET, TEMPLATE (a callback as JSON)
/* global fetch, AbortSignal */
import { Buffer } from "node:buffer";
import { createHash } from "node:crypto";
import process from "node:process";
import { setTimeout as sleep } from "node:timers/promises";

const [url, concurrencyText, run] = process.argv.slice(2);
const secret = process.env.SHUFTI_SECRET ?? "";
const template = JSON.parse(process.env.TEMPLATE ?? "{}");
const suffix = createHash("sha256").update(secret).digest("hex");
let next = 0;
let stopping = false;
let acknowledged = 0;
let attempts = 0;
process.on("SIGTERM", () => (stopping = true));

async function deliverUntilAcknowledged(reference) {
  const body = Buffer.from(JSON.stringify({ ...template, reference }));
  const signature = createHash("sha256").update(body).update(suffix).digest("hex");
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    attempts++;
    try {
      const response = await fetch(`${url}/webhooks/shufti`, {
        method: "POST",
        headers: { "content-type": "application/json", signature },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer();
      if (response.status >= 200 && response.status < 300) {
        acknowledged++;
        process.stdout.write(`ack ${reference}\n`);
        return;
      }
    } catch {
      // The receiver is down (killed) or cut the connection: deliver again.
    }
    await sleep(50);
  }
}

async function worker() {
  while (!stopping) await deliverUntilAcknowledged(`${run}-${next++}`);
}

await Promise.all(Array.from({ length: Number(concurrencyText) }, worker));
process.stdout.write(`done ${acknowledged} ${attempts}\n`);
