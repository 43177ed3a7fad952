import { collectDefaultMetrics, Counter as PromCounter, Gauge as PromGauge, Histogram as PromHistogram, Registry } from "prom-client";
import type { FanoutObserver } from "./fanout/worker.js";

/*
 * Prometheus metrics with prom-client, in a registry of the receiver's own (no global state): counters per
 * provider, a latency histogram per provider, the fan-out's counters, histograms and queue gauge, and
 * prom-client's default process and Node metrics (CPU, memory, file descriptors, event-loop lag, GC).
 * Labels hold only fixed words (provider names, refusal reasons, outcomes, configured endpoint names),
 * never request data.
 */

type Labels = Readonly<Record<string, string>>;

/**
 * Labels in name order, so that every series prints its labels sorted (prom-client keeps the first order it sees):
 * the metric's label names, sorted once, pick them out. A label it does not declare comes after them, for prom-client
 * to refuse as before.
 */
function sorted(names: readonly string[], labels: Labels): Record<string, string> {
  const out: Record<string, string> = {};
  let given = 0;
  for (const name of names) {
    const value = labels[name];
    if (value !== undefined) {
      out[name] = value;
      given++;
    }
  }
  if (Object.keys(labels).length !== given) for (const key of Object.keys(labels).sort()) out[key] ??= labels[key] as string;
  return out;
}

class Counter {
  readonly #metric: PromCounter;
  readonly #labelNames: readonly string[];
  constructor(registry: Registry, name: string, help: string, labelNames: readonly string[]) {
    this.#labelNames = [...labelNames].sort();
    this.#metric = new PromCounter({ name, help, labelNames: [...labelNames], registers: [registry] });
  }
  inc(labels: Labels, by = 1): void {
    this.#metric.inc(sorted(this.#labelNames, labels), by);
  }
}

class Histogram {
  readonly #metric: PromHistogram;
  readonly #labelNames: readonly string[];
  constructor(registry: Registry, name: string, help: string, labelNames: readonly string[], buckets: readonly number[]) {
    this.#labelNames = [...labelNames].sort();
    this.#metric = new PromHistogram({ name, help, labelNames: [...labelNames], buckets: [...buckets], registers: [registry] });
  }
  observe(labels: Labels, value: number): void {
    this.#metric.observe(sorted(this.#labelNames, labels), value);
  }
}

class Gauge {
  readonly #metric: PromGauge;
  readonly #labelNames: readonly string[];
  constructor(registry: Registry, name: string, help: string, labelNames: readonly string[]) {
    this.#labelNames = [...labelNames].sort();
    this.#metric = new PromGauge({ name, help, labelNames: [...labelNames], registers: [registry] });
  }
  set(labels: Labels, value: number): void {
    this.#metric.set(sorted(this.#labelNames, labels), value);
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
  | "too_many_failures"
  | "client_busy"
  | "server_busy"
  | "storage_error";

export interface ReceiverMetricsOptions {
  /** prom-client's default process and Node metrics (default true). */
  readonly defaultMetrics?: boolean;
}

/** The receiver's metrics. One instance (one registry) per handler; render() gives the /metrics body. */
export class ReceiverMetrics {
  readonly registry = new Registry();

  readonly received = new Counter(this.registry, "kyc_webhooks_received_total", "Callbacks received, per provider (every POST to a provider endpoint).", ["provider"]);
  readonly stored = new Counter(this.registry, "kyc_webhooks_stored_total", "Callbacks stored as a new event (valid or quarantined), per provider.", ["provider"]);
  readonly duplicates = new Counter(this.registry, "kyc_webhooks_duplicates_total", "Redeliveries of an event already stored, acknowledged and recorded, per provider.", ["provider"]);
  readonly quarantined = new Counter(this.registry, "kyc_webhooks_quarantined_total", "Authenticated callbacks stored as quarantined (failed decoding or validation), per provider.", ["provider"]);
  readonly refused = new Counter(this.registry, "kyc_webhooks_refused_total", "Callbacks refused and not stored, per provider and reason.", ["provider", "reason"]);
  readonly tokens = new Counter(this.registry, "kyc_webhooks_oauth_tokens_total", "OAuth2 token requests at the Ondato token endpoint, per outcome.", ["outcome"]);
  readonly latency = new Histogram(
    this.registry,
    "kyc_webhooks_request_duration_seconds",
    "Time from request to response for callbacks (including the database commit), per provider and outcome.",
    ["outcome", "provider"],
    [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  );

  // Fan-out. `endpoint` is a configured target's name (never request data).
  readonly outboundAttempts = new Counter(this.registry, "kyc_webhooks_outbound_attempts_total", "Delivery attempts to outbound endpoints and NATS, per endpoint and outcome (succeeded, failed).", ["endpoint", "outcome"]);
  readonly outboundFailures = new Counter(this.registry, "kyc_webhooks_outbound_failures_total", "Failed delivery attempts (error status, timeout, network error), per endpoint.", ["endpoint"]);
  readonly outboundDeadLetters = new Counter(this.registry, "kyc_webhooks_outbound_dead_letters_total", "Deliveries dead-lettered after the last attempt of the retry schedule, per endpoint.", ["endpoint"]);
  readonly outboundAttemptDuration = new Histogram(this.registry, "kyc_webhooks_outbound_attempt_duration_seconds", "Duration of one delivery attempt, per endpoint.", ["endpoint"], [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]);
  readonly outboundLatency = new Histogram(
    this.registry,
    "kyc_webhooks_outbound_delivery_latency_seconds",
    "Time from queueing a message (the event's commit) to its successful delivery, retries included, per endpoint.",
    ["endpoint"],
    [0.01, 0.05, 0.1, 0.25, 0.5, 1, 5, 30, 300, 1800, 7200, 86400],
  );
  readonly outboundQueue = new Gauge(this.registry, "kyc_webhooks_outbound_queue_depth", "Deliveries in the outbox, per state (pending: waiting or being retried; dead: dead-lettered).", ["state"]);

  constructor(options: ReceiverMetricsOptions = {}) {
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

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

  /**
   * The /metrics body, in the Prometheus text format (version 0.0.4). A bucket's `le` goes after its other
   * labels, as the receiver has always printed it (prom-client puts it first; the order means nothing to
   * Prometheus, but line-matching alerts and tests written against the earlier output keep working).
   */
  async render(): Promise<string> {
    const text = await this.registry.metrics();
    return text.replace(/^(\w+_bucket)\{le="([^"]*)",([^}]*)\}/gm, '$1{$3,le="$2"}');
  }
}
