import type { EventType, Reason } from "../event.js";
import type { StatusMapping } from "../mapping.js";

/** The reason a status row implies by itself, as a one-item list (or none). */
export function reasonFromRow(row: Pick<StatusMapping, "reason">, providerValue: string | undefined): Reason[] {
  const reason = row.reason;
  if (!reason) return [];
  // Written out rather than `{ ...reason, providerCode }`: on Node 20 (V8 11) a literal that starts with a spread and
  // adds keys costs microseconds (the receiver README, "Throughput, measured").
  return [{ code: reason.code, category: reason.category, description: reason.description, providerCode: providerValue ?? reason.code }];
}

/**
 * The row used for a value no table knows (a provider added a state without notice and the package
 * accepted it): the event says something happened, but not what, so the consumer must look.
 */
export function unmappedStatus(type: EventType): Omit<StatusMapping, "provider" | "providerKind" | "field" | "providerValue"> {
  return { status: "unknown", type, finality: "non_final", needsRefresh: true };
}
