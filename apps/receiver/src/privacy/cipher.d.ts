export declare const envelopePrefix = "kyc-enc:v1:";
/** A bad KYC_ENCRYPTION_KEYS value; the message names the entry (never the key material). */
export declare class EncryptionKeyError extends Error {
    readonly name = "EncryptionKeyError";
}
export interface EncryptionKey {
    readonly id: string;
    readonly key: Buffer;
}
/** `keyId:base64` pairs, comma-separated, newest last. Throws an {@link EncryptionKeyError} naming the bad entry. */
export declare function parseEncryptionKeys(text: string): EncryptionKey[];
/** Seals and opens personal values. Without keys it seals nothing, and refuses to open a sealed value. */
export declare class PersonalDataCipher {
    #private;
    /** The key new values are sealed with; undefined when encryption is off. */
    readonly writeKeyId: string | undefined;
    constructor(keys?: readonly EncryptionKey[]);
    static fromSetting(text: string | undefined): PersonalDataCipher;
    get enabled(): boolean;
    /** The key id a stored text value was sealed with, or undefined for a clear value. */
    static keyIdOf(value: string | Uint8Array | null | undefined): string | undefined;
    sealText(plain: string): string;
    openText(stored: string): string;
    sealBytes(plain: Uint8Array): Buffer;
    openBytes(stored: Uint8Array): Uint8Array;
    /** Whether a stored value should be sealed again: clear while encryption is on, or sealed with an older key. */
    needsRekey(stored: string | Uint8Array | null): boolean;
}
//# sourceMappingURL=cipher.d.ts.map