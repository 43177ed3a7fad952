import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

/*
 * A real downstream service: a node:http server that verifies every request with the `standardwebhooks`
 * package (the consumer's own library), answers 500 to the first `failFirst` attempts of each message,
 * and counts what it accepted by webhook-id (a consumer deduplicates on it).
 */

export interface DownstreamOptions {
  /** The consumer's secret (any of the endpoint's secrets). */
  readonly secret: string;
  /** Attempts of each message answered 500 before one is accepted (default 0). */
  readonly failFirst?: number;
  /** Answer every request with this status (a dead endpoint). */
  readonly alwaysStatus?: number;
  /** Hold each answer this long; a request whose sender went away meanwhile is not accepted. */
  readonly delayMs?: number;
}

export interface ReceivedMessage {
  readonly id: string;
  readonly body: unknown;
  readonly headers: http.IncomingHttpHeaders;
}

export interface Downstream {
  readonly url: string;
  /** Every request, in arrival order, with whether its signature verified. */
  readonly requests: { readonly id: string; readonly verified: boolean; readonly status: number }[];
  /** Accepted messages by webhook-id, and how many times each was accepted. */
  readonly accepted: Map<string, { message: ReceivedMessage; times: number }>;
  options: DownstreamOptions;
  close(): Promise<void>;
}

export async function startDownstream(options: DownstreamOptions): Promise<Downstream> {
  const attemptsById = new Map<string, number>();
  const downstream: Downstream = {
    url: "",
    requests: [],
    accepted: new Map(),
    options,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const payload = Buffer.concat(chunks).toString("utf8");
      const id = String(req.headers["webhook-id"] ?? "");
      let body: unknown;
      let verified = false;
      try {
        body = new Webhook(downstream.options.secret).verify(payload, req.headers as Record<string, string>);
        verified = true;
      } catch {
        verified = false;
      }
      const answer = () => {
        // The sender went away while the answer was held (e.g. it was killed): nothing was accepted.
        if (res.destroyed || req.socket.destroyed) {
          downstream.requests.push({ id, verified, status: 0 });
          return;
        }
        const seen = (attemptsById.get(id) ?? 0) + 1;
        attemptsById.set(id, seen);
        let status = 204;
        if (!verified) status = 401;
        else if (downstream.options.alwaysStatus !== undefined) status = downstream.options.alwaysStatus;
        else if (seen <= (downstream.options.failFirst ?? 0)) status = 500;
        downstream.requests.push({ id, verified, status });
        if (status < 300) {
          const entry = downstream.accepted.get(id);
          if (entry) entry.times += 1;
          else downstream.accepted.set(id, { message: { id, body, headers: req.headers }, times: 1 });
        }
        res.writeHead(status).end();
      };
      const delay = downstream.options.delayMs ?? 0;
      if (delay > 0) setTimeout(answer, delay);
      else answer();
    });
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  (downstream as { url: string }).url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/kyc-events`;
  return downstream;
}

/** Waits until `check` holds, polling (every test bounds it by its own timeout). */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 20_000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
