import { getDeliveryRoute, listDeliveriesRoute, redeliverEventRoute, retryDeliveryRoute } from "@kyc-webhooks/receiver-api";
import { redeliveryPlan } from "../fanout/policy.js";
import { apiError, json } from "../http/answers.js";
/*
 * The fan-out's deliveries API (admin token, checked by the route table):
 *   GET  /deliveries                 filters endpoint, state, event; cursor paging
 *   GET  /deliveries/{id}            one delivery with every attempt
 *   POST /deliveries/{id}/retry      a dead (or waiting) delivery is attempted now, with a fresh round
 *   POST /events/{id}/redeliver      the event is queued again for every target that takes its type
 * The outbox returns its own rows; they are mapped to the API's shapes here.
 */
const iso = (ms) => (ms === null ? null : new Date(ms).toISOString());
export function toDeliveryBody(delivery) {
    return {
        id: delivery.id,
        messageId: delivery.messageId,
        eventRowId: delivery.eventRow,
        eventId: delivery.eventId,
        endpoint: delivery.endpoint,
        state: delivery.state,
        attempts: delivery.attempts,
        nextAttemptAt: iso(delivery.nextAttemptAt),
        lastStatusCode: delivery.lastStatusCode,
        lastError: delivery.lastError,
        createdAt: new Date(delivery.createdAt).toISOString(),
        updatedAt: new Date(delivery.updatedAt).toISOString(),
        deliveredAt: iso(delivery.deliveredAt),
    };
}
export function toDeliveryDetail(delivery, attempts) {
    return {
        ...toDeliveryBody(delivery),
        attemptLog: attempts.map((attempt) => ({ ...attempt, startedAt: new Date(attempt.startedAt).toISOString() })),
    };
}
export function deliveryHandlers({ store, outbound, now }) {
    const outbox = store.outbox;
    const plan = redeliveryPlan(outbound.targets);
    return {
        [listDeliveriesRoute.operationId]: async ({ query, requestId }) => {
            const page = await outbox.listDeliveries(query);
            const body = { deliveries: page.deliveries.map(toDeliveryBody), nextCursor: page.nextCursor };
            return json(200, body, { "x-request-id": requestId });
        },
        [getDeliveryRoute.operationId]: async ({ params, requestId }) => {
            const found = await outbox.getDelivery(params["id"] ?? "");
            if (!found)
                return apiError(404, "not_found", "No delivery has this id", requestId);
            return json(200, toDeliveryDetail(found.delivery, found.attempts), { "x-request-id": requestId });
        },
        [retryDeliveryRoute.operationId]: async ({ params, requestId }) => {
            const retried = await outbox.retryDelivery(params["id"] ?? "", now());
            if (!retried.ok) {
                return retried.reason === "not_found"
                    ? apiError(404, "not_found", "No delivery has this id", requestId)
                    : apiError(409, "already_delivered", "The target accepted this delivery already; POST /events/{id}/redeliver sends the event again", requestId);
            }
            outbound.onQueued?.();
            return json(202, toDeliveryBody(retried.delivery), { "x-request-id": requestId });
        },
        [redeliverEventRoute.operationId]: async ({ params, requestId }) => {
            const result = await outbox.redeliverEvent(params["id"] ?? "", plan, now());
            if (!result.ok) {
                if (result.reason === "not_found")
                    return apiError(404, "not_found", "No stored event has this id or eventId", requestId);
                if (result.reason === "quarantined")
                    return apiError(409, "quarantined", "A quarantined event has no normalized event to send", requestId);
                return apiError(409, "no_outbound_targets", "No outbound endpoint takes this event's type: set KYC_OUTBOUND_URLS, outbound.endpoints or KYC_NATS_URL", requestId);
            }
            outbound.onQueued?.();
            const body = { deliveries: result.deliveries.map(toDeliveryBody) };
            return json(202, body, { "x-request-id": requestId });
        },
    };
}
//# sourceMappingURL=deliveries.js.map