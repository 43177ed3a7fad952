import type { Logger } from "../log.js";
import type { Store } from "../storage/types.js";
export interface RetentionOptions {
    readonly store: Store;
    readonly days: number;
    readonly intervalMs: number;
    readonly now?: () => number;
    readonly logger?: Logger;
}
export declare class RetentionJob {
    #private;
    constructor(options: RetentionOptions);
    /** One pass: removes what is older than the retention period; returns the events it removed. */
    runOnce(): Promise<number>;
    start(): void;
    /** Stops the timer and waits for a pass in progress. */
    stop(): Promise<void>;
}
//# sourceMappingURL=retention.d.ts.map