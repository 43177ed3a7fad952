import type { ProviderName } from "../event.js";
import { sources } from "./sources.js";
import type { SourceDocument } from "./sources.js";

/**
 * Event identity: when is a callback a redelivery of an event already stored, and when a new event?
 *
 * What a receiver knows of a delivery is its body, its headers and when it arrived. None of the four
 * providers sends a delivery or event id in a header (Shufti sends only its signature, Netki and Ondato
 * only their authentication), so identity comes from the body, the provider's retry behaviour and time:
 *
 * - `provider_id`: the body carries the provider's own event id (Ondato's envelope `id`). The same id is
 *   the same event, whenever and in whatever order it arrives.
 * - `timestamped_content`: the body carries a time of its own that changes whenever the provider has
 *   something new to say (Jumio's `callbackDate`, Netki's transaction `updated`), so equal content
 *   (minus per-attempt delivery records) is the same event.
 * - `content`: the body has neither (Shufti, Netki's business callback), so two equal bodies can be a
 *   retry or a second, genuine change (Netki business open → hold → open; two Shufti status changes).
 *   A delivery equal to the verification's latest event cannot change what is known about it (same body,
 *   same status), so it is a redelivery of that event; equal to an earlier event only, it is a new event
 *   (the state went back). A change notice (an event that says only "fetch the status again") does change
 *   what is known each time it is sent, so it is a redelivery only while the provider could still be
 *   retrying it: within `redeliveryWindowMs` of the first receipt of the event it repeats.
 */
export const identityBases = ["provider_id", "timestamped_content", "content"] as const;
export type IdentityBasis = (typeof identityBases)[number];

export interface IdentityRule {
  readonly provider: ProviderName;
  /** The provider package's callback kinds the rule applies to; `*` for every kind no other row names. */
  readonly providerKinds: readonly string[] | "*";
  readonly basis: IdentityBasis;
  /** What identifies the event, in words. */
  readonly identifiedBy: string;
  /** When a delivery is a redelivery of a stored event, in words. */
  readonly redelivery: string;
  /** For change notices of a `content` rule: how long after the first receipt an equal delivery is still a retry. */
  readonly redeliveryWindowMs?: number;
  readonly sources: readonly SourceDocument[];
}

/**
 * Shufti re-sends an unanswered callback "10 times for a time span of 15 seconds (each)" and stops at
 * the first 200 (Shufti Pro support, "How can I get webhook responses?"): every retry of one callback
 * arrives within 10 × 15 s of its first attempt. An equal change notice arriving later is a new notice.
 */
export const shuftiRetrySpanMs = 10 * 15_000;

export const identityRules: readonly IdentityRule[] = [
  {
    provider: "ondato",
    providerKinds: "*",
    basis: "provider_id",
    identifiedBy: "The webhook envelope's `id` (eventId `ondato:id:<id>`).",
    redelivery:
      "Any delivery with the same `id`, however late: Ondato retries with backoff for up to 24 hours (at most 30 attempts), says duplicates may still be received and that webhooks may arrive out of order.",
    sources: [sources.ondatoWebhooks],
  },
  {
    provider: "jumio",
    providerKinds: "*",
    basis: "timestamped_content",
    identifiedBy:
      "The callback's content (key order and whitespace aside), which includes the time Jumio created the callback: `callbackDate` (ID verification, authentication), `timestamp` (document verification), `callbackSentAt` (platform).",
    redelivery:
      "A delivery with the same content, timestamp included. Jumio documents no retries and no event id; a callback with a new `callbackDate` is a new callback from Jumio and so a new event.",
    sources: [sources.jumioCallback, sources.jumioPlatformCallback],
  },
  {
    provider: "netki",
    providerKinds: ["transaction"],
    basis: "timestamped_content",
    identifiedBy:
      "The transaction's content without `transaction_callbacks[]` (Netki's record of each delivery attempt, which changes with every retry); it includes the transaction's `updated` time and `state`.",
    redelivery:
      "A delivery with the same content: Netki's retries (after about 30 minutes, then doubling, up to `callback_retry_limit` attempts), manual re-sends and restart-callbacks re-send the same transaction.",
    sources: [sources.netkiCallbacks, sources.netkiBestPractices],
  },
  {
    provider: "netki",
    providerKinds: ["business"],
    basis: "content",
    identifiedBy: "The whole body, `{ business: { parent_business, status, name } }`: it has no id and no time.",
    redelivery:
      "A delivery equal to the business's latest event (it cannot change what is known). Equal to an earlier event only, it is a new event: open → hold → open is three events.",
    sources: [sources.netkiBusinessCallback, sources.netkiCallbacks],
  },
  {
    provider: "shufti",
    providerKinds: ["verification.status.changed"],
    basis: "content",
    identifiedBy: "The whole body, which is only `{ reference, event }`: no id, no time, no status.",
    redelivery: `A delivery equal to the reference's latest event within ${shuftiRetrySpanMs / 1000} s of that event's first receipt (Shufti retries an unanswered callback 10 times, 15 s apart, and stops at the first 200). Later, it is a new status change, even with the same bytes.`,
    redeliveryWindowMs: shuftiRetrySpanMs,
    sources: [sources.shuftiWebhookResponses, sources.shuftiCallbackLogs, sources.shuftiStatusCodes],
  },
  {
    provider: "shufti",
    providerKinds: "*",
    basis: "content",
    identifiedBy: "The whole body (key order and whitespace aside): Shufti sends no event id and no time.",
    redelivery:
      "A delivery equal to the reference's latest event (same body, same status: it cannot change what is known). Equal to an earlier event only, it is a new event, which the ordering rules then judge (a replayed decision is a conflict).",
    sources: [sources.shuftiWebhookResponses, sources.shuftiCallbackLogs],
  },
];

/** The identity rule for a provider's callback kind. */
export function identityRuleOf(provider: ProviderName, kind: string | undefined): IdentityRule {
  const rows = identityRules.filter((row) => row.provider === provider);
  const named = kind === undefined ? undefined : rows.find((row) => row.providerKinds !== "*" && row.providerKinds.includes(kind));
  const fallback = rows.find((row) => row.providerKinds === "*");
  // Every provider has a row for every kind it has (a test checks it); a provider package's new kind
  // without one gets the most careful basis, which never swallows a change.
  return named ?? fallback ?? { provider, providerKinds: "*", basis: "content", identifiedBy: "The whole body.", redelivery: "A delivery equal to the latest event.", sources: [] };
}

/** A stored event, as the identity decision needs it. */
export interface StoredEventRef {
  /** The stored event's own id (unique). */
  readonly eventId: string;
  /** Its content key (the normalized eventId, several stored events can share one under a `content` rule). */
  readonly contentKey: string;
  /** First receipt, epoch milliseconds. */
  readonly receivedAt: number;
}

export interface DeliveryIdentityInput {
  readonly provider: ProviderName;
  readonly kind: string | undefined;
  /** The normalized event's eventId (or `rawEventId` for a body that failed validation). */
  readonly contentKey: string;
  /** Whether the event names a verification (provider + reference); without one the key alone decides. */
  readonly hasVerification: boolean;
  /** Epoch milliseconds. */
  readonly receivedAt: number;
  /** The latest stored event (by arrival) of the same verification, if any. */
  readonly latest: StoredEventRef | undefined;
  /** The stored event whose eventId is the content key itself, if any. */
  readonly sameKey: StoredEventRef | undefined;
  /** How many stored events have this content key. */
  readonly sameKeyCount: number;
}

export type DeliveryIdentity =
  | { readonly redelivery: true; readonly eventId: string }
  | { readonly redelivery: false; readonly eventId: string };

/**
 * The eventId of an event whose content key is already stored: `<key>#<n>` for the n-th event with
 * that content (the first is the key itself). Deterministic, so that two receivers racing with the same
 * new event compute the same id and the database's unique key makes one of them a redelivery.
 */
export function occurrenceEventId(contentKey: string, occurrence: number): string {
  return occurrence <= 1 ? contentKey : `${contentKey}#${occurrence}`;
}

/**
 * Whether a delivery is a redelivery of a stored event (and of which), or a new event (and its id),
 * by the provider's {@link identityRules}. Pure: the store looks up `latest`, `sameKey` and
 * `sameKeyCount` in the transaction that then stores the delivery.
 */
export function identifyDelivery(input: DeliveryIdentityInput): DeliveryIdentity {
  const rule = identityRuleOf(input.provider, input.kind);
  if (rule.basis !== "content" || !input.hasVerification) {
    return input.sameKey ? { redelivery: true, eventId: input.sameKey.eventId } : { redelivery: false, eventId: input.contentKey };
  }
  const latest = input.latest;
  if (latest && latest.contentKey === input.contentKey) {
    const window = rule.redeliveryWindowMs;
    if (window === undefined || input.receivedAt - latest.receivedAt <= window) return { redelivery: true, eventId: latest.eventId };
  }
  return { redelivery: false, eventId: occurrenceEventId(input.contentKey, input.sameKeyCount + 1) };
}
