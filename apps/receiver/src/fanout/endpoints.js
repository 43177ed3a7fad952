import { z } from "zod";
import { eventTypes } from "@kyc-webhooks/normalized";
import { isWebhookSecret } from "./signing.js";
export const defaultSubjectPrefix = "kyc";
/** The JetStream subject of a message: `kyc.<provider>.<status>`, so that a consumer can filter by either. */
export function natsSubject(prefix, provider, status) {
    return `${prefix}.${provider}.${status}`;
}
/** The names of the targets a message of this event type goes to. */
export function targetsFor(targets, eventType) {
    return targets.filter((target) => target.kind === "nats" || target.eventTypes === undefined || target.eventTypes.includes(eventType)).map((target) => target.name);
}
/** An endpoint's default name: its URL without credentials, query or fragment (they may hold tokens). */
export function defaultEndpointName(url) {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
}
const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// Headers the receiver sets itself: an endpoint's extra headers cannot replace them.
const reservedHeaders = new Set(["webhook-id", "webhook-timestamp", "webhook-signature", "content-type", "content-length", "host", "user-agent"]);
const httpUrl = z
    .string()
    .refine((value) => {
    try {
        const url = new URL(value);
        return url.protocol === "https:" || url.protocol === "http:";
    }
    catch {
        return false;
    }
}, "must be an http:// or https:// URL");
const secret = z.string().refine(isWebhookSecret, "must be a whsec_ secret (whsec_ followed by base64 of at least 24 bytes)");
/** One endpoint in the config file's `outbound.endpoints` list. */
export const endpointFileSchema = z
    .object({
    name: z.string().min(1).max(200).optional().describe("The endpoint's key in GET /deliveries (default: the URL without query)."),
    url: httpUrl.describe("Where messages are POSTed."),
    secret: secret.optional().describe("The whsec_ secret that signs the messages."),
    secrets: z.array(secret).min(1).optional().describe("Several whsec_ secrets during a rotation: each signs every message."),
    eventTypes: z.array(z.enum(eventTypes)).min(1).optional().describe("Only these normalized event types (default: all)."),
    headers: z
        .record(z.string().regex(headerName, "must be a header name").refine((name) => !reservedHeaders.has(name.toLowerCase()), "is set by the receiver"), z.string())
        .optional()
        .describe("Extra request headers."),
})
    .strict()
    .refine((endpoint) => endpoint.secret !== undefined || endpoint.secrets !== undefined, { message: "needs secret or secrets", path: ["secret"] });
export function httpEndpointFrom(entry) {
    return {
        kind: "http",
        name: entry.name ?? defaultEndpointName(entry.url),
        url: entry.url,
        secrets: [...(entry.secret === undefined ? [] : [entry.secret]), ...(entry.secrets ?? [])],
        ...(entry.eventTypes ? { eventTypes: entry.eventTypes } : {}),
        headers: entry.headers ?? {},
    };
}
export { httpUrl as httpUrlSchema, secret as webhookSecretSchema };
//# sourceMappingURL=endpoints.js.map