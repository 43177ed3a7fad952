export declare const secretPrefix = "whsec_";
/** Whether `secret` is a `whsec_` secret whose key is base64 of at least 24 bytes (Svix's secrets hold 24 to 64). */
export declare function isWebhookSecret(secret: string): boolean;
export interface SignedHeaders {
    readonly "webhook-id": string;
    readonly "webhook-timestamp": string;
    readonly "webhook-signature": string;
}
/** The three Standard Webhooks headers for one attempt, signed with every secret given. */
export declare function signMessage(secrets: readonly string[], messageId: string, at: Date, payload: string): SignedHeaders;
//# sourceMappingURL=signing.d.ts.map