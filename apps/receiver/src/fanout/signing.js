import { Webhook } from "standardwebhooks";
/*
 * Standard Webhooks signatures ("Signature scheme",
 * https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md): HMAC-SHA256
 * over `${webhook-id}.${webhook-timestamp}.${body}` with the base64 key of a `whsec_` secret, sent as
 * `v1,<base64>`. During a secret rotation an endpoint has several secrets: the header carries one
 * signature per secret, space-separated, and the consumer accepts the message when any one verifies.
 * Signing is the `standardwebhooks` package's own `sign`, the same code consumers verify with.
 */
export const secretPrefix = "whsec_";
/** Whether `secret` is a `whsec_` secret whose key is base64 of at least 24 bytes (Svix's secrets hold 24 to 64). */
export function isWebhookSecret(secret) {
    if (!secret.startsWith(secretPrefix))
        return false;
    const key = secret.slice(secretPrefix.length);
    return /^[A-Za-z0-9+/]+={0,2}$/.test(key) && Buffer.from(key, "base64").byteLength >= 24;
}
/** The three Standard Webhooks headers for one attempt, signed with every secret given. */
export function signMessage(secrets, messageId, at, payload) {
    const signatures = secrets.map((secret) => new Webhook(secret).sign(messageId, at, payload));
    return {
        "webhook-id": messageId,
        "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
        "webhook-signature": signatures.join(" "),
    };
}
//# sourceMappingURL=signing.js.map