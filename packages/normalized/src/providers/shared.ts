import type { EventType, Reason } from "../event.js";
import type { StatusMapping } from "../mapping.js";

/** The reason a status row implies by itself, as a one-item list (or none). */
export function reasonFromRow(row: Pick<StatusMapping, "reason">, providerValue: string | undefined): Reason[] {
  if (!row.reason) return [];
  return [{ ...row.reason, providerCode: providerValue ?? row.reason.code }];
}

/**
 * The row used for a value no table knows (a provider added a state without notice and the package
 * accepted it): the event says something happened, but not what, so the consumer must look.
 */
export function unmappedStatus(type: EventType): Omit<StatusMapping, "provider" | "providerKind" | "field" | "providerValue"> {
  return { status: "unknown", type, finality: "non_final", needsRefresh: true };
}
