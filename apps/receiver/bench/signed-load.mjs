// One bounded autocannon load in its own process (forked by throughput.mjs), so that the load generator does
// not share a server's event loop. Every request is a new Shufti Pro callback: the template's __N__ is replaced
// by a unique reference and the body is signed with Shufti's v2 rule (the shufti package's computeSignature, in
// the Signature header), so that the receiver authenticates, validates, normalizes and stores each one. The
// bare server gets exactly the same requests. The job arrives as the first IPC message:
// { url, amount, connections, maxSeconds, secret, template }; the answer is one message with the figures.
import process from "node:process";
import { clearTimeout, setTimeout } from "node:timers";
import { computeSignature } from "@kyc-webhooks/shufti";
import autocannon from "autocannon";

const job = await new Promise((resolve) => process.once("message", resolve));
const { url, amount, connections, maxSeconds, secret, template } = job;
const prefix = `${process.pid}-${Date.now()}`;
let counter = 0;

const instance = autocannon({
  url,
  amount,
  connections,
  method: "POST",
  headers: { "content-type": "application/json" },
  timeout: 10,
  // Completion is noticed at each sample tick: 10 ms instead of 1 s, so that a run's duration is its work.
  sampleInt: 10,
  requests: [
    {
      setupRequest: (request) => {
        const body = template.replace("__N__", `${prefix}-${counter++}`);
        const signature = computeSignature(body, secret, "v2");
        return { ...request, body, headers: { ...request.headers, signature } };
      },
    },
  ],
});
// Bounded in time as well as in count: a target slower than expected stops after maxSeconds.
const timer = setTimeout(() => instance.stop(), maxSeconds * 1000);
const result = await instance;
clearTimeout(timer);
const seconds = (new Date(result.finish).getTime() - new Date(result.start).getTime()) / 1000;
process.send({
  requestsPerSecond: result.requests.total / seconds,
  total: result.requests.total,
  seconds,
  ok2xx: result["2xx"],
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  p50: result.latency.p50,
  p90: result.latency.p90,
  p99: result.latency.p99,
  max: result.latency.max,
});
process.disconnect();
