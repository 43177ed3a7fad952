import type { ProviderName } from "@kyc-webhooks/normalized";
import type { OndatoAuthConfig, ProvidersConfig } from "./config.js";
import type { Store } from "./storage/types.js";
export type AuthVerdict = {
    readonly ok: true;
    readonly method: string;
} | {
    readonly ok: false;
    readonly status: 401 | 403;
    readonly code: "unauthenticated" | "forbidden_ip";
    readonly message: string;
    readonly challenge?: string;
};
export interface RequestFacts {
    readonly headers: Headers;
    /** The client address after trusted-proxy resolution. */
    readonly clientIp: string | undefined;
    /** The raw body; given only to authenticators that need it (`needsBody`). */
    readonly body?: Uint8Array;
}
export interface ProviderAuthenticator {
    readonly provider: ProviderName;
    /** How callbacks are authenticated, in words, for the start-up log (never a secret). */
    readonly description: string;
    /** True when the body is part of the proof (a signature): the handler reads it (within the size limit) first. */
    readonly needsBody: boolean;
    authenticate(facts: RequestFacts): Promise<AuthVerdict>;
}
/**
 * SHA-256 of an access token together with the client it was issued to (its id and secret), as the store keeps it:
 * a token issued to a client that has been rotated out (another id or secret configured since) matches no stored hash.
 */
export declare function tokenHash(token: string, client: {
    readonly clientId: string;
    readonly clientSecret: string;
}): string;
/** The Ondato IP allowlist check (for the webhooks and the token endpoint alike), or undefined when none is configured. */
export declare function ondatoAddressCheck(config: OndatoAuthConfig): ((ip: string | undefined) => boolean) | undefined;
/** The authenticators of the enabled providers. */
export declare function createAuthenticators(providers: ProvidersConfig, store: Store): Partial<Record<ProviderName, ProviderAuthenticator>>;
/** What a provider's settings are, to say why it is disabled. */
export declare const enableHints: Readonly<Record<ProviderName, string>>;
/**
 * Request headers as stored: every header except secrets. Authorization keeps its scheme only (so the
 * record shows how the callback authenticated); Cookie and Proxy-Authorization are dropped.
 */
export declare function headersForStorage(headers: Headers): Record<string, string>;
//# sourceMappingURL=auth.d.ts.map