/** The delay before each attempt, in milliseconds: `[0]` is the first attempt. Its length is the number of attempts. */
export type RetrySchedule = readonly number[];
export declare const defaultRetrySchedule: RetrySchedule;
/** The share of a delay that jitter may add or remove. */
export declare const jitterRatio = 0.2;
/**
 * Reads `0,5s,5m,30m,2h` (a number without a unit is milliseconds). Returns undefined when an entry is not
 * a duration, so that the configuration can name the setting.
 */
export declare function parseRetrySchedule(text: string): RetrySchedule | undefined;
/**
 * The outcome of a failed attempt: when to try again, or `undefined` when `attemptsMade` attempts exhaust
 * the schedule (dead letter). `random` is in [0, 1) (Math.random by default; tests pass their own).
 */
export declare function nextAttemptDelay(schedule: RetrySchedule, attemptsMade: number, random?: () => number): number | undefined;
//# sourceMappingURL=schedule.d.ts.map