import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { natsSubject } from "./endpoints.js";
import type { DeliveryTarget } from "./endpoints.js";
import { deliverHttp } from "./http-deliverer.js";
import type { AttemptResult } from "./http-deliverer.js";
import { JetStreamPublisher } from "./jetstream.js";
import { defaultRetrySchedule, nextAttemptDelay } from "./schedule.js";
import type { RetrySchedule } from "./schedule.js";
import type { ClaimedDelivery, NextState, OutboxStore } from "./store.js";

/*
 * The delivery worker: claims due deliveries from the outbox (leased, so that several receivers share one
 * PostgreSQL queue and a receiver that dies mid-delivery only delays its messages by the lease), sends each
 * to its target, records the attempt, and schedules the next one or dead-letters it. It keeps up to
 * `concurrency` attempts in flight and claims only as many deliveries as it has free slots, so that a
 * claimed delivery is attempted at once and its lease only has to outlast one attempt.
 */

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

const quiet: WorkerLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export function defaultWorkerName(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

export class DeliveryWorker {
  readonly name: string;
  readonly #store: OutboxStore;
  readonly #targets: ReadonlyMap<string, DeliveryTarget>;
  readonly #schedule: RetrySchedule;
  readonly #timeoutMs: number;
  readonly #leaseMs: number;
  readonly #concurrency: number;
  readonly #pollIntervalMs: number;
  readonly #logger: WorkerLogger;
  readonly #observer: FanoutObserver | undefined;
  readonly #now: () => number;
  readonly #random: () => number;
  readonly #publishers = new Map<string, JetStreamPublisher>();
  readonly #inFlight = new Set<Promise<void>>();
  #running = false;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;

  constructor(options: WorkerOptions) {
    this.name = options.worker ?? defaultWorkerName();
    this.#store = options.store;
    this.#targets = new Map(options.targets.map((target) => [target.name, target]));
    this.#schedule = options.schedule ?? defaultRetrySchedule;
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#leaseMs = options.leaseMs ?? this.#timeoutMs + 30_000;
    this.#concurrency = options.concurrency ?? 16;
    this.#pollIntervalMs = options.pollIntervalMs ?? 500;
    this.#logger = options.logger ?? quiet;
    this.#observer = options.observer;
    this.#now = options.now ?? Date.now;
    this.#random = options.random ?? Math.random;
    for (const target of options.targets) if (target.kind === "nats") this.#publishers.set(target.name, new JetStreamPublisher(target));
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#loop = this.#run();
  }

  /** Something was queued: look now rather than at the next poll. */
  notify(): void {
    this.#wake?.();
  }

  /** Stops claiming, waits for the attempts in flight to be recorded, and closes the NATS connections. */
  async stop(): Promise<void> {
    this.#running = false;
    this.notify();
    await this.#loop;
    await Promise.all([...this.#inFlight]);
    await Promise.all([...this.#publishers.values()].map((publisher) => publisher.close()));
  }

  async #run(): Promise<void> {
    while (this.#running) {
      const free = this.#concurrency - this.#inFlight.size;
      let claimed: ClaimedDelivery[] = [];
      if (free > 0) {
        try {
          claimed = await this.#store.claimDue({ worker: this.name, now: this.#now(), leaseMs: this.#leaseMs, limit: free });
        } catch (error) {
          this.#logger.error("outbox claim failed", { worker: this.name, error: error instanceof Error ? error.message.slice(0, 200) : String(error) });
        }
        for (const claim of claimed) {
          const task = this.#attempt(claim).finally(() => {
            this.#inFlight.delete(task);
            this.notify();
          });
          this.#inFlight.add(task);
        }
      }
      if (!this.#running) break;
      // Full: wait for a slot. Nothing (more) due: wait for a slot, a notify, or the poll interval.
      if (claimed.length < free || free <= 0) await this.#sleep(free <= 0 ? undefined : this.#pollIntervalMs);
    }
  }

  #sleep(ms: number | undefined): Promise<void> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = () => {
        clearTimeout(timer);
        if (this.#wake === done) this.#wake = undefined;
        resolve();
      };
      if (ms !== undefined) timer = setTimeout(done, ms);
      this.#wake = done;
    });
  }

  async #send(claim: ClaimedDelivery, target: DeliveryTarget): Promise<AttemptResult> {
    if (target.kind === "http") return deliverHttp(target, claim.messageId, claim.payload, { timeoutMs: this.#timeoutMs, now: this.#now });
    const publisher = this.#publishers.get(target.name) as JetStreamPublisher;
    return publisher.publish(natsSubject(target.subjectPrefix, claim.provider, claim.status), claim.messageId, claim.payload, { timeoutMs: this.#timeoutMs });
  }

  async #attempt(claim: ClaimedDelivery): Promise<void> {
    const target = this.#targets.get(claim.endpoint);
    const startedAt = this.#now();
    const result: AttemptResult = target
      ? await this.#send(claim, target)
      : { ok: false, error: "endpoint not configured on this receiver", durationMs: 0 };
    const attemptsMade = claim.attempts + 1;
    let next: NextState;
    if (result.ok) next = { state: "succeeded" };
    else if (!target) next = { state: "dead" };
    else {
      const delay = nextAttemptDelay(this.#schedule, attemptsMade, this.#random);
      next = delay === undefined ? { state: "dead" } : { state: "pending", nextAttemptAt: startedAt + result.durationMs + delay };
    }
    const fields = { worker: this.name, delivery: claim.id, endpoint: claim.endpoint, messageId: claim.messageId, attempt: attemptsMade, durationMs: result.durationMs, statusCode: result.statusCode ?? null };
    try {
      const held = await this.#store.completeAttempt(claim, { worker: this.name, startedAt, durationMs: result.durationMs, ok: result.ok, ...(result.statusCode === undefined ? {} : { statusCode: result.statusCode }), ...(result.error === undefined ? {} : { error: result.error }) }, next);
      if (!held) this.#logger.warn("delivery lease lost before the attempt was recorded", fields);
    } catch (error) {
      // Not recorded: the lease runs out and the delivery is attempted again (at least once, never lost).
      this.#logger.error("delivery attempt not recorded", { ...fields, error: error instanceof Error ? error.message.slice(0, 200) : String(error) });
      return;
    }
    this.#observer?.attempt(claim.endpoint, result.ok, result.durationMs / 1000);
    if (result.ok) {
      this.#observer?.delivered(claim.endpoint, Math.max(0, this.#now() - claim.queuedAt) / 1000);
    } else if (next.state === "dead") {
      this.#observer?.deadLettered(claim.endpoint);
      this.#logger.error("delivery dead-lettered", { ...fields, error: result.error ?? null });
    } else {
      this.#logger.warn("delivery attempt failed", { ...fields, error: result.error ?? null, nextAttemptAt: next.state === "pending" ? new Date(next.nextAttemptAt).toISOString() : null });
    }
  }
}
