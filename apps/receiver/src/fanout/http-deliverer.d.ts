import type { HttpEndpoint } from "./endpoints.js";
export interface AttemptResult {
    readonly ok: boolean;
    /** The HTTP status, when an answer came. */
    readonly statusCode?: number;
    /** Why it failed, in the receiver's words (never the response body). */
    readonly error?: string;
    readonly durationMs: number;
}
export interface HttpAttemptOptions {
    readonly timeoutMs: number;
    readonly now?: () => number;
}
export declare const userAgent = "kyc-webhooks-receiver";
export declare function deliverHttp(endpoint: HttpEndpoint, messageId: string, payload: string, options: HttpAttemptOptions): Promise<AttemptResult>;
//# sourceMappingURL=http-deliverer.d.ts.map