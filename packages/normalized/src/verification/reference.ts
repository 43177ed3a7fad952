// Apart from the reducer, which reads the mapping tables of every provider: normalizeRaw reads the reference of a
// quarantined body with this, and `@kyc-webhooks/normalized/lazy` must not load the other providers to do so.
import type { NormalizedEvent } from "../event.js";
import { asText, at } from "../payload.js";

/**
 * The verification a normalized event belongs to: its `reference`; for Netki's business callback, which
 * carries no business id (`parent_business` is the parent's, shared by every business under it), the
 * business `name`. Undefined when the event names none (a quarantined body, a request refused before a
 * reference existed).
 */
export function verificationReferenceOf(event: Pick<NormalizedEvent, "provider" | "providerKind" | "reference" | "raw">): string | undefined {
  if (event.reference !== undefined) return event.reference;
  if (event.provider === "netki" && event.providerKind === "business") return asText(at(event.raw, "business", "name"));
  return undefined;
}
