import { errorFields, silentLogger } from "../log.js";
const dayMs = 86_400_000;
export class RetentionJob {
    #options;
    #timer;
    #running;
    constructor(options) {
        this.#options = options;
    }
    /** One pass: removes what is older than the retention period; returns the events it removed. */
    runOnce() {
        this.#running ??= (async () => {
            const { store, days } = this.#options;
            const logger = this.#options.logger ?? silentLogger;
            const now = (this.#options.now ?? Date.now)();
            try {
                const { events } = await store.removeExpiredPersonalData(now - days * dayMs, now);
                if (events > 0)
                    logger.info("retention: personal data removed", { events, retentionDays: days });
                return events;
            }
            catch (error) {
                logger.error("retention run failed", { retentionDays: days, ...errorFields(error) });
                return 0;
            }
            finally {
                this.#running = undefined;
            }
        })();
        return this.#running;
    }
    start() {
        void this.runOnce();
        this.#timer = setInterval(() => void this.runOnce(), this.#options.intervalMs);
        this.#timer.unref();
    }
    /** Stops the timer and waits for a pass in progress. */
    async stop() {
        clearInterval(this.#timer);
        await this.#running;
    }
}
//# sourceMappingURL=retention.js.map