import { collectDefaultMetrics, Counter as PromCounter, Gauge as PromGauge, Histogram as PromHistogram, Registry } from "prom-client";
/** Labels in name order, so that every series prints its labels sorted (prom-client keeps the first order it sees). */
function sorted(labels) {
    return Object.fromEntries(Object.keys(labels).sort().map((key) => [key, labels[key]]));
}
class Counter {
    #metric;
    constructor(registry, name, help, labelNames) {
        this.#metric = new PromCounter({ name, help, labelNames: [...labelNames], registers: [registry] });
    }
    inc(labels, by = 1) {
        this.#metric.inc(sorted(labels), by);
    }
}
class Histogram {
    #metric;
    constructor(registry, name, help, labelNames, buckets) {
        this.#metric = new PromHistogram({ name, help, labelNames: [...labelNames], buckets: [...buckets], registers: [registry] });
    }
    observe(labels, value) {
        this.#metric.observe(sorted(labels), value);
    }
}
class Gauge {
    #metric;
    constructor(registry, name, help, labelNames) {
        this.#metric = new PromGauge({ name, help, labelNames: [...labelNames], registers: [registry] });
    }
    set(labels, value) {
        this.#metric.set(sorted(labels), value);
    }
}
/** The receiver's metrics. One instance (one registry) per handler; render() gives the /metrics body. */
export class ReceiverMetrics {
    registry = new Registry();
    received = new Counter(this.registry, "kyc_webhooks_received_total", "Callbacks received, per provider (every POST to a provider endpoint).", ["provider"]);
    stored = new Counter(this.registry, "kyc_webhooks_stored_total", "Callbacks stored as a new event (valid or quarantined), per provider.", ["provider"]);
    duplicates = new Counter(this.registry, "kyc_webhooks_duplicates_total", "Redeliveries of an event already stored, acknowledged and recorded, per provider.", ["provider"]);
    quarantined = new Counter(this.registry, "kyc_webhooks_quarantined_total", "Authenticated callbacks stored as quarantined (failed decoding or validation), per provider.", ["provider"]);
    refused = new Counter(this.registry, "kyc_webhooks_refused_total", "Callbacks refused and not stored, per provider and reason.", ["provider", "reason"]);
    tokens = new Counter(this.registry, "kyc_webhooks_oauth_tokens_total", "OAuth2 token requests at the Ondato token endpoint, per outcome.", ["outcome"]);
    latency = new Histogram(this.registry, "kyc_webhooks_request_duration_seconds", "Time from request to response for callbacks (including the database commit), per provider and outcome.", ["outcome", "provider"], [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]);
    // Fan-out. `endpoint` is a configured target's name (never request data).
    outboundAttempts = new Counter(this.registry, "kyc_webhooks_outbound_attempts_total", "Delivery attempts to outbound endpoints and NATS, per endpoint and outcome (succeeded, failed).", ["endpoint", "outcome"]);
    outboundFailures = new Counter(this.registry, "kyc_webhooks_outbound_failures_total", "Failed delivery attempts (error status, timeout, network error), per endpoint.", ["endpoint"]);
    outboundDeadLetters = new Counter(this.registry, "kyc_webhooks_outbound_dead_letters_total", "Deliveries dead-lettered after the last attempt of the retry schedule, per endpoint.", ["endpoint"]);
    outboundAttemptDuration = new Histogram(this.registry, "kyc_webhooks_outbound_attempt_duration_seconds", "Duration of one delivery attempt, per endpoint.", ["endpoint"], [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]);
    outboundLatency = new Histogram(this.registry, "kyc_webhooks_outbound_delivery_latency_seconds", "Time from queueing a message (the event's commit) to its successful delivery, retries included, per endpoint.", ["endpoint"], [0.01, 0.05, 0.1, 0.25, 0.5, 1, 5, 30, 300, 1800, 7200, 86400]);
    outboundQueue = new Gauge(this.registry, "kyc_webhooks_outbound_queue_depth", "Deliveries in the outbox, per state (pending: waiting or being retried; dead: dead-lettered).", ["state"]);
    constructor(options = {}) {
        if (options.defaultMetrics ?? true)
            collectDefaultMetrics({ register: this.registry });
    }
    /** The delivery worker's reports, as these metrics. */
    fanoutObserver() {
        return {
            attempt: (endpoint, ok, seconds) => {
                this.outboundAttempts.inc({ endpoint, outcome: ok ? "succeeded" : "failed" });
                if (!ok)
                    this.outboundFailures.inc({ endpoint });
                this.outboundAttemptDuration.observe({ endpoint }, seconds);
            },
            delivered: (endpoint, seconds) => this.outboundLatency.observe({ endpoint }, seconds),
            deadLettered: (endpoint) => this.outboundDeadLetters.inc({ endpoint }),
        };
    }
    /**
     * The /metrics body, in the Prometheus text format (version 0.0.4). A bucket's `le` goes after its other
     * labels, as the receiver has always printed it (prom-client puts it first; the order means nothing to
     * Prometheus, but line-matching alerts and tests written against the earlier output keep working).
     */
    async render() {
        const text = await this.registry.metrics();
        return text.replace(/^(\w+_bucket)\{le="([^"]*)",([^}]*)\}/gm, '$1{$3,le="$2"}');
    }
}
//# sourceMappingURL=metrics.js.map