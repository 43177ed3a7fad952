import { errorFields, silentLogger } from "../log.js";
import type { Logger } from "../log.js";
import type { Store } from "../storage/types.js";

/*
 * Retention (KYC_RETENTION_DAYS): a periodic job that removes the personal values of events received more
 * than N days ago and keeps their decision. It runs at start and then every interval; the clock is
 * injectable, so tests move time instead of waiting.
 */

export interface RetentionOptions {
  readonly store: Store;
  readonly days: number;
  readonly intervalMs: number;
  readonly now?: () => number;
  readonly logger?: Logger;
}

const dayMs = 86_400_000;

export class RetentionJob {
  readonly #options: RetentionOptions;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<number> | undefined;

  constructor(options: RetentionOptions) {
    this.#options = options;
  }

  /** One pass: removes what is older than the retention period; returns the events it removed. */
  runOnce(): Promise<number> {
    this.#running ??= (async () => {
      const { store, days } = this.#options;
      const logger = this.#options.logger ?? silentLogger;
      const now = (this.#options.now ?? Date.now)();
      try {
        const { events } = await store.removeExpiredPersonalData(now - days * dayMs, now);
        if (events > 0) logger.info("retention: personal data removed", { events, retentionDays: days });
        return events;
      } catch (error) {
        logger.error("retention run failed", { retentionDays: days, ...errorFields(error) });
        return 0;
      } finally {
        this.#running = undefined;
      }
    })();
    return this.#running;
  }

  start(): void {
    void this.runOnce();
    this.#timer = setInterval(() => void this.runOnce(), this.#options.intervalMs);
    this.#timer.unref();
  }

  /** Stops the timer and waits for a pass in progress. */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#running;
  }
}
