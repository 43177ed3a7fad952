import type { NatsTarget } from "./endpoints.js";
import type { AttemptResult } from "./http-deliverer.js";
export interface PublishOptions {
    readonly timeoutMs: number;
}
export declare class JetStreamPublisher {
    #private;
    constructor(target: NatsTarget);
    /** Publishes one message; a duplicate within the window is success too (JetStream already holds it). */
    publish(subject: string, messageId: string, payload: string, options: PublishOptions): Promise<AttemptResult & {
        readonly duplicate?: boolean;
    }>;
    close(): Promise<void>;
}
//# sourceMappingURL=jetstream.d.ts.map