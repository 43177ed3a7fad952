import { providerNames } from "@kyc-webhooks/normalized";
import { verificationRoutes } from "@kyc-webhooks/receiver-api";
import { apiError, json } from "../http/answers.js";
import { toTombstone } from "../storage/personal-data.js";
/*
 * GET /verifications and GET /verifications/{provider}/{reference}: the current state of every
 * verification (admin token and query checked by the route table, as for /events). The store returns its
 * records; they are mapped to the API's shapes here.
 */
const iso = (ms) => new Date(ms).toISOString();
export function verificationFilterOf(query) {
    const { updatedSince, ...rest } = query;
    return { ...rest, ...(updatedSince === undefined ? {} : { updatedSince: Date.parse(updatedSince) }) };
}
export function toVerificationSummary({ state, eventRow }) {
    return {
        provider: state.provider,
        reference: state.reference,
        status: state.status,
        providerStatus: state.providerStatus ?? null,
        final: state.final,
        needsRefresh: state.needsRefresh,
        updatedAt: state.updatedAt,
        eventCount: state.eventCount,
        conflictCount: state.conflictCount,
        event: { id: eventRow, eventId: state.event.eventId, kind: state.event.kind, occurredAt: state.event.occurredAt ?? null, receivedAt: state.event.receivedAt },
    };
}
export function toVerificationDetail(verification) {
    return {
        ...toVerificationSummary(verification),
        history: verification.history.map((entry) => ({
            id: entry.id,
            eventId: entry.eventId,
            kind: entry.kind,
            status: entry.status,
            providerStatus: entry.providerStatus,
            occurredAt: entry.occurredAt,
            receivedAt: iso(entry.receivedAt),
            deliveries: entry.deliveryCount,
            outcome: entry.outcome,
        })),
        tombstone: verification.tombstone === null ? null : toTombstone(verification.tombstone),
    };
}
export function verificationHandlers({ store }) {
    const [list, one] = verificationRoutes;
    return {
        [list.operationId]: async ({ query, requestId }) => {
            const page = await store.listVerifications(verificationFilterOf(query));
            const body = { verifications: page.verifications.map(toVerificationSummary), nextCursor: page.nextCursor };
            return json(200, body, { "x-request-id": requestId });
        },
        [one.operationId]: async ({ params, requestId }) => {
            const provider = params["provider"] ?? "";
            if (!providerNames.includes(provider)) {
                return apiError(404, "not_found", `Unknown provider; verifications are under /verifications/{${providerNames.join(",")}}/{reference}`, requestId);
            }
            const verification = await store.getVerification(provider, params["reference"] ?? "");
            if (!verification)
                return apiError(404, "not_found", "No verification of this provider has this reference", requestId);
            return json(200, toVerificationDetail(verification), { "x-request-id": requestId });
        },
    };
}
//# sourceMappingURL=verifications.js.map