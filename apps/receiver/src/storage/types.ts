import type { Issue } from "@kyc-webhooks/core";
import type { NormalizedEvent, ProviderName, VerificationOutcome } from "@kyc-webhooks/normalized";
import type { OutboxPolicy } from "../fanout/policy.js";
import type { OutboxStore } from "../fanout/store.js";
import type { Tombstone } from "@kyc-webhooks/receiver-api";
import type { EventFilter, EventPage, StoredEventDetail, StoredVerificationDetail, VerificationFilter, VerificationPage } from "./records.js";

/** One authenticated delivery, as the handler hands it to the store. */
export interface DeliveryInput {
  readonly requestId: string;
  readonly provider: ProviderName;
  readonly kind: string | undefined;
  /**
   * The content key: the normalized event's eventId (or `rawEventId` for a body that failed validation).
   * The store decides, by @kyc-webhooks/normalized's identity rules, whether the delivery is a
   * redelivery of a stored event or a new one, and the new one's eventId.
   */
  readonly eventId: string;
  /** Epoch milliseconds. */
  readonly receivedAt: number;
  readonly sourceIp: string | undefined;
  /** Request headers with secrets removed. */
  readonly headers: Readonly<Record<string, string>>;
  readonly contentType: string | undefined;
  readonly body: Uint8Array;
  readonly bodySha256: string;
  readonly quarantined: boolean;
  /** A quarantined body's issues, or a stored event's warnings (tolerant parsing): one column holds either, `quarantined` tells which. */
  readonly issues: readonly Issue[];
  readonly decoded?: unknown;
  readonly normalized?: NormalizedEvent;
  /**
   * `JSON.stringify(normalized)`, when the caller made it already: the writer thread receives the event as this text
   * (cheaper to send than the object) and stores it as it is where the event is not sealed.
   */
  readonly normalizedJson?: string;
  /**
   * A quarantined body's best-effort verification reference (normalizeRaw's `reference`): stored in an index of
   * its own so that a purge of this provider + reference empties the body too. Never used for a decision.
   */
  readonly quarantinedReference?: string;
}

export interface DeliveryOutcome {
  /** The stored event's id. */
  readonly id: string;
  /** The stored event's identity: the content key, or `<content key>#<n>` for the n-th event with that content. */
  readonly eventId: string;
  /** True when the event was already stored: this delivery was recorded as a redelivery only. */
  readonly duplicate: boolean;
  /** Whether the stored event is quarantined. */
  readonly quarantined: boolean;
  /** Deliveries queued in the outbox for this event, in the same transaction. */
  readonly queued: number;
  /** For a new event of a verification: which, and what the event did to it. */
  readonly verification?: { readonly reference: string; readonly outcome: VerificationOutcome };
}

/** Fan-out at ingest: what to queue for a new event (in its transaction), and who to tell after the commit. */
export interface StoreOutboxOptions {
  readonly policy: OutboxPolicy;
  readonly onQueued?: () => void;
}

export type StoreBackend = "sqlite" | "postgres";

/**
 * Durable storage of callbacks. Both backends pass the same test suite. `recordDelivery` is one
 * transaction: when its promise resolves, the delivery is committed. Reads return domain records (records.ts),
 * which the routes map to the HTTP API's shapes.
 */
export interface Store {
  readonly backend: StoreBackend;
  /** Where the data lives, without credentials (for the start-up log). */
  readonly location: string;
  /**
   * Stores a new event with its first delivery, or records a redelivery of a stored one, and updates the
   * event's verification in the same transaction. Concurrent deliveries of one event give one event.
   */
  recordDelivery(input: DeliveryInput): Promise<DeliveryOutcome>;
  listEvents(query: EventFilter): Promise<EventPage>;
  /** Verifications, most recently updated first. */
  listVerifications(query: VerificationFilter): Promise<VerificationPage>;
  /** One verification with its history and its tombstone, or undefined. */
  getVerification(provider: ProviderName, reference: string): Promise<StoredVerificationDetail | undefined>;
  /** By the receiver's id or by eventId, with its bodies (opened) and deliveries. */
  getEvent(idOrEventId: string): Promise<StoredEventDetail | undefined>;
  /** Throws unless the database takes a write: it answers, it is writable, SQLite's file is still the one opened. */
  ping(): Promise<void>;
  /** Keeps the SHA-256 of an issued OAuth2 access token until it expires. */
  saveAccessToken(tokenSha256: string, expiresAt: number): Promise<void>;
  /** Whether a token with this SHA-256 was issued and has not expired. */
  isAccessTokenValid(tokenSha256: string, now: number): Promise<boolean>;
  /** The outbound deliveries (fan-out), in the same database. */
  readonly outbox: OutboxStore;
  /**
   * Removes every personal value stored for a verification (its events' bodies and personal fields, their
   * deliveries' bodies, their outbox payloads) and records a tombstone; idempotent. The decision stays.
   */
  purgeVerification(request: PurgeRequest): Promise<PurgeResult>;
  /** Retention: removes the personal values of events received before `before` (epoch ms); keeps the decision. */
  removeExpiredPersonalData(before: number, now: number): Promise<{ readonly events: number }>;
  /** Re-seals every stored personal value with the newest encryption key (and seals clear ones). */
  rekey(): Promise<RekeyResult>;
  close(): Promise<void>;
}

export interface PurgeRequest {
  readonly provider: ProviderName;
  readonly reference: string;
  /** Who asked: `admin` (the API, the CLI) or `provider:<name>` (a provider's deletion event). */
  readonly requestedBy: string;
  readonly reason: "request" | "provider";
  /** Epoch ms. */
  readonly at: number;
  /** An event row to leave as it is (the provider's deletion event itself, which holds no personal data). */
  readonly keepEventRow?: string;
}

export interface PurgeResult {
  readonly provider: ProviderName;
  readonly reference: string;
  /** Events whose personal values this call removed (0 when a purge already did). */
  readonly purgedEvents: number;
  /** Outbound deliveries still pending that were given up (their payload is gone). */
  readonly cancelledDeliveries: number;
  /** The first purge of this reference: who asked and when (ISO 8601); the HTTP answer as it is. */
  readonly tombstone: Tombstone;
}

export interface RekeyResult {
  /** The key every value is now sealed with. */
  readonly keyId: string;
  /** Stored values sealed again (or sealed for the first time). */
  readonly values: number;
}

// Page cursors and sizes are part of the HTTP API (the query schemas check them): see @kyc-webhooks/receiver-api.
export { decodeCursor, defaultPageSize, encodeCursor, maxPageSize } from "@kyc-webhooks/receiver-api";

/** PostgreSQL text cannot hold NUL characters; indexed copies of payload values drop them (the raw body keeps everything). */
export function indexable(value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  // eslint-disable-next-line no-control-regex
  return value.replace(/\u0000/g, "");
}

/** JSON text for a stored document (NUL characters are escaped by JSON.stringify, so PostgreSQL text accepts it). */
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}
