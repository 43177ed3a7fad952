import type { NormalizedEvent, ProviderName } from "../event.js";
import { asArray, asRecord, asText, at } from "../payload.js";
import { sortableInstant } from "./instant.js";
import { sources } from "./sources.js";
import type { SourceDocument } from "./sources.js";

/**
 * Ordering: which of two events of one verification is newer. None of the four providers signs a
 * timestamp, and Ondato and Netki say they deliver out of order, so "newer" is what the provider's own
 * payload times say where it has them, and arrival order where it has none (Shufti, Netki's business
 * callback). An older event is stored and shown, but never moves the current status backwards.
 */
export interface OrderKey {
  /** The provider's time for the event, as {@link sortableInstant} text; absent: arrival order. */
  readonly instant?: string;
  /** Compared when the instants are equal (Netki: the newest delivery record the body lists). */
  readonly tiebreak?: string;
}

export interface OrderingRule {
  readonly provider: ProviderName;
  readonly providerKinds: readonly string[] | "*";
  /** What makes an event newer, in words. */
  readonly newer: string;
  readonly sources: readonly SourceDocument[];
}

export const orderingRules: readonly OrderingRule[] = [
  {
    provider: "ondato",
    providerKinds: "*",
    newer: "A later envelope `createdUtc` (compared to the 100 ns Ondato sends); equal times are the same moment.",
    sources: [sources.ondatoWebhooks],
  },
  {
    provider: "jumio",
    providerKinds: "*",
    newer:
      "A later `callbackDate`, \"Timestamp (UTC) of the callback creation\" (`timestamp` for document verification, `callbackSentAt` on the platform); without one, `transactionDate`.",
    sources: [sources.jumioCallback, sources.jumioPlatformCallback],
  },
  {
    provider: "netki",
    providerKinds: ["transaction"],
    newer:
      "A later transaction `updated`; at equal `updated`, the later newest `created` of the callback records the body lists in `transaction_callbacks[]` (each callback adds its record).",
    sources: [sources.netkiCallbacks, sources.netkiPolling],
  },
  {
    provider: "netki",
    providerKinds: ["business"],
    newer: "Arrival order: the business callback carries no time.",
    sources: [sources.netkiBusinessCallback],
  },
  {
    provider: "shufti",
    providerKinds: "*",
    newer:
      "Arrival order, since Shufti sends no time; a final decision changes only through `verification.status.changed` followed by a status refresh, so a later decision that contradicts a final one (a replay) is a conflict.",
    sources: [sources.shuftiStatusCodes, sources.shuftiResponses],
  },
];

/** The ordering rule for a provider's callback kind. */
export function orderingRuleOf(provider: ProviderName, kind: string): OrderingRule | undefined {
  const rows = orderingRules.filter((row) => row.provider === provider);
  return rows.find((row) => row.providerKinds !== "*" && row.providerKinds.includes(kind)) ?? rows.find((row) => row.providerKinds === "*");
}

function newestCallbackRecord(transaction: unknown): string | undefined {
  let newest: string | undefined;
  for (const record of asArray(at(transaction, "transaction_callbacks"))) {
    const created = sortableInstant(asText(at(record, "created")));
    if (created !== undefined && (newest === undefined || created > newest)) newest = created;
  }
  return newest;
}

/** Where an event stands in its verification's order, from the payload times its provider sends. */
export function orderKeyOf(event: Pick<NormalizedEvent, "provider" | "providerKind" | "occurredAt" | "raw">): OrderKey {
  switch (event.provider) {
    case "ondato":
      return keyOf(sortableInstant(event.occurredAt));
    case "jumio": {
      const raw = asRecord(event.raw);
      return keyOf(sortableInstant(event.occurredAt) ?? sortableInstant(asText(raw?.transactionDate)) ?? sortableInstant(asText(at(raw, "transaction", "date"))));
    }
    case "netki": {
      if (event.providerKind !== "transaction") return {};
      const transaction = at(event.raw, "identity");
      return keyOf(sortableInstant(asText(at(transaction, "updated"))), newestCallbackRecord(transaction));
    }
    case "shufti":
      return {};
  }
}

function keyOf(instant: string | undefined, tiebreak?: string): OrderKey {
  if (instant === undefined) return {};
  return tiebreak === undefined ? { instant } : { instant, tiebreak };
}

/**
 * Negative when `event` is older than `current`, zero when the provider's times say the same moment,
 * positive when newer. Without a provider time on both sides, the event being reduced is newer: the
 * store reduces events in arrival order.
 */
export function compareOrder(event: OrderKey, current: OrderKey): number {
  if (event.instant === undefined || current.instant === undefined) return 1;
  if (event.instant !== current.instant) return event.instant < current.instant ? -1 : 1;
  if (event.tiebreak === undefined || current.tiebreak === undefined || event.tiebreak === current.tiebreak) return 0;
  return event.tiebreak < current.tiebreak ? -1 : 1;
}
