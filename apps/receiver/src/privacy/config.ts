import { z } from "zod";
import { EncryptionKeyError, parseEncryptionKeys } from "./cipher.js";
import type { EncryptionKey } from "./cipher.js";
import { declare, intBetween } from "../setting.js";
import type { DeclaredSetting, Setting } from "../setting.js";

/*
 * The personal-data settings, declared once (env, file key, default, schema); config.ts lists them with
 * every other setting.
 */

export interface PrivacyConfig {
  /** Encryption at rest: the keys, newest last (the newest seals). Empty: values are stored clear. */
  readonly encryptionKeys: readonly EncryptionKey[];
  /** Personal values are removed this many days after an event was received; undefined keeps them. */
  readonly retentionDays?: number;
  /** How often the retention job runs. */
  readonly retentionIntervalMs: number;
}

export type PrivacySetting = Setting<"privacy">;



export const privacySettings: readonly DeclaredSetting<"privacy">[] = ([
  {
    group: "privacy",
   
    env: "KYC_ENCRYPTION_KEYS",
    key: "privacy.encryptionKeys",
    secret: true,
    description:
      "Encryption at rest (AES-256-GCM) of raw bodies, decoded bodies, outbox payloads and the personal fields of normalized events: comma-separated keyId:base64 pairs of 32-byte keys, newest last (make one with `openssl rand -base64 32`). The newest key seals new values; every listed key opens; `kyc-webhooks rekey` re-seals old values with the newest.",
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
] satisfies PrivacySetting[]).map(declare);

/** A bad personal-data setting, naming it. */
export class PrivacyConfigError extends Error {
  override readonly name = "PrivacyConfigError";
  readonly setting: string;
  constructor(message: string, setting: string) {
    super(message);
    this.setting = setting;
  }
}

export function resolvePrivacy(values: Readonly<Record<string, unknown>>): PrivacyConfig {
  const keysText = values["privacy.encryptionKeys"] as string | undefined;
  let encryptionKeys: EncryptionKey[] = [];
  if (keysText !== undefined) {
    try {
      encryptionKeys = parseEncryptionKeys(keysText);
    } catch (error) {
      if (error instanceof EncryptionKeyError) throw new PrivacyConfigError(`Invalid setting KYC_ENCRYPTION_KEYS: ${error.message}`, "KYC_ENCRYPTION_KEYS");
      throw error;
    }
  }
  const retentionDays = values["privacy.retentionDays"] as number | undefined;
  return {
    encryptionKeys,
    ...(retentionDays === undefined ? {} : { retentionDays }),
    retentionIntervalMs: (values["privacy.retentionIntervalMinutes"] as number) * 60_000,
  };
}
