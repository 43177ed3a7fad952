import http from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ReceiverConfig } from "./config.js";
import { createHandler } from "./handler.js";
import type { WebhookHandler } from "./handler.js";
import { createLogger, errorFields } from "./log.js";
import type { Logger } from "./log.js";
import { createStore } from "./storage/index.js";
import { PersonalDataCipher } from "./privacy/cipher.js";
import { RetentionJob } from "./privacy/retention.js";
import { StoredValues } from "./privacy/stored-values.js";
import type { Store } from "./storage/types.js";
import { createOutboxPolicy } from "./fanout/policy.js";
import { DeliveryWorker } from "./fanout/worker.js";
import { ReceiverMetrics } from "./metrics.js";

/*
 * The Node server: node:http with a small adapter to the web-standard handler (chosen over Fastify by
 * measurement, see bench/ and the README), the limits (body size in the handler; header and request
 * timeouts here), and graceful shutdown that lets in-flight requests finish.
 */

/**
 * The request body as a web stream, read only as fast as the handler pulls it. Cancelling it (the handler
 * stops reading at the size limit, or never reads a refused request) discards the rest instead of
 * destroying the socket, so that the client still gets its 413/401 answer.
 */
function bodyStream(req: IncomingMessage): { stream: ReadableStream<Uint8Array>; discard: () => void } {
  let discarding = false;
  let started = false;
  const discard = () => {
    discarding = true;
    req.resume();
  };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (!started) {
          started = true;
          req.on("data", (chunk: Buffer) => {
            if (discarding) return;
            controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            if ((controller.desiredSize ?? 0) <= 0) req.pause();
          });
          req.on("end", () => {
            if (!discarding) controller.close();
          });
          req.on("error", (error) => {
            if (!discarding) controller.error(error);
          });
          // A client that goes away mid-body (or is cut off by the request timeout) must not leave the
          // handler waiting for bytes that will never come.
          req.on("close", () => {
            if (!discarding && !req.complete) controller.error(new Error("The request was aborted before its body was complete"));
          });
        }
        req.resume();
      },
      cancel() {
        discard();
      },
    },
    { highWaterMark: 65_536, size: (chunk) => chunk.byteLength },
  );
  return { stream, discard };
}

export interface NodeListenerOptions {
  readonly logger?: Logger;
  /** Called when a request starts and ends (for graceful shutdown). */
  readonly onRequest?: (delta: 1 | -1) => void;
  /** When true, responses ask the client to close the connection (set while shutting down). */
  readonly closing?: () => boolean;
}

/** Adapts the web-standard handler to Node's `(req, res)`; usable with `http.createServer` or Express. */
export function toNodeListener(handler: WebhookHandler | ((request: Request, context?: { remoteAddress?: string }) => Promise<Response>), options: NodeListenerOptions = {}) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    options.onRequest?.(1);
    const method = req.method ?? "GET";
    const headers = new Headers();
    for (let index = 0; index + 1 < req.rawHeaders.length; index += 2) {
      headers.append(req.rawHeaders[index] as string, req.rawHeaders[index + 1] as string);
    }
    const path = req.url?.startsWith("/") ? req.url : `/${req.url ?? ""}`;
    const hasBody = method !== "GET" && method !== "HEAD";
    const body = hasBody ? bodyStream(req) : undefined;
    const finish = () => options.onRequest?.(-1);
    let request: Request;
    try {
      request = new Request(`http://localhost${path}`, {
        method,
        headers,
        ...(body ? { body: body.stream, duplex: "half" } : {}),
      } as RequestInit);
    } catch {
      res.writeHead(400, { "content-type": "application/json; charset=utf-8", connection: "close" }).end('{"error":"bad_request","message":"Malformed request"}');
      body?.discard();
      finish();
      return;
    }
    handler(request, { remoteAddress: req.socket.remoteAddress })
      .then(async (response) => {
        // Whatever the handler did not read is discarded, keeping the connection usable.
        body?.discard();
        const outHeaders: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          outHeaders[name] = value;
        });
        if (options.closing?.()) outHeaders.connection = "close";
        const payload = response.body === null ? undefined : Buffer.from(await response.arrayBuffer());
        if (payload !== undefined) outHeaders["content-length"] = String(payload.byteLength);
        res.writeHead(response.status, outHeaders);
        res.end(payload);
      })
      .catch((error: unknown) => {
        options.logger?.error("response failed", errorFields(error));
        body?.discard();
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
        res.end('{"error":"internal_error","message":"The request failed"}');
      })
      .finally(finish);
  };
}

export interface ServerLimits {
  readonly requestTimeoutMs?: number;
  readonly headersTimeoutMs?: number;
  readonly keepAliveTimeoutMs?: number;
}

/** A Node HTTP server for the handler, with the header and request timeouts set. */
export function createServer(handler: WebhookHandler, limits: ServerLimits = {}, options: NodeListenerOptions = {}): http.Server {
  const server = http.createServer(
    {
      requestTimeout: limits.requestTimeoutMs ?? 20_000,
      headersTimeout: limits.headersTimeoutMs ?? 10_000,
      keepAliveTimeout: limits.keepAliveTimeoutMs ?? 5_000,
      // How often Node checks the header and request timeouts (default 30 s, which would let a slow client
      // keep a connection up to 30 s past its timeout).
      connectionsCheckingInterval: Math.max(250, Math.min(5_000, Math.floor((limits.headersTimeoutMs ?? 10_000) / 4))),
      // Refuse absurd header sections early (Node's default is 16 KiB).
      maxHeaderSize: 16_384,
    },
    toNodeListener(handler, options),
  );
  // The slowest part a client controls is the body: give it the request timeout, not Node's 5-minute socket default.
  server.timeout = limits.requestTimeoutMs ?? 20_000;
  return server;
}

export interface RunningReceiver {
  readonly url: string;
  readonly port: number;
  readonly server: http.Server;
  readonly handler: WebhookHandler;
  readonly store: Store;
  /** The delivery worker, when this receiver delivers (outbound targets configured and outbound.deliver). */
  readonly worker: DeliveryWorker | undefined;
  /** The retention job, when KYC_RETENTION_DAYS is set. */
  readonly retention: RetentionJob | undefined;
  /** Stops accepting, lets in-flight requests finish (up to the shutdown timeout), stops delivering, closes the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  readonly logger?: Logger;
  /** Use this store instead of opening config.databaseUrl (it is closed with the receiver). */
  readonly store?: Store;
  /** The clock (epoch ms) that times each delivery, for tests (default Date.now). */
  readonly now?: () => number;
}

/** Opens the store, builds the handler, listens, and logs what is enabled. */
export async function startReceiver(config: ReceiverConfig, options: StartOptions = {}): Promise<RunningReceiver> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const outbound = config.outbound;
  const fanout = outbound.targets.length > 0;
  // The worker is told after each commit that queued something, so that a message leaves at once.
  let worker: DeliveryWorker | undefined;
  const store =
    options.store ??
    (await createStore({
      databaseUrl: config.databaseUrl,
      ...(config.databaseSchema === undefined ? {} : { schema: config.databaseSchema }),
      ...(fanout ? { outbox: { policy: createOutboxPolicy(outbound.targets, outbound.mode), onQueued: () => worker?.notify() } } : {}),
      values: new StoredValues(new PersonalDataCipher(config.privacy.encryptionKeys)),
    }));
  const metrics = new ReceiverMetrics();
  const handler = createHandler({
    store,
    metrics,
    providers: config.providers,
    ...(config.adminToken === undefined ? {} : { adminToken: config.adminToken }),
    logger,
    maxBodyBytes: config.limits.maxBodyBytes,
    trustedProxies: config.trustedProxies,
    outbound: { targets: outbound.targets, onQueued: () => worker?.notify() },
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  let inFlight = 0;
  let closing = false;
  const idleWaiters: (() => void)[] = [];
  const server = createServer(handler, config.limits, {
    logger,
    closing: () => closing,
    onRequest: (delta) => {
      inFlight += delta;
      if (inFlight === 0) idleWaiters.splice(0).forEach((resolve) => resolve());
    },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${hostForUrl === "0.0.0.0" ? "127.0.0.1" : hostForUrl === "[::]" ? "[::1]" : hostForUrl}:${address.port}`;

  logger.info("storage ready", { backend: store.backend, location: store.location });
  let depthTimer: NodeJS.Timeout | undefined;
  if (fanout) {
    for (const target of outbound.targets) {
      logger.info("outbound target", { endpoint: target.name, kind: target.kind, ...(target.kind === "nats" ? { stream: target.stream } : { secrets: target.secrets.length, eventTypes: target.eventTypes?.join(",") ?? "all" }) });
    }
    if (outbound.deliver) {
      worker = new DeliveryWorker({
        store: store.outbox,
        targets: outbound.targets,
        schedule: outbound.schedule,
        timeoutMs: outbound.timeoutMs,
        leaseMs: outbound.leaseMs,
        concurrency: outbound.concurrency,
        pollIntervalMs: outbound.pollIntervalMs,
        logger,
        observer: metrics.fanoutObserver(),
      });
      worker.start();
      logger.info("delivering", { worker: worker.name, mode: outbound.mode, attempts: outbound.schedule.length, timeoutMs: outbound.timeoutMs, leaseMs: outbound.leaseMs });
    } else {
      logger.info("queueing only: other receivers deliver", { mode: outbound.mode });
    }
    // The queue depth gauge, refreshed in the background (the metrics endpoint answers from memory).
    const refreshDepth = () =>
      void store.outbox.queueDepth().then(
        (depth) => {
          metrics.outboundQueue.set({ state: "pending" }, depth.pending);
          metrics.outboundQueue.set({ state: "dead" }, depth.dead);
        },
        () => undefined,
      );
    refreshDepth();
    depthTimer = setInterval(refreshDepth, 2_000);
    depthTimer.unref();
  }
  const privacy = config.privacy;
  logger.info("personal data", {
    encryption: privacy.encryptionKeys.length > 0 ? `aes-256-gcm, key ${privacy.encryptionKeys[privacy.encryptionKeys.length - 1]?.id}` : "off",
    retentionDays: privacy.retentionDays ?? null,
  });
  const retention =
    privacy.retentionDays === undefined
      ? undefined
      : new RetentionJob({ store, days: privacy.retentionDays, intervalMs: privacy.retentionIntervalMs, logger, ...(options.now === undefined ? {} : { now: options.now }) });
  retention?.start();
  for (const status of handler.providerStatus) {
    logger.info(status.enabled ? "provider enabled" : "provider disabled", { provider: status.provider, enabled: status.enabled, auth: status.how });
  }
  if (config.devMode) {
    logger.warn("DEVELOPMENT MODE: providers without settings use well-known development credentials; never expose this receiver", {
      devMode: true,
    });
  }
  if (!config.adminToken) logger.info("events API disabled", { hint: "set KYC_ADMIN_TOKEN to enable GET /events" });
  logger.info("listening", {
    url,
    host: config.host,
    port: address.port,
    maxBodyBytes: config.limits.maxBodyBytes,
    requestTimeoutMs: config.limits.requestTimeoutMs,
    headersTimeoutMs: config.limits.headersTimeoutMs,
    trustedProxies: typeof config.trustedProxies === "number" ? config.trustedProxies : config.trustedProxies.join(","),
  });

  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      closing = true;
      handler.setReady(false);
      logger.info("shutting down", { inFlight });
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const drained = inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve));
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), config.shutdownTimeoutMs);
      });
      const result = await Promise.race([drained.then(() => "drained" as const), timedOut]);
      clearTimeout(timer);
      if (result === "timeout") logger.warn("shutdown timeout: closing connections with requests in flight", { inFlight });
      server.closeAllConnections();
      await stopped;
      clearInterval(depthTimer);
      await retention?.stop();
      // Attempts in flight are recorded before the database closes; the rest stay queued for the next start.
      await worker?.stop();
      await store.close();
      logger.info("stopped", {});
    })();
    return closed;
  };
  return { url, port: address.port, server, handler, store, worker, retention, close };
}
