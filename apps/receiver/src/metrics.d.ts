import { Registry } from "prom-client";
import type { FanoutObserver } from "./fanout/worker.js";
type Labels = Readonly<Record<string, string>>;
declare class Counter {
    #private;
    constructor(registry: Registry, name: string, help: string, labelNames: readonly string[]);
    inc(labels: Labels, by?: number): void;
}
declare class Histogram {
    #private;
    constructor(registry: Registry, name: string, help: string, labelNames: readonly string[], buckets: readonly number[]);
    observe(labels: Labels, value: number): void;
}
declare class Gauge {
    #private;
    constructor(registry: Registry, name: string, help: string, labelNames: readonly string[]);
    set(labels: Labels, value: number): void;
}
export type RefusalReason = "provider_disabled" | "unauthenticated" | "forbidden_ip" | "payload_too_large" | "incomplete_body" | "unsupported_media_type" | "method_not_allowed" | "bad_request" | "too_many_failures" | "client_busy" | "server_busy" | "storage_error";
export interface ReceiverMetricsOptions {
    /** prom-client's default process and Node metrics (default true). */
    readonly defaultMetrics?: boolean;
}
/** The receiver's metrics. One instance (one registry) per handler; render() gives the /metrics body. */
export declare class ReceiverMetrics {
    readonly registry: Registry<"text/plain; version=0.0.4; charset=utf-8">;
    readonly received: Counter;
    readonly stored: Counter;
    readonly duplicates: Counter;
    readonly quarantined: Counter;
    readonly refused: Counter;
    readonly tokens: Counter;
    readonly latency: Histogram;
    readonly outboundAttempts: Counter;
    readonly outboundFailures: Counter;
    readonly outboundDeadLetters: Counter;
    readonly outboundAttemptDuration: Histogram;
    readonly outboundLatency: Histogram;
    readonly outboundQueue: Gauge;
    constructor(options?: ReceiverMetricsOptions);
    /** The delivery worker's reports, as these metrics. */
    fanoutObserver(): FanoutObserver;
    /**
     * The /metrics body, in the Prometheus text format (version 0.0.4). A bucket's `le` goes after its other
     * labels, as the receiver has always printed it (prom-client puts it first; the order means nothing to
     * Prometheus, but line-matching alerts and tests written against the earlier output keep working).
     */
    render(): Promise<string>;
}
export {};
//# sourceMappingURL=metrics.d.ts.map