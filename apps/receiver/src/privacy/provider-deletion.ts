import { verificationReferenceOf } from "@kyc-webhooks/normalized";
import type { NormalizedEvent, ProviderName } from "@kyc-webhooks/normalized";
import type { DeliveryOutcome, PurgeRequest } from "../storage/types.js";

/*
 * Purge on the provider's word: an event whose normalized type is `data.deleted` (Shufti's
 * `request.deleted`; a Netki transaction in state `deleted`) purges what the receiver holds for its
 * verification, redeliveries included (a purge is idempotent, and a redelivery after a failed purge must
 * purge). Shufti's deletion event carries only the reference and the event name, so it is kept (its
 * outbox message tells your services); a Netki transaction carries the whole record, so it is purged too.
 */

const keepsDeletionEvent: ReadonlySet<ProviderName> = new Set(["shufti"]);

export function providerDeletion(provider: ProviderName, event: NormalizedEvent | undefined, outcome: DeliveryOutcome, at: number): PurgeRequest | undefined {
  if (event?.type !== "data.deleted") return undefined;
  const reference = outcome.verification?.reference ?? verificationReferenceOf(event);
  if (reference === undefined || reference === "") return undefined;
  return {
    provider,
    reference,
    requestedBy: `provider:${provider}`,
    reason: "provider",
    at,
    ...(keepsDeletionEvent.has(provider) ? { keepEventRow: outcome.id } : {}),
  };
}
