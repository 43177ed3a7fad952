import type { IncomingMessage } from "node:http";
import { Hono } from "hono";
import type { ReceiverRoute } from "@kyc-webhooks/receiver-api";
import type { z } from "zod";
import type { Logger } from "../log.js";
import type { FailureThrottle } from "./client-limits.js";
/** What the hosting server passes: the peer address, or (under @hono/node-server) Node's request. */
export interface AppBindings {
    readonly remoteAddress?: string | undefined;
    readonly incoming?: IncomingMessage;
}
export type AppEnv = {
    Bindings: AppBindings;
    Variables: {
        requestId: string;
        started: number;
    };
};
/** What a route's handler gets: the request, its id, and what the declaration checked and decoded. */
export interface RouteRequest {
    readonly request: Request;
    readonly url: URL;
    readonly requestId: string;
    /** performance.now() when the request arrived. */
    readonly started: number;
    readonly remoteAddress: string | undefined;
    /** Node's request, under the Node server: its body is read from it directly (see readBody). */
    readonly incoming?: IncomingMessage | undefined;
    /** The path parameters, percent-decoded. */
    readonly params: Readonly<Record<string, string>>;
    /** The query as the route's query schema gives it (undefined when the route has none). */
    readonly query: unknown;
}
export type RouteHandler = (request: RouteRequest) => Promise<Response> | Response;
export interface AppOptions {
    readonly routes: readonly ReceiverRoute[];
    /** One handler per route, by operationId. */
    readonly handlers: Readonly<Record<string, RouteHandler>>;
    /** The admin token; without it, routes behind `adminToken` answer 403. */
    readonly adminToken?: string | undefined;
    /** A path prefix the app is mounted under, e.g. `/kyc`. */
    readonly basePath?: string;
    readonly logger: Logger;
    /** Failed admin tokens per client address: an address that failed too often gets 429 before its token is checked. */
    readonly failures?: FailureThrottle;
    /** The client address of a request (after trusted-proxy resolution); default: the peer address. */
    readonly clientAddress?: (request: Request, remoteAddress: string | undefined) => string | undefined;
}
type Parsed = {
    ok: true;
    value: unknown;
} | {
    ok: false;
    message: string;
};
/** A query string, one value per parameter (lists are comma-separated), checked by the route's schema. */
export declare function parseQuery(schema: z.ZodType<unknown, Record<string, string>>, params: URLSearchParams): Parsed;
export declare function buildApp(options: AppOptions): Hono<AppEnv>;
export {};
//# sourceMappingURL=app.d.ts.map