import { z } from "zod";
import { EncryptionKeyError, parseEncryptionKeys } from "./cipher.js";
import { declare, intBetween } from "../setting.js";
export const privacySettings = [
    {
        group: "privacy",
        env: "KYC_ENCRYPTION_KEYS",
        key: "privacy.encryptionKeys",
        secret: true,
        description: "Encryption at rest (AES-256-GCM) of raw bodies, decoded bodies, outbox payloads and the personal fields of normalized events: comma-separated keyId:base64 pairs of 32-byte keys, newest last (make one with `openssl rand -base64 32`). The newest key seals new values; every listed key opens; `kyc-webhooks rekey` re-seals old values with the newest.",
        schema: z.string({ error: "must be a string" }),
    },
    {
        group: "privacy",
        env: "KYC_RETENTION_DAYS",
        key: "privacy.retentionDays",
        description: "Removes raw bodies and personal fields this many days after an event was received, keeping the decision (provider, reference, status, reasons, times, hashes). Unset: kept until purged.",
        schema: intBetween(1, 36_500),
    },
    {
        group: "privacy",
        env: "KYC_RETENTION_INTERVAL_MINUTES",
        key: "privacy.retentionIntervalMinutes",
        default: "60",
        description: "How often the retention job runs (with KYC_RETENTION_DAYS), in minutes; it also runs at start.",
        schema: intBetween(1, 10_080),
    },
].map(declare);
/** A bad personal-data setting, naming it. */
export class PrivacyConfigError extends Error {
    name = "PrivacyConfigError";
    setting;
    constructor(message, setting) {
        super(message);
        this.setting = setting;
    }
}
export function resolvePrivacy(values) {
    const keysText = values["privacy.encryptionKeys"];
    let encryptionKeys = [];
    if (keysText !== undefined) {
        try {
            encryptionKeys = parseEncryptionKeys(keysText);
        }
        catch (error) {
            if (error instanceof EncryptionKeyError)
                throw new PrivacyConfigError(`Invalid setting KYC_ENCRYPTION_KEYS: ${error.message}`, "KYC_ENCRYPTION_KEYS");
            throw error;
        }
    }
    const retentionDays = values["privacy.retentionDays"];
    return {
        encryptionKeys,
        ...(retentionDays === undefined ? {} : { retentionDays }),
        retentionIntervalMs: values["privacy.retentionIntervalMinutes"] * 60_000,
    };
}
//# sourceMappingURL=config.js.map