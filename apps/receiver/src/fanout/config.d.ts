import type { DeliveryTarget } from "./endpoints.js";
import type { FanoutMode } from "./policy.js";
import type { RetrySchedule } from "./schedule.js";
import type { DeclaredSetting, Setting } from "../setting.js";
export interface FanoutConfig {
    readonly targets: readonly DeliveryTarget[];
    readonly mode: FanoutMode;
    readonly schedule: RetrySchedule;
    readonly timeoutMs: number;
    readonly leaseMs: number;
    readonly concurrency: number;
    readonly pollIntervalMs: number;
    /** Whether this receiver runs a delivery worker (false: it only queues, others deliver). */
    readonly deliver: boolean;
}
export type FanoutSetting = Setting<"outbound">;
export declare const fanoutSettings: readonly DeclaredSetting<"outbound">[];
export declare class FanoutConfigError extends Error {
    readonly setting: string;
    constructor(message: string, setting: string);
}
/** The fan-out configuration from validated setting values (keyed by file key). */
export declare function resolveFanout(values: Readonly<Record<string, unknown>>): FanoutConfig;
//# sourceMappingURL=config.d.ts.map