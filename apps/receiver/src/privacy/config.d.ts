import type { EncryptionKey } from "./cipher.js";
import type { DeclaredSetting, Setting } from "../setting.js";
export interface PrivacyConfig {
    /** Encryption at rest: the keys, newest last (the newest seals). Empty: values are stored clear. */
    readonly encryptionKeys: readonly EncryptionKey[];
    /** Personal values are removed this many days after an event was received; undefined keeps them. */
    readonly retentionDays?: number;
    /** How often the retention job runs. */
    readonly retentionIntervalMs: number;
}
export type PrivacySetting = Setting<"privacy">;
export declare const privacySettings: readonly DeclaredSetting<"privacy">[];
/** A bad personal-data setting, naming it. */
export declare class PrivacyConfigError extends Error {
    readonly name = "PrivacyConfigError";
    readonly setting: string;
    constructor(message: string, setting: string);
}
export declare function resolvePrivacy(values: Readonly<Record<string, unknown>>): PrivacyConfig;
//# sourceMappingURL=config.d.ts.map