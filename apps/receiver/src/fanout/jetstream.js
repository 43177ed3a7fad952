import { connect, headers as natsHeaders } from "nats";
/*
 * Publishing to NATS JetStream with the official `nats` client. The message id goes in `Nats-Msg-Id`
 * (the client's `msgID`), so that JetStream drops a second publish of the same message within the stream's
 * duplicate window ("Message Deduplication", https://docs.nats.io/using-nats/developer/develop_jetstream/model_deep_dive#message-deduplication):
 * a receiver that published and was killed before recording it publishes again without a second copy.
 * The stream is created, with subjects `kyc.>` (`<subjectPrefix>.>`), when it is missing. The connection is opened on first use
 * and reopened after a failure, so that a NATS server that is down at start only delays the messages.
 */
/** JetStream's error code for "stream not found". */
const streamNotFound = 10059;
export class JetStreamPublisher {
    #target;
    #connection;
    constructor(target) {
        this.#target = target;
    }
    async #connect(timeoutMs) {
        const nc = await connect({ servers: this.#target.url.split(",").map((server) => server.trim()), timeout: timeoutMs, name: "kyc-webhooks-receiver", maxReconnectAttempts: -1 });
        try {
            const jsm = await nc.jetstreamManager({ timeout: timeoutMs });
            try {
                await jsm.streams.info(this.#target.stream);
            }
            catch (error) {
                if (error.api_error?.err_code !== streamNotFound)
                    throw error;
                await jsm.streams.add({ name: this.#target.stream, subjects: [`${this.#target.subjectPrefix}.>`] });
            }
            return { nc, js: nc.jetstream({ timeout: timeoutMs }) };
        }
        catch (error) {
            await nc.close().catch(() => undefined);
            throw error;
        }
    }
    #client(timeoutMs) {
        if (!this.#connection) {
            const opening = this.#connect(timeoutMs);
            this.#connection = opening;
            opening.catch(() => {
                if (this.#connection === opening)
                    this.#connection = undefined;
            });
        }
        return this.#connection;
    }
    /** Publishes one message; a duplicate within the window is success too (JetStream already holds it). */
    async publish(subject, messageId, payload, options) {
        const started = performance.now();
        const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
        try {
            const { js } = await this.#client(options.timeoutMs);
            const headers = natsHeaders();
            headers.set("content-type", "application/json");
            const ack = await js.publish(subject, new TextEncoder().encode(payload), { msgID: messageId, timeout: options.timeoutMs, headers });
            return { ok: true, durationMs: elapsed(), duplicate: ack.duplicate };
        }
        catch (error) {
            return { ok: false, error: `nats: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`, durationMs: elapsed() };
        }
    }
    async close() {
        const connection = this.#connection;
        this.#connection = undefined;
        if (!connection)
            return;
        const { nc } = await connection.catch(() => ({ nc: undefined }));
        await nc?.drain().catch(() => undefined);
    }
}
//# sourceMappingURL=jetstream.js.map