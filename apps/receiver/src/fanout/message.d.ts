import type { EventType, NormalizedEvent, ProviderName, Status } from "@kyc-webhooks/normalized";
/** How the event changed its verification (the verification-state rules decide; a new event without them is `applied`); `redelivered`: queued by an operator, not when it arrived. */
export type EventOutcome = "applied" | "ignored_older" | "duplicate" | "conflict" | "redelivered";
/** The verification's state after the event, when the receiver keeps verification state. */
export type VerificationState = Readonly<Record<string, unknown>>;
export interface MessageInput {
    /** The receiver's id of the stored event. */
    readonly id: string;
    readonly eventId: string;
    readonly provider: ProviderName;
    readonly receivedAt: number;
    readonly outcome: EventOutcome;
    readonly event: NormalizedEvent;
    readonly verification?: VerificationState | null;
}
export interface OutboundMessage {
    /** The `webhook-id` and the JetStream `Nats-Msg-Id`: one per event, the same on every attempt. */
    readonly messageId: string;
    readonly provider: ProviderName;
    readonly eventType: EventType;
    readonly status: Status;
    /** The JSON body exactly as sent. */
    readonly payload: string;
}
/** The body's shape, for consumers (and the receiver's OpenAPI document). */
export interface MessageBody {
    readonly type: `kyc.${EventType}`;
    readonly timestamp: string;
    readonly data: {
        readonly id: string;
        readonly eventId: string;
        readonly provider: ProviderName;
        readonly outcome: EventOutcome;
        readonly event: NormalizedEvent;
        readonly verification: VerificationState | null;
    };
}
/**
 * One id per event, derived from its eventId so that every re-send of the event carries the same id (the
 * consumer and JetStream deduplicate on it); hashed, because eventIds can contain provider references.
 */
export declare function messageIdFor(eventId: string): string;
export declare function buildMessage(input: MessageInput): OutboundMessage;
//# sourceMappingURL=message.d.ts.map