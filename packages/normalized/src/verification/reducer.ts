import type { NormalizedEvent, ProviderName, Status } from "../event.js";
import { changePathOf } from "./change-paths.js";
import { compareOrder, orderKeyOf } from "./ordering.js";
import type { OrderKey } from "./ordering.js";
import { providerStatusOf } from "./provider-status.js";
import { verificationReferenceOf } from "./reference.js";

export { verificationReferenceOf } from "./reference.js";

/**
 * What reducing one event did to its verification:
 * - `applied`: the event is the newest and set the current state;
 * - `ignored_older`: the provider's times say it is older than the event that set the state: stored and
 *   shown, never applied;
 * - `duplicate`: it says what the state already says (the same event, or the same status at the same
 *   moment, or a repeat of a final decision): nothing changes;
 * - `conflict`: it contradicts a final decision without taking the provider's documented change path
 *   (a replayed callback, say), or says something else for the same moment: recorded and flagged.
 */
export const verificationOutcomes = ["applied", "ignored_older", "duplicate", "conflict"] as const;
export type VerificationOutcome = (typeof verificationOutcomes)[number];

/** One stored event of a verification, as the reducer reads it. */
export interface VerificationEvent {
  /** The stored event's id. */
  readonly eventId: string;
  readonly provider: ProviderName;
  readonly reference: string;
  readonly kind: string;
  readonly status: Status;
  readonly final: boolean;
  readonly needsRefresh: boolean;
  /** The provider's own status value (Netki `open`, Ondato `Approved`). */
  readonly providerStatus?: string;
  /** The payload's time, verbatim. */
  readonly occurredAt?: string;
  /** When the receiver first received it, ISO 8601. */
  readonly receivedAt: string;
  readonly order: OrderKey;
}

/** The current state of one verification (provider + reference). */
export interface VerificationState {
  readonly provider: ProviderName;
  readonly reference: string;
  readonly status: Status;
  readonly final: boolean;
  readonly needsRefresh: boolean;
  readonly providerStatus?: string;
  /** The event that set the status. */
  readonly event: Pick<VerificationEvent, "eventId" | "kind" | "occurredAt" | "receivedAt" | "order">;
  /** When the last event of this verification was recorded (whatever its outcome), ISO 8601. */
  readonly updatedAt: string;
  /** Events recorded (redeliveries are not events). */
  readonly eventCount: number;
  readonly conflictCount: number;
}

export interface ReduceResult {
  readonly state: VerificationState;
  readonly outcome: VerificationOutcome;
}

/** A normalized event as its verification's reducer reads it; undefined when it belongs to no verification. */
export function verificationEventOf(event: NormalizedEvent, stored: { readonly eventId?: string; readonly receivedAt: string | number }): VerificationEvent | undefined {
  const reference = verificationReferenceOf(event);
  if (reference === undefined) return undefined;
  const providerStatus = providerStatusOf(event);
  return {
    eventId: stored.eventId ?? event.eventId,
    provider: event.provider,
    reference,
    kind: event.providerKind,
    status: event.status,
    final: event.finality === "final",
    needsRefresh: event.needsRefresh,
    ...(providerStatus === undefined ? {} : { providerStatus }),
    ...(event.occurredAt === undefined ? {} : { occurredAt: event.occurredAt }),
    receivedAt: new Date(stored.receivedAt).toISOString(),
    order: orderKeyOf(event),
  };
}

function stateFrom(event: VerificationEvent, counts: { eventCount: number; conflictCount: number }): VerificationState {
  return {
    provider: event.provider,
    reference: event.reference,
    status: event.status,
    final: event.final,
    needsRefresh: event.needsRefresh,
    ...(event.providerStatus === undefined ? {} : { providerStatus: event.providerStatus }),
    event: {
      eventId: event.eventId,
      kind: event.kind,
      ...(event.occurredAt === undefined ? {} : { occurredAt: event.occurredAt }),
      receivedAt: event.receivedAt,
      order: event.order,
    },
    updatedAt: event.receivedAt,
    ...counts,
  };
}

/**
 * The verification's state after one more event, and what the event did. Pure; events are reduced in
 * the order they arrived (the receiver does it in the transaction that stores the event), and the
 * provider's {@link orderingRules} decide which is newer.
 */
export function reduceVerification(state: VerificationState | undefined, event: VerificationEvent): ReduceResult {
  if (state === undefined) return { state: stateFrom(event, { eventCount: 1, conflictCount: 0 }), outcome: "applied" };
  if (event.eventId === state.event.eventId) return { state, outcome: "duplicate" };
  const counted: VerificationState = { ...state, eventCount: state.eventCount + 1, updatedAt: later(state.updatedAt, event.receivedAt) };
  const apply = (): ReduceResult => ({
    state: { ...stateFrom(event, { eventCount: counted.eventCount, conflictCount: counted.conflictCount }), updatedAt: counted.updatedAt },
    outcome: "applied",
  });
  const conflict = (): ReduceResult => ({ state: { ...counted, conflictCount: counted.conflictCount + 1 }, outcome: "conflict" });
  const saysTheSame = event.status === state.status && event.final === state.final && event.needsRefresh === state.needsRefresh;

  const order = compareOrder(event.order, state.event.order);
  if (order < 0) return { state: counted, outcome: "ignored_older" };
  if (order === 0) return saysTheSame ? { state: counted, outcome: "duplicate" } : conflict();
  if (!state.final) return apply();
  if (changePathOf(event.provider, event.kind, event.providerStatus)) return apply();
  return saysTheSame ? { state: counted, outcome: "duplicate" } : conflict();
}

function later(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/** The state after a sequence of events, in arrival order, with each event's outcome. */
export function reduceVerificationEvents(events: readonly VerificationEvent[], initial?: VerificationState): { state: VerificationState | undefined; outcomes: VerificationOutcome[] } {
  let state = initial;
  const outcomes: VerificationOutcome[] = [];
  for (const event of events) {
    const result = reduceVerification(state, event);
    state = result.state;
    outcomes.push(result.outcome);
  }
  return { state, outcomes };
}
