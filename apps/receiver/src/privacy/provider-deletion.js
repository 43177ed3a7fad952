import { verificationReferenceOf } from "@kyc-webhooks/normalized";
/*
 * Purge on the provider's word, by the event's normalized type, redeliveries included (a purge is idempotent,
 * and a redelivery after a failed purge must purge):
 * - `data.deleted` (Shufti's `request.deleted`; a Netki transaction in state `deleted` or `delete_pending`)
 *   purges what the receiver holds for its verification. Shufti's deletion event carries only the reference and
 *   the event name, so it is kept (its outbox message tells your services); a Netki transaction carries the
 *   whole record, so it is purged too.
 * - `data.document_deleted` (Ondato's `KybIdentification.Document.Deleted`: "A KYB related document is deleted
 *   from the KYB identification") purges the verification's other events and keeps this one. Ondato documents
 *   no KYB payload, so the deleted document cannot be told apart inside an earlier payload; by Ondato's rule a
 *   payload is the resource as GET returns it, so every earlier payload may hold the document and this one, the
 *   identification as it now is, does not. The verification, its status and the other events' decisions stay.
 */
const keepsDeletionEvent = new Set(["shufti"]);
export function providerDeletion(provider, event, outcome, at) {
    if (event?.type !== "data.deleted" && event?.type !== "data.document_deleted")
        return undefined;
    const reference = outcome.verification?.reference ?? verificationReferenceOf(event);
    if (reference === undefined || reference === "")
        return undefined;
    const keep = event.type === "data.document_deleted" || keepsDeletionEvent.has(provider);
    return { provider, reference, requestedBy: `provider:${provider}`, reason: "provider", at, ...(keep ? { keepEventRow: outcome.id } : {}) };
}
//# sourceMappingURL=provider-deletion.js.map