import type { DeliveryTarget } from "./endpoints.js";
import type { RetrySchedule } from "./schedule.js";
import type { OutboxStore } from "./store.js";
export interface WorkerLogger {
    info(message: string, fields?: Readonly<Record<string, string | number | boolean | null>>): void;
    warn(message: string, fields?: Readonly<Record<string, string | number | boolean | null>>): void;
    error(message: string, fields?: Readonly<Record<string, string | number | boolean | null>>): void;
}
/** What the worker reports to the metrics (labels: the target's name and kind). */
export interface FanoutObserver {
    attempt(target: string, ok: boolean, durationSeconds: number): void;
    /** A message reached its target; `latencySeconds` from queueing to the successful attempt's end. */
    delivered(target: string, latencySeconds: number): void;
    deadLettered(target: string): void;
}
export interface WorkerOptions {
    readonly store: OutboxStore;
    readonly targets: readonly DeliveryTarget[];
    /** This worker's name in the attempt log (default: host, pid and a random suffix). */
    readonly worker?: string;
    readonly schedule?: RetrySchedule;
    /** Per-attempt timeout (default 15 s, Svix's). */
    readonly timeoutMs?: number;
    /** How long a claim holds a delivery (default: the timeout plus 30 s). */
    readonly leaseMs?: number;
    /** Attempts in flight at once (default 16). */
    readonly concurrency?: number;
    /** How often to look for due deliveries when idle (default 500 ms; `notify()` wakes it sooner). */
    readonly pollIntervalMs?: number;
    readonly logger?: WorkerLogger;
    readonly observer?: FanoutObserver;
    readonly now?: () => number;
    readonly random?: () => number;
}
export declare function defaultWorkerName(): string;
export declare class DeliveryWorker {
    #private;
    readonly name: string;
    constructor(options: WorkerOptions);
    start(): void;
    /** Something was queued: look now rather than at the next poll. */
    notify(): void;
    /** Stops claiming, waits for the attempts in flight to be recorded, and closes the NATS connections. */
    stop(): Promise<void>;
}
//# sourceMappingURL=worker.d.ts.map