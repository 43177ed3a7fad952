import http from "node:http";
import { getRequestListener } from "@hono/node-server";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { ReceiverConfig } from "./config.js";
import { createHandler } from "./handler.js";
import { ConnectionCap } from "./http/connection-cap.js";
import type { WebhookHandler } from "./handler.js";
import { createLogger, errorFields } from "./log.js";
import type { Logger } from "./log.js";
import { createStore, writerThreadAvailable } from "./storage/index.js";
import { PersonalDataCipher } from "./privacy/cipher.js";
import { RetentionJob } from "./privacy/retention.js";
import { StoredValues } from "./privacy/stored-values.js";
import type { Store } from "./storage/types.js";
import { createOutboxPolicy } from "./fanout/policy.js";
import { DeliveryWorker } from "./fanout/worker.js";
import { ReceiverMetrics } from "./metrics.js";

/*
 * The Node server: node:http serving the web-standard handler through @hono/node-server's listener (which
 * streams the request body to the handler), the limits (body size and the body budget in the handler; header
 * and request timeouts and the connection cap here), and graceful shutdown that lets in-flight requests finish.
 *
 * A refused request (401, 403, 408, 413, 429), or any answer that leaves part of the body unread (a 503 of the body
 * budget, a 415, a 404), is answered with Connection: close and the rest of its body is never read (the listener
 * would otherwise drain up to 64 MiB of it, and node's keep-alive the whole of it): see closeWithoutReading.
 */

export interface NodeListenerOptions {
  readonly logger?: Logger;
  /** Called when a request starts and ends (for graceful shutdown). */
  readonly onRequest?: (delta: 1 | -1) => void;
  /** When true, responses ask the client to close the connection (set while shutting down). */
  readonly closing?: () => boolean;
}

type WebHandler = WebhookHandler | ((request: Request, context?: { remoteAddress?: string; incoming?: IncomingMessage }) => Promise<Response>);

/** Statuses after which the connection is closed rather than the rest of the body read. */
const refusals = new Set([401, 403, 408, 413, 429]);

/** How long a refused connection stays half-open after its answer, so that a client still sending reads the answer. */
const lingerMs = 1_000;

/** True when the answer refuses the request, or leaves part of its body unread: the connection is not reused. */
function closesConnection(status: number, incoming: { readonly complete: boolean }): boolean {
  return refusals.has(status) || !incoming.complete;
}

/**
 * Closes a refused request's connection without reading the rest of its body: reading stops now (the kernel's
 * buffers fill and the client's writes block), the answer goes out followed by a FIN, and the socket is destroyed
 * a moment later. Node would otherwise destroy it as soon as the answer is written, and a client still sending
 * would get a reset in place of the answer; and whoever resumes the request (node's dump of an unread body, the
 * listener's drain) would read the body on.
 */
function closeWithoutReading(socket: Socket): void {
  socket.pause();
  ConnectionCap.lingering(socket);
  let closing = false;
  const linger = () => {
    if (closing) return;
    closing = true;
    socket.end();
    setTimeout(() => socket.destroy(), lingerMs).unref();
  };
  Object.assign(socket, { resume: () => socket, destroySoon: linger });
  socket.once("close", () => (closing = true));
}

/** Adapts the web-standard handler to Node's `(req, res)`; usable with `http.createServer` or Express. */
export function toNodeListener(handler: WebHandler, options: NodeListenerOptions = {}) {
  const listener = getRequestListener(async (request, env) => {
    const response = await handler(request, { remoteAddress: env.incoming.socket.remoteAddress, incoming: env.incoming instanceof http.IncomingMessage ? env.incoming : undefined });
    if (closesConnection(response.status, env.incoming)) {
      response.headers.set("connection", "close");
      env.incoming.pause();
      closeWithoutReading(env.incoming.socket);
    } else if (options.closing?.()) response.headers.set("connection", "close");
    return response;
  });
  return (req: IncomingMessage, res: ServerResponse): void => {
    options.onRequest?.(1);
    res.once("close", () => options.onRequest?.(-1));
    listener(req, res).catch((error: unknown) => {
      options.logger?.error("response failed", errorFields(error));
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
      res.end('{"error":"internal_error","message":"The request failed"}');
    });
  };
}

export interface ServerLimits {
  readonly requestTimeoutMs?: number;
  readonly headersTimeoutMs?: number;
  readonly keepAliveTimeoutMs?: number;
  /** Most connections served at once; one beyond it is closed as soon as it is accepted (http/connection-cap.ts). */
  readonly maxConnections?: number;
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
  if (limits.maxConnections !== undefined) {
    const cap = new ConnectionCap(limits.maxConnections);
    server.on("connection", (socket: Socket) => {
      if (!cap.accept(socket)) socket.destroy();
    });
  }
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
      // The writer thread runs compiled code (dist/): from the TypeScript sources (tests) callbacks are written inline.
      ...(config.sqliteWriter === "thread" && writerThreadAvailable()
        ? { sqliteWriterThread: { encryptionKeys: config.privacy.encryptionKeys, ...(fanout ? { outbox: { targets: outbound.targets, mode: outbound.mode } } : {}) } }
        : {}),
    }));
  const metrics = new ReceiverMetrics();
  const handler = createHandler({
    store,
    metrics,
    providers: config.providers,
    ...(config.adminToken === undefined ? {} : { adminToken: config.adminToken }),
    logger,
    maxBodyBytes: config.limits.maxBodyBytes,
    bodyBudget: { totalBytes: config.limits.maxBufferedBytes, clientBytes: config.limits.maxClientBufferedBytes, clientRequests: config.limits.maxClientRequests },
    authFailures: { burst: config.limits.authFailureBurst, perMinute: config.limits.authFailuresPerMinute },
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
    maxConnections: config.limits.maxConnections,
    maxBufferedBytes: config.limits.maxBufferedBytes,
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
