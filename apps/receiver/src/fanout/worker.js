import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { natsSubject } from "./endpoints.js";
import { deliverHttp } from "./http-deliverer.js";
import { JetStreamPublisher } from "./jetstream.js";
import { defaultRetrySchedule, nextAttemptDelay } from "./schedule.js";
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
export function defaultWorkerName() {
    return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}
export class DeliveryWorker {
    name;
    #store;
    #targets;
    #schedule;
    #timeoutMs;
    #leaseMs;
    #concurrency;
    #pollIntervalMs;
    #logger;
    #observer;
    #now;
    #random;
    #publishers = new Map();
    #inFlight = new Set();
    #running = false;
    #loop;
    #wake;
    constructor(options) {
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
        for (const target of options.targets)
            if (target.kind === "nats")
                this.#publishers.set(target.name, new JetStreamPublisher(target));
    }
    start() {
        if (this.#running)
            return;
        this.#running = true;
        this.#loop = this.#run();
    }
    /** Something was queued: look now rather than at the next poll. */
    notify() {
        this.#wake?.();
    }
    /** Stops claiming, waits for the attempts in flight to be recorded, and closes the NATS connections. */
    async stop() {
        this.#running = false;
        this.notify();
        await this.#loop;
        await Promise.all([...this.#inFlight]);
        await Promise.all([...this.#publishers.values()].map((publisher) => publisher.close()));
    }
    async #run() {
        while (this.#running) {
            const free = this.#concurrency - this.#inFlight.size;
            let claimed = [];
            if (free > 0) {
                try {
                    claimed = await this.#store.claimDue({ worker: this.name, now: this.#now(), leaseMs: this.#leaseMs, limit: free });
                }
                catch (error) {
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
            if (!this.#running)
                break;
            // Full: wait for a slot. Nothing (more) due: wait for a slot, a notify, or the poll interval.
            if (claimed.length < free || free <= 0)
                await this.#sleep(free <= 0 ? undefined : this.#pollIntervalMs);
        }
    }
    #sleep(ms) {
        return new Promise((resolve) => {
            let timer;
            const done = () => {
                clearTimeout(timer);
                if (this.#wake === done)
                    this.#wake = undefined;
                resolve();
            };
            if (ms !== undefined)
                timer = setTimeout(done, ms);
            this.#wake = done;
        });
    }
    async #send(claim, target) {
        if (target.kind === "http")
            return deliverHttp(target, claim.messageId, claim.payload, { timeoutMs: this.#timeoutMs, now: this.#now });
        const publisher = this.#publishers.get(target.name);
        return publisher.publish(natsSubject(target.subjectPrefix, claim.provider, claim.status), claim.messageId, claim.payload, { timeoutMs: this.#timeoutMs });
    }
    async #attempt(claim) {
        const target = this.#targets.get(claim.endpoint);
        const startedAt = this.#now();
        const result = target
            ? await this.#send(claim, target)
            : { ok: false, error: "endpoint not configured on this receiver", durationMs: 0 };
        const attemptsMade = claim.attempts + 1;
        let next;
        if (result.ok)
            next = { state: "succeeded" };
        else if (!target)
            next = { state: "dead" };
        else {
            const delay = nextAttemptDelay(this.#schedule, attemptsMade, this.#random);
            next = delay === undefined ? { state: "dead" } : { state: "pending", nextAttemptAt: startedAt + result.durationMs + delay };
        }
        const fields = { worker: this.name, delivery: claim.id, endpoint: claim.endpoint, messageId: claim.messageId, attempt: attemptsMade, durationMs: result.durationMs, statusCode: result.statusCode ?? null };
        try {
            const held = await this.#store.completeAttempt(claim, { worker: this.name, startedAt, durationMs: result.durationMs, ok: result.ok, ...(result.statusCode === undefined ? {} : { statusCode: result.statusCode }), ...(result.error === undefined ? {} : { error: result.error }) }, next);
            if (!held)
                this.#logger.warn("delivery lease lost before the attempt was recorded", fields);
        }
        catch (error) {
            // Not recorded: the lease runs out and the delivery is attempted again (at least once, never lost).
            this.#logger.error("delivery attempt not recorded", { ...fields, error: error instanceof Error ? error.message.slice(0, 200) : String(error) });
            return;
        }
        this.#observer?.attempt(claim.endpoint, result.ok, result.durationMs / 1000);
        if (result.ok) {
            this.#observer?.delivered(claim.endpoint, Math.max(0, this.#now() - claim.queuedAt) / 1000);
        }
        else if (next.state === "dead") {
            this.#observer?.deadLettered(claim.endpoint);
            this.#logger.error("delivery dead-lettered", { ...fields, error: result.error ?? null });
        }
        else {
            this.#logger.warn("delivery attempt failed", { ...fields, error: result.error ?? null, nextAttemptAt: next.state === "pending" ? new Date(next.nextAttemptAt).toISOString() : null });
        }
    }
}
//# sourceMappingURL=worker.js.map