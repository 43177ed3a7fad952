import { createHash } from "node:crypto";
/**
 * One id per event, derived from its eventId so that every re-send of the event carries the same id (the
 * consumer and JetStream deduplicate on it); hashed, because eventIds can contain provider references.
 */
export function messageIdFor(eventId) {
    return `msg_${createHash("sha256").update(eventId).digest("base64url").slice(0, 27)}`;
}
export function buildMessage(input) {
    const body = {
        type: `kyc.${input.event.type}`,
        timestamp: new Date(input.receivedAt).toISOString(),
        data: {
            id: input.id,
            eventId: input.eventId,
            provider: input.provider,
            outcome: input.outcome,
            event: input.event,
            verification: input.verification ?? null,
        },
    };
    return { messageId: messageIdFor(input.eventId), provider: input.provider, eventType: input.event.type, status: input.event.status, payload: JSON.stringify(body) };
}
//# sourceMappingURL=message.js.map