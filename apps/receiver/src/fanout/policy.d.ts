import type { NormalizedEvent, ProviderName } from "@kyc-webhooks/normalized";
import type { DeliveryTarget } from "./endpoints.js";
import type { EventOutcome, VerificationState } from "./message.js";
import type { OutboxPlan, StoredEventForMessage } from "./store.js";
export type FanoutMode = "all" | "changes";
export declare const fanoutModes: readonly FanoutMode[];
export interface StoredEventInput {
    readonly id: string;
    readonly eventId: string;
    readonly provider: ProviderName;
    readonly receivedAt: number;
    readonly normalized: NormalizedEvent;
    readonly outcome: EventOutcome;
    /** Whether the event changed the verification's state (without verification state: every new event does). */
    readonly changed: boolean;
    readonly verification?: VerificationState | null;
}
export type OutboxPolicy = (event: StoredEventInput) => OutboxPlan | undefined;
export declare function createOutboxPolicy(targets: readonly DeliveryTarget[], mode: FanoutMode): OutboxPolicy;
/** What an operator's redeliver queues: the event to every target that takes its type, whatever the mode. */
export declare function redeliveryPlan(targets: readonly DeliveryTarget[]): (event: StoredEventForMessage) => OutboxPlan | undefined;
//# sourceMappingURL=policy.d.ts.map