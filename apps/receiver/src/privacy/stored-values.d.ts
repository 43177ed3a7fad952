import type { NormalizedEvent } from "@kyc-webhooks/normalized";
import { PersonalDataCipher } from "./cipher.js";
/** The personal-data codec of a store: seals on the way in, opens on the way out. */
export declare class StoredValues {
    readonly cipher: PersonalDataCipher;
    constructor(cipher?: PersonalDataCipher);
    body(plain: Uint8Array): Buffer;
    openBody(stored: Uint8Array): Uint8Array;
    /** A JSON document stored whole (a decoded body, an outbox payload). */
    text(plain: string): string;
    openText(stored: string): string;
    normalized(event: NormalizedEvent): string;
    openNormalized(stored: string): NormalizedEvent;
    /** A stored normalized event re-sealed with the newest key (`rekey`), or undefined when it needs nothing. */
    resealNormalized(stored: string): string | undefined;
    /** A stored value of a whole-sealed column re-sealed with the newest key, or undefined when it needs nothing. */
    resealText(stored: string | null): string | undefined;
    resealBody(stored: Uint8Array | null): Buffer | undefined;
}
/**
 * What retention and purge keep of a stored normalized event: the decision, clear, with no media and no raw
 * payload (so it still has the normalized event's shape). Needs no key: the decision is never sealed.
 */
export declare function decisionOnly(stored: string | null): string | null;
//# sourceMappingURL=stored-values.d.ts.map