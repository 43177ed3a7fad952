import type { FanoutObserver } from "./fanout/worker.js";

/*
 * Prometheus metrics in the text exposition format (version 0.0.4), with no dependency: counters per
 * provider and a latency histogram per provider. Labels hold only fixed words (provider names, refusal
 * reasons, outcomes), never request data.
 */

type Labels = Readonly<Record<string, string>>;

function labelKey(labels: Labels): string {
  return Object.keys(labels)
    .sort()
    .map((key) => `${key}="${String(labels[key]).replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`)
    .join(",");
}

class Counter {
  readonly values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(labels: Labels, by = 1): void {
    const key = labelKey(labels);
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }
  get(labels: Labels): number {
    return this.values.get(labelKey(labels)) ?? 0;
  }
  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const [key, value] of this.values) lines.push(`${this.name}${key === "" ? "" : `{${key}}`} ${value}`);
    return lines;
  }
}

class Histogram {
  readonly series = new Map<string, { counts: number[]; sum: number; count: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: readonly number[],
  ) {}
  observe(labels: Labels, value: number): void {
    const key = labelKey(labels);
    let entry = this.series.get(key);
    if (!entry) {
      entry = { counts: this.buckets.map(() => 0), sum: 0, count: 0 };
      this.series.set(key, entry);
    }
    this.buckets.forEach((bound, index) => {
      if (value <= bound) entry.counts[index] = (entry.counts[index] ?? 0) + 1;
    });
    entry.sum += value;
    entry.count += 1;
  }
  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const [key, entry] of this.series) {
      const prefix = key === "" ? "" : `${key},`;
      this.buckets.forEach((bound, index) => lines.push(`${this.name}_bucket{${prefix}le="${bound}"} ${entry.counts[index] ?? 0}`));
      lines.push(`${this.name}_bucket{${prefix}le="+Inf"} ${entry.count}`);
      lines.push(`${this.name}_sum${key === "" ? "" : `{${key}}`} ${entry.sum}`);
      lines.push(`${this.name}_count${key === "" ? "" : `{${key}}`} ${entry.count}`);
    }
    return lines;
  }
}

class Gauge {
  readonly values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  set(labels: Labels, value: number): void {
    this.values.set(labelKey(labels), value);
  }
  get(labels: Labels): number {
    return this.values.get(labelKey(labels)) ?? 0;
  }
  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} gauge`];
    for (const [key, value] of this.values) lines.push(`${this.name}${key === "" ? "" : `{${key}}`} ${value}`);
    return lines;
  }
}

export type RefusalReason =
  | "provider_disabled"
  | "unauthenticated"
  | "forbidden_ip"
  | "payload_too_large"
  | "incomplete_body"
  | "unsupported_media_type"
  | "method_not_allowed"
  | "bad_request"
  | "storage_error";

/** The receiver's metrics. One instance per handler; render() gives the /metrics body. */
export class ReceiverMetrics {
  readonly received = new Counter("kyc_webhooks_received_total", "Callbacks received, per provider (every POST to a provider endpoint).");
  readonly stored = new Counter("kyc_webhooks_stored_total", "Callbacks stored as a new event (valid or quarantined), per provider.");
  readonly duplicates = new Counter("kyc_webhooks_duplicates_total", "Redeliveries of an event already stored, acknowledged and recorded, per provider.");
  readonly quarantined = new Counter("kyc_webhooks_quarantined_total", "Authenticated callbacks stored as quarantined (failed decoding or validation), per provider.");
  readonly refused = new Counter("kyc_webhooks_refused_total", "Callbacks refused and not stored, per provider and reason.");
  readonly tokens = new Counter("kyc_webhooks_oauth_tokens_total", "OAuth2 token requests at the Ondato token endpoint, per outcome.");
  readonly latency = new Histogram(
    "kyc_webhooks_request_duration_seconds",
    "Time from request to response for callbacks (including the database commit), per provider and outcome.",
    [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  );

  // Fan-out. `endpoint` is a configured target's name (never request data).
  readonly outboundAttempts = new Counter("kyc_webhooks_outbound_attempts_total", "Delivery attempts to outbound endpoints and NATS, per endpoint and outcome (succeeded, failed).");
  readonly outboundFailures = new Counter("kyc_webhooks_outbound_failures_total", "Failed delivery attempts (error status, timeout, network error), per endpoint.");
  readonly outboundDeadLetters = new Counter("kyc_webhooks_outbound_dead_letters_total", "Deliveries dead-lettered after the last attempt of the retry schedule, per endpoint.");
  readonly outboundAttemptDuration = new Histogram("kyc_webhooks_outbound_attempt_duration_seconds", "Duration of one delivery attempt, per endpoint.", [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]);
  readonly outboundLatency = new Histogram(
    "kyc_webhooks_outbound_delivery_latency_seconds",
    "Time from queueing a message (the event's commit) to its successful delivery, retries included, per endpoint.",
    [0.01, 0.05, 0.1, 0.25, 0.5, 1, 5, 30, 300, 1800, 7200, 86400],
  );
  readonly outboundQueue = new Gauge("kyc_webhooks_outbound_queue_depth", "Deliveries in the outbox, per state (pending: waiting or being retried; dead: dead-lettered).");

  /** The delivery worker's reports, as these metrics. */
  fanoutObserver(): FanoutObserver {
    return {
      attempt: (endpoint, ok, seconds) => {
        this.outboundAttempts.inc({ endpoint, outcome: ok ? "succeeded" : "failed" });
        if (!ok) this.outboundFailures.inc({ endpoint });
        this.outboundAttemptDuration.observe({ endpoint }, seconds);
      },
      delivered: (endpoint, seconds) => this.outboundLatency.observe({ endpoint }, seconds),
      deadLettered: (endpoint) => this.outboundDeadLetters.inc({ endpoint }),
    };
  }

  render(): string {
    return [
      this.received,
      this.stored,
      this.duplicates,
      this.quarantined,
      this.refused,
      this.tokens,
      this.latency,
      this.outboundAttempts,
      this.outboundFailures,
      this.outboundDeadLetters,
      this.outboundAttemptDuration,
      this.outboundLatency,
      this.outboundQueue,
    ]
      .flatMap((metric) => metric.render())
      .join("\n") + "\n";
  }
}
