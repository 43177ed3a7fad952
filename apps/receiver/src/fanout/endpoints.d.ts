import { z } from "zod";
import type { EventType } from "@kyc-webhooks/normalized";
export interface HttpEndpoint {
    readonly kind: "http";
    /** The endpoint's key in the outbox and in GET /deliveries (default: the URL without query or credentials). */
    readonly name: string;
    readonly url: string;
    /** `whsec_` secrets; every one signs each message (rotation: add the new one, then drop the old one). */
    readonly secrets: readonly string[];
    /** Only these normalized event types are sent to it (default: all). */
    readonly eventTypes?: readonly EventType[];
    /** Extra request headers (e.g. an API gateway key). */
    readonly headers: Readonly<Record<string, string>>;
}
export interface NatsTarget {
    readonly kind: "nats";
    readonly name: "nats";
    /** nats://host:port, several comma-separated. */
    readonly url: string;
    /** The JetStream stream, created (subjects `<subjectPrefix>.>`) when missing. */
    readonly stream: string;
    /** The subjects' first token (default `kyc`): `kyc.<provider>.<status>`. */
    readonly subjectPrefix: string;
}
export type DeliveryTarget = HttpEndpoint | NatsTarget;
export declare const defaultSubjectPrefix = "kyc";
/** The JetStream subject of a message: `kyc.<provider>.<status>`, so that a consumer can filter by either. */
export declare function natsSubject(prefix: string, provider: string, status: string): string;
/** The names of the targets a message of this event type goes to. */
export declare function targetsFor(targets: readonly DeliveryTarget[], eventType: EventType): string[];
/** An endpoint's default name: its URL without credentials, query or fragment (they may hold tokens). */
export declare function defaultEndpointName(url: string): string;
declare const httpUrl: z.ZodString;
declare const secret: z.ZodString;
/** One endpoint in the config file's `outbound.endpoints` list. */
export declare const endpointFileSchema: z.ZodObject<{
    name: z.ZodOptional<z.ZodString>;
    url: z.ZodString;
    secret: z.ZodOptional<z.ZodString>;
    secrets: z.ZodOptional<z.ZodArray<z.ZodString>>;
    eventTypes: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        "verification.started": "verification.started";
        "verification.updated": "verification.updated";
        "verification.status_changed": "verification.status_changed";
        "verification.completed": "verification.completed";
        "request.rejected": "request.rejected";
        "data.deleted": "data.deleted";
        "data.document_deleted": "data.document_deleted";
        "authentication.completed": "authentication.completed";
        "document.completed": "document.completed";
        "business.updated": "business.updated";
        "form.submitted": "form.submitted";
    }>>>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
}, z.core.$strict>;
export type EndpointFileEntry = z.infer<typeof endpointFileSchema>;
export declare function httpEndpointFrom(entry: EndpointFileEntry): HttpEndpoint;
export { httpUrl as httpUrlSchema, secret as webhookSecretSchema };
//# sourceMappingURL=endpoints.d.ts.map