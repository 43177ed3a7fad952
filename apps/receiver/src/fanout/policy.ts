import type { NormalizedEvent, ProviderName } from "@kyc-webhooks/normalized";
import { targetsFor } from "./endpoints.js";
import type { DeliveryTarget } from "./endpoints.js";
import { buildMessage } from "./message.js";
import type { EventOutcome, VerificationState } from "./message.js";
import type { OutboxPlan, StoredEventForMessage } from "./store.js";

/*
 * What is queued for a stored event, decided inside the transaction that stores it. Never anything for a
 * redelivery of a stored event (a duplicate), for an older event that changed nothing (ignored_older), or
 * for a quarantined callback (no normalized event to send). Then, by mode:
 *   all      every other new event: those that changed the verification and those that conflict with it;
 *   changes  only events that changed the verification's state.
 */

export type FanoutMode = "all" | "changes";
export const fanoutModes: readonly FanoutMode[] = ["all", "changes"];

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

export function createOutboxPolicy(targets: readonly DeliveryTarget[], mode: FanoutMode): OutboxPolicy {
  return (event) => {
    if (event.outcome === "duplicate" || event.outcome === "ignored_older") return undefined;
    if (mode === "changes" && !(event.outcome === "applied" && event.changed)) return undefined;
    const names = targetsFor(targets, event.normalized.type);
    if (names.length === 0) return undefined;
    return { message: buildMessage(Object.assign({}, event, { event: event.normalized })), targets: names };
  };
}

/** What an operator's redeliver queues: the event to every target that takes its type, whatever the mode. */
export function redeliveryPlan(targets: readonly DeliveryTarget[]): (event: StoredEventForMessage) => OutboxPlan | undefined {
  return (event) => {
    const names = targetsFor(targets, event.normalized.type);
    if (names.length === 0) return undefined;
    return { message: buildMessage({ ...event, event: event.normalized, outcome: "redelivered" }), targets: names };
  };
}
