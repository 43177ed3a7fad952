// Runs one autocannon load in a child process (forked by http-layer.bench.ts), so that the load generator
// does not share the server's event loop. (Not a worker thread: inside one, autocannon reports raw
// histograms for a parent autocannon to merge.) The job arrives as the first IPC message:
// { url, amount, connections, method, headers, body }, where body may hold __N__, replaced by a
// per-request counter so that every request is a new event, and __UUID__, replaced by a new UUID (for a
// field whose format is a UUID, e.g. to make every request a new verification).
import { randomUUID } from "node:crypto";
import process from "node:process";
import autocannon from "autocannon";

const job = await new Promise((resolve) => process.once("message", resolve));
const { url, amount, connections, headers, body, method } = job;
let counter = 0;
const result = await autocannon({
  url,
  amount,
  connections,
  method,
  headers,
  timeout: 10,
  // Completion is noticed at each sample tick: 10 ms instead of 1 s, so that a run's duration is its work.
  sampleInt: 10,
  requests: [
    {
      setupRequest: (request) => (body === undefined ? request : { ...request, body: body.replace("__N__", `${process.pid}-${Date.now()}-${counter++}`).replace("__UUID__", randomUUID()) }),
    },
  ],
});
const seconds = (new Date(result.finish).getTime() - new Date(result.start).getTime()) / 1000;
process.send({
  requests: result.requests.total / seconds,
  total: result.requests.total,
  p50: result.latency.p50,
  p99: result.latency.p99,
  non2xx: result.non2xx,
  errors: result.errors + result.timeouts,
});
process.disconnect();
