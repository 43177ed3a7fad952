import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
/*
 * Encryption at rest of personal values: AES-256-GCM (node:crypto) with a random 96-bit nonce per value.
 * Every sealed value names the key that sealed it, so keys rotate: the newest key seals, every listed key
 * opens, and `rekey` re-seals old values with the newest key.
 *
 *   kyc-enc:v1:<keyId>:<base64url(nonce ‖ ciphertext ‖ tag)>
 *
 * Text columns hold that text; byte columns (raw bodies) hold its UTF-8 bytes. A value without the prefix is
 * clear (stored before encryption was turned on, or with encryption off) and is returned as it is.
 */
export const envelopePrefix = "kyc-enc:v1:";
const prefixBytes = Buffer.from(envelopePrefix, "utf8");
const keyIdPattern = /^[A-Za-z0-9_.-]{1,32}$/;
/** A bad KYC_ENCRYPTION_KEYS value; the message names the entry (never the key material). */
export class EncryptionKeyError extends Error {
    name = "EncryptionKeyError";
}
/** `keyId:base64` pairs, comma-separated, newest last. Throws an {@link EncryptionKeyError} naming the bad entry. */
export function parseEncryptionKeys(text) {
    const entries = text.split(",").map((entry) => entry.trim()).filter((entry) => entry !== "");
    if (entries.length === 0)
        throw new EncryptionKeyError("must list at least one keyId:base64 key");
    const seen = new Set();
    return entries.map((entry, index) => {
        const colon = entry.indexOf(":");
        const where = `entry ${index + 1}`;
        if (colon <= 0)
            throw new EncryptionKeyError(`${where} must be keyId:base64 (a key id, a colon, then 32 bytes in base64)`);
        const id = entry.slice(0, colon);
        const material = entry.slice(colon + 1);
        if (!keyIdPattern.test(id))
            throw new EncryptionKeyError(`${where}: the key id must be 1-32 letters, digits, '.', '_' or '-'`);
        if (seen.has(id))
            throw new EncryptionKeyError(`${where}: key id ${id} is listed twice`);
        seen.add(id);
        if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(material))
            throw new EncryptionKeyError(`${where} (key ${id}): the key is not base64`);
        const key = Buffer.from(material.replace(/-/g, "+").replace(/_/g, "/"), "base64");
        if (key.length !== 32)
            throw new EncryptionKeyError(`${where} (key ${id}): the key must be 32 bytes (AES-256), got ${key.length}; make one with: openssl rand -base64 32`);
        return { id, key };
    });
}
/** Seals and opens personal values. Without keys it seals nothing, and refuses to open a sealed value. */
export class PersonalDataCipher {
    #keys;
    /** The key new values are sealed with; undefined when encryption is off. */
    writeKeyId;
    constructor(keys = []) {
        this.#keys = new Map(keys.map((key) => [key.id, key.key]));
        this.writeKeyId = keys[keys.length - 1]?.id;
    }
    static fromSetting(text) {
        return new PersonalDataCipher(text === undefined || text.trim() === "" ? [] : parseEncryptionKeys(text));
    }
    get enabled() {
        return this.writeKeyId !== undefined;
    }
    /** The key id a stored text value was sealed with, or undefined for a clear value. */
    static keyIdOf(value) {
        if (value === null || value === undefined)
            return undefined;
        const text = typeof value === "string" ? value : isSealedBytes(value) ? Buffer.from(value.subarray(0, 64)).toString("utf8") : "";
        if (!text.startsWith(envelopePrefix))
            return undefined;
        const end = text.indexOf(":", envelopePrefix.length);
        return end < 0 ? undefined : text.slice(envelopePrefix.length, end);
    }
    sealText(plain) {
        return this.writeKeyId === undefined ? plain : this.#seal(this.writeKeyId, Buffer.from(plain, "utf8"));
    }
    openText(stored) {
        return this.#open(stored).toString("utf8");
    }
    sealBytes(plain) {
        const bytes = Buffer.from(plain.buffer, plain.byteOffset, plain.byteLength);
        return this.writeKeyId === undefined ? bytes : Buffer.from(this.#seal(this.writeKeyId, bytes), "utf8");
    }
    openBytes(stored) {
        if (!isSealedBytes(stored))
            return stored;
        return this.#open(Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength).toString("utf8"));
    }
    #seal(id, plain) {
        const nonce = randomBytes(12);
        const cipher = createCipheriv("aes-256-gcm", this.#keys.get(id), nonce);
        const sealed = Buffer.concat([nonce, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
        return `${envelopePrefix}${id}:${sealed.toString("base64url")}`;
    }
    /** Whether a stored value should be sealed again: clear while encryption is on, or sealed with an older key. */
    needsRekey(stored) {
        if (stored === null || this.writeKeyId === undefined)
            return false;
        if (typeof stored !== "string" && stored.byteLength === 0)
            return false;
        return PersonalDataCipher.keyIdOf(stored) !== this.writeKeyId;
    }
    #open(stored) {
        if (!stored.startsWith(envelopePrefix))
            return Buffer.from(stored, "utf8");
        const end = stored.indexOf(":", envelopePrefix.length);
        const id = stored.slice(envelopePrefix.length, end);
        const key = end < 0 ? undefined : this.#keys.get(id);
        if (key === undefined)
            throw new Error(`A stored value is sealed with key ${JSON.stringify(id)}, which KYC_ENCRYPTION_KEYS does not list`);
        const sealed = Buffer.from(stored.slice(end + 1), "base64url");
        if (sealed.length < 28)
            throw new Error(`A stored value sealed with key ${JSON.stringify(id)} is truncated`);
        const decipher = createDecipheriv("aes-256-gcm", key, sealed.subarray(0, 12));
        decipher.setAuthTag(sealed.subarray(sealed.length - 16));
        try {
            return Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]);
        }
        catch {
            throw new Error(`A stored value sealed with key ${JSON.stringify(id)} does not authenticate (wrong key material for that id, or altered data)`);
        }
    }
}
function isSealedBytes(value) {
    return value.byteLength > prefixBytes.length && Buffer.from(value.buffer, value.byteOffset, prefixBytes.length).equals(prefixBytes);
}
//# sourceMappingURL=cipher.js.map