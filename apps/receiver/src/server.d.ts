import http from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ReceiverConfig } from "./config.js";
import type { WebhookHandler } from "./handler.js";
import type { Logger } from "./log.js";
import { RetentionJob } from "./privacy/retention.js";
import type { Store } from "./storage/types.js";
import { DeliveryWorker } from "./fanout/worker.js";
export interface NodeListenerOptions {
    readonly logger?: Logger;
    /** Called when a request starts and ends (for graceful shutdown). */
    readonly onRequest?: (delta: 1 | -1) => void;
    /** When true, responses ask the client to close the connection (set while shutting down). */
    readonly closing?: () => boolean;
}
type WebHandler = WebhookHandler | ((request: Request, context?: {
    remoteAddress?: string;
}) => Promise<Response>);
/** Adapts the web-standard handler to Node's `(req, res)`; usable with `http.createServer` or Express. */
export declare function toNodeListener(handler: WebHandler, options?: NodeListenerOptions): (req: IncomingMessage, res: ServerResponse) => void;
export interface ServerLimits {
    readonly requestTimeoutMs?: number;
    readonly headersTimeoutMs?: number;
    readonly keepAliveTimeoutMs?: number;
    /** Most connections open at once; one beyond it is closed as soon as it is accepted. */
    readonly maxConnections?: number;
}
/** A Node HTTP server for the handler, with the header and request timeouts set. */
export declare function createServer(handler: WebhookHandler, limits?: ServerLimits, options?: NodeListenerOptions): http.Server;
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
export declare function startReceiver(config: ReceiverConfig, options?: StartOptions): Promise<RunningReceiver>;
export {};
//# sourceMappingURL=server.d.ts.map