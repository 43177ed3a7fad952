import { getEventRoute, listEventsRoute, rawParameterSchema } from "@kyc-webhooks/receiver-api";
import { apiError, json } from "../http/answers.js";
import { toTombstone } from "../storage/personal-data.js";
/*
 * GET /events and GET /events/{id} (the admin token and the query are checked by the route table). The store returns
 * its records; they are mapped to the API's shapes here.
 */
const iso = (ms) => new Date(ms).toISOString();
export function eventFilterOf(query) {
    const { from, to, ...rest } = query;
    return { ...rest, ...(from === undefined ? {} : { from: Date.parse(from) }), ...(to === undefined ? {} : { to: Date.parse(to) }) };
}
export function toEventSummary(event) {
    return {
        id: event.id,
        eventId: event.eventId,
        provider: event.provider,
        kind: event.kind,
        receivedAt: iso(event.receivedAt),
        lastReceivedAt: iso(event.lastReceivedAt),
        deliveries: event.deliveryCount,
        quarantined: event.quarantined,
        issueCount: event.issueCount,
        warningCount: event.warningCount,
        status: event.status,
        type: event.type,
        reference: event.reference,
        merchantReference: event.merchantReference,
        occurredAt: event.occurredAt,
        personalDataRemoved: event.personalDataRemoved === null ? null : { at: iso(event.personalDataRemoved.at), reason: event.personalDataRemoved.reason },
    };
}
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
/** The body as text when it is valid UTF-8, else as base64. */
function rawBodyOf(body) {
    try {
        return { encoding: "utf8", data: strictUtf8.decode(body) };
    }
    catch {
        return { encoding: "base64", data: Buffer.from(body).toString("base64") };
    }
}
export function toEventDetail(event, includeRawBody) {
    return {
        ...toEventSummary(event),
        normalized: event.normalized,
        issues: [...event.issues],
        warnings: [...event.warnings],
        decoded: event.decoded,
        contentType: event.contentType,
        sourceIp: event.sourceIp,
        headers: event.headers,
        bodySha256: event.bodySha256,
        bodyBytes: event.body.byteLength,
        deliveryLog: event.deliveries.map((delivery) => ({
            requestId: delivery.requestId,
            receivedAt: iso(delivery.receivedAt),
            sourceIp: delivery.sourceIp,
            duplicate: delivery.duplicate,
            bodySha256: delivery.bodySha256,
            sameBody: delivery.bodySha256 === event.bodySha256,
        })),
        ...(includeRawBody ? { rawBody: rawBodyOf(event.body) } : {}),
        tombstone: event.tombstone === null ? null : toTombstone(event.tombstone),
    };
}
export function eventHandlers({ store }) {
    return {
        [listEventsRoute.operationId]: async ({ query, requestId }) => {
            const page = await store.listEvents(eventFilterOf(query));
            const body = { events: page.events.map(toEventSummary), nextCursor: page.nextCursor };
            return json(200, body, { "x-request-id": requestId });
        },
        [getEventRoute.operationId]: async ({ params, url, requestId }) => {
            const event = await store.getEvent(params["id"] ?? "");
            if (!event)
                return apiError(404, "not_found", "No stored event has this id or eventId", requestId);
            return json(200, toEventDetail(event, rawParameterSchema.safeParse(url.searchParams.get("raw")).success), { "x-request-id": requestId });
        },
    };
}
//# sourceMappingURL=events.js.map