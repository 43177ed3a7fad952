import { targetsFor } from "./endpoints.js";
import { buildMessage } from "./message.js";
export const fanoutModes = ["all", "changes"];
export function createOutboxPolicy(targets, mode) {
    return (event) => {
        if (event.outcome === "duplicate" || event.outcome === "ignored_older")
            return undefined;
        if (mode === "changes" && !(event.outcome === "applied" && event.changed))
            return undefined;
        const names = targetsFor(targets, event.normalized.type);
        if (names.length === 0)
            return undefined;
        return { message: buildMessage({ ...event, event: event.normalized }), targets: names };
    };
}
/** What an operator's redeliver queues: the event to every target that takes its type, whatever the mode. */
export function redeliveryPlan(targets) {
    return (event) => {
        const names = targetsFor(targets, event.normalized.type);
        if (names.length === 0)
            return undefined;
        return { message: buildMessage({ ...event, event: event.normalized, outcome: "redelivered" }), targets: names };
    };
}
//# sourceMappingURL=policy.js.map