/*
 * When a failed delivery is tried again, as data. The default is Svix's published retry schedule
 * ("Retry schedule", https://docs.svix.com/retries): immediately, then 5 seconds, 5 minutes, 30 minutes,
 * 2 hours, 5 hours, 10 hours and 10 hours, so that a downstream that is down for a day still gets its
 * messages. Each delay gets ±20 % jitter, so that the retries of a burst that failed together do not arrive
 * together. After the last attempt the delivery is dead-lettered (state `dead`) until an operator retries it.
 */
const second = 1_000;
const minute = 60 * second;
const hour = 60 * minute;
export const defaultRetrySchedule = [0, 5 * second, 5 * minute, 30 * minute, 2 * hour, 5 * hour, 10 * hour, 10 * hour];
/** The share of a delay that jitter may add or remove. */
export const jitterRatio = 0.2;
const units = { ms: 1, s: second, m: minute, h: hour };
/**
 * Reads `0,5s,5m,30m,2h` (a number without a unit is milliseconds). Returns undefined when an entry is not
 * a duration, so that the configuration can name the setting.
 */
export function parseRetrySchedule(text) {
    const entries = text.split(",").map((entry) => entry.trim());
    const delays = [];
    for (const entry of entries) {
        const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(entry);
        if (!match)
            return undefined;
        delays.push(Math.round(Number(match[1]) * (units[match[2] ?? "ms"] ?? 1)));
    }
    return delays.length === 0 ? undefined : delays;
}
/**
 * The outcome of a failed attempt: when to try again, or `undefined` when `attemptsMade` attempts exhaust
 * the schedule (dead letter). `random` is in [0, 1) (Math.random by default; tests pass their own).
 */
export function nextAttemptDelay(schedule, attemptsMade, random = Math.random) {
    const base = schedule[attemptsMade];
    if (base === undefined)
        return undefined;
    const jitter = base * jitterRatio * (2 * random() - 1);
    return Math.max(0, Math.round(base + jitter));
}
//# sourceMappingURL=schedule.js.map