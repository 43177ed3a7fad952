import type { Issue, Warning } from "@kyc-webhooks/core";
import type { EventType, NormalizedEvent, ProviderName, Status, VerificationOutcome, VerificationState } from "@kyc-webhooks/normalized";
/** A stored event, without its bodies. */
export interface StoredEvent {
    /** The receiver's id (the row's). */
    readonly id: string;
    readonly eventId: string;
    readonly provider: ProviderName;
    readonly kind: string | null;
    readonly receivedAt: number;
    readonly lastReceivedAt: number;
    /** Deliveries of this event, the first included. */
    readonly deliveryCount: number;
    readonly quarantined: boolean;
    /** A quarantined body's issues (0 for a stored event). */
    readonly issueCount: number;
    /** A stored event's warnings (tolerant validation; 0 for a quarantined body). */
    readonly warningCount: number;
    readonly status: Status | null;
    readonly type: EventType | null;
    readonly reference: string | null;
    readonly merchantReference: string | null;
    readonly occurredAt: string | null;
    /** Set once its personal values were removed (retention or a purge); null while they are held. */
    readonly personalDataRemoved: PersonalDataRemoval | null;
}
/** When and why an event's personal values were removed. */
export interface PersonalDataRemoval {
    readonly at: number;
    readonly reason: "retention" | "request" | "provider";
}
/** A purge of a verification's personal data (one per provider + reference): who asked first, why, when first and last. */
export interface StoredTombstone {
    /** `admin`, or `provider:<name>` for a provider's deletion event. */
    readonly requestedBy: string;
    readonly reason: "request" | "provider";
    readonly requestedAt: number;
    readonly lastPurgedAt: number;
}
/** One delivery (HTTP request) of a stored event. */
export interface StoredDelivery {
    readonly requestId: string;
    readonly receivedAt: number;
    readonly sourceIp: string | null;
    readonly bodySha256: string;
    /** True for every delivery after the first. */
    readonly duplicate: boolean;
}
/** A stored event with its bodies (opened) and its deliveries. */
export interface StoredEventDetail extends StoredEvent {
    readonly requestId: string;
    readonly sourceIp: string | null;
    readonly contentType: string | null;
    /** The first delivery's headers, secrets removed. */
    readonly headers: Readonly<Record<string, string>>;
    /** The raw body, byte for byte. */
    readonly body: Uint8Array;
    readonly bodySha256: string;
    readonly issues: readonly Issue[];
    readonly warnings: readonly Warning[];
    /** A quarantined body as far as it decoded. */
    readonly decoded: unknown;
    readonly normalized: NormalizedEvent | null;
    readonly deliveries: readonly StoredDelivery[];
    /** The purge of its verification (a quarantined body: of its best-effort reference), if one was asked. */
    readonly tombstone: StoredTombstone | null;
}
export interface EventFilter {
    readonly provider?: readonly string[];
    readonly status?: readonly string[];
    readonly type?: readonly string[];
    readonly kind?: string;
    readonly reference?: string;
    readonly merchantReference?: string;
    readonly eventId?: string;
    /** Received at or after (epoch ms). */
    readonly from?: number;
    /** Received before (epoch ms). */
    readonly to?: number;
    readonly quarantined?: boolean;
    readonly limit?: number;
    readonly cursor?: string;
}
export interface EventPage {
    readonly events: readonly StoredEvent[];
    readonly nextCursor: string | null;
}
/** A verification's current state, and the row of the event that set it. */
export interface StoredVerification {
    readonly state: VerificationState;
    readonly eventRow: string;
}
/** One event of a verification's history, oldest first. */
export interface StoredHistoryEntry {
    readonly id: string;
    readonly eventId: string;
    readonly kind: string | null;
    readonly status: Status | null;
    readonly providerStatus: string | null;
    readonly occurredAt: string | null;
    readonly receivedAt: number;
    readonly deliveryCount: number;
    readonly outcome: VerificationOutcome;
}
export interface StoredVerificationDetail extends StoredVerification {
    readonly history: readonly StoredHistoryEntry[];
    /** Set once its personal data was purged. */
    readonly tombstone: StoredTombstone | null;
}
export interface VerificationFilter {
    readonly provider?: readonly string[];
    readonly status?: readonly string[];
    readonly final?: boolean;
    /** Updated at or after (epoch ms). */
    readonly updatedSince?: number;
    readonly limit?: number;
    readonly cursor?: string;
}
export interface VerificationPage {
    readonly verifications: readonly StoredVerification[];
    readonly nextCursor: string | null;
}
//# sourceMappingURL=records.d.ts.map