import type { Issue } from "@kyc-webhooks/core";
import type { EventType, NormalizedEvent, ProviderName, Status } from "@kyc-webhooks/normalized";

/*
 * The events API's request and response shapes (GET /events, GET /events/{id}), exported so that the CLI
 * and other clients code against the same types. All timestamps are ISO 8601 strings in UTC.
 */

/** One stored event as GET /events lists it. */
export interface EventSummary {
  /** The receiver's id of the stored event (a decimal string, increasing with arrival). */
  readonly id: string;
  /** The deduplication key: the normalized event's eventId, or for a quarantined body a hash of provider and raw bytes. */
  readonly eventId: string;
  readonly provider: ProviderName;
  /** The provider's own callback kind, when it could be told (also for many quarantined bodies). */
  readonly kind: string | null;
  /** When the first delivery was received. */
  readonly receivedAt: string;
  /** When the latest delivery (first or redelivery) was received. */
  readonly lastReceivedAt: string;
  /** Deliveries of this event: 1 plus the redeliveries. */
  readonly deliveries: number;
  /** True when the body failed decoding or validation; `issues` says why. */
  readonly quarantined: boolean;
  readonly issueCount: number;
  /** From the normalized event; null for a quarantined body. */
  readonly status: Status | null;
  readonly type: EventType | null;
  readonly reference: string | null;
  readonly merchantReference: string | null;
  readonly occurredAt: string | null;
}

/** GET /events */
export interface EventListResponse {
  readonly events: readonly EventSummary[];
  /** Pass as `cursor` to get the next (older) page; null on the last page. */
  readonly nextCursor: string | null;
}

/** One delivery of an event: the first one, or a redelivery that was acknowledged and not stored again. */
export interface DeliveryRecord {
  readonly requestId: string;
  readonly receivedAt: string;
  readonly sourceIp: string | null;
  /** False for the delivery that stored the event, true for redeliveries. */
  readonly duplicate: boolean;
  readonly bodySha256: string;
  /** Whether this delivery's bytes equal the stored event's bytes (a redelivery may differ, e.g. in a timestamp). */
  readonly sameBody: boolean;
}

/** GET /events/{id} */
export interface EventDetail extends EventSummary {
  /** The normalized event (null for a quarantined body). */
  readonly normalized: NormalizedEvent | null;
  /** Validation issues of a quarantined body (paths and codes, never values). */
  readonly issues: readonly Issue[];
  /** For a quarantined body that decoded: the decoded value, so that nothing is lost. */
  readonly decoded: unknown;
  readonly contentType: string | null;
  /** The client address the request came from (after trusted-proxy resolution). */
  readonly sourceIp: string | null;
  /** Request headers of the first delivery, secrets removed (Authorization, Cookie). */
  readonly headers: Readonly<Record<string, string>>;
  readonly bodySha256: string;
  readonly bodyBytes: number;
  readonly deliveryLog: readonly DeliveryRecord[];
  /** Only with `?raw=1`: the body exactly as received; `utf8` text when it is valid UTF-8, base64 otherwise. */
  readonly rawBody?: { readonly encoding: "utf8" | "base64"; readonly data: string };
}

/** The query GET /events understands. Comma-separated values in provider, status and type match any of them. */
export interface EventQuery {
  readonly provider?: readonly ProviderName[];
  readonly status?: readonly Status[];
  readonly type?: readonly EventType[];
  readonly kind?: string;
  readonly reference?: string;
  readonly merchantReference?: string;
  readonly eventId?: string;
  /** Received at or after (ISO 8601). */
  readonly from?: string;
  /** Received before (ISO 8601). */
  readonly to?: string;
  readonly quarantined?: boolean;
  /** Page size, 1 to 500 (default 50). */
  readonly limit?: number;
  readonly cursor?: string;
}

/** The body of every error answer (4xx/5xx). */
export interface ApiError {
  /** A stable code, e.g. `unauthenticated`, `provider_disabled`, `payload_too_large`, `invalid_query`. */
  readonly error: string;
  readonly message: string;
  readonly requestId?: string;
}

/** The answer to an accepted callback (stored, quarantined or a redelivery). */
export interface CallbackAck {
  readonly received: true;
  readonly id: string;
  readonly eventId: string;
  readonly duplicate: boolean;
  readonly quarantined: boolean;
  readonly requestId: string;
}
