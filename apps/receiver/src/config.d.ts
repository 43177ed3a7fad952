import type { BasicCredentials } from "@kyc-webhooks/core";
import type { DeclaredSetting } from "./setting.js";
import type { FanoutConfig } from "./fanout/config.js";
import type { PrivacyConfig } from "./privacy/config.js";
export type LogLevel = "debug" | "info" | "warn" | "error";
export type ShuftiSignatureAlgorithm = "v2" | "v1";
/**
 * Jumio: the callback IP allowlist, plus optional basic auth. `default`: the current platform's lists (the
 * jumio package's default); `all`: every list Jumio has published, legacy ones included; or entries that
 * are IP addresses, CIDR ranges (IPv4 or IPv6) or Jumio list ids (`platform-eu`, `newer-us`, `older-eu`, ...);
 * `any` only together with basic auth.
 */
export interface JumioAuthConfig {
    readonly ipAllowlist: "default" | "all" | "any" | readonly string[];
    readonly basic?: BasicCredentials;
}
/** Shufti: the signature over the raw body with your secret key, under the rules you accept. */
export interface ShuftiAuthConfig {
    readonly secretKey: string;
    readonly algorithms: readonly ShuftiSignatureAlgorithm[];
}
/** Ondato: basic auth, or OAuth2 client credentials (the receiver serves the token endpoint); either or both. */
export interface OndatoAuthConfig {
    readonly basic?: BasicCredentials;
    readonly oauth2?: {
        readonly clientId: string;
        readonly clientSecret: string;
        readonly tokenTtlSeconds: number;
    };
    /** Optional extra check: only Ondato's published webhook IPs (`default`) or your own list. */
    readonly ipAllowlist?: "default" | readonly string[];
}
/** Netki: basic auth with the callback_credentials you set at Netki, or `noauth` when you chose that scheme. */
export type NetkiAuthConfig = ({
    readonly scheme: "basic";
    readonly basic: BasicCredentials;
} | {
    readonly scheme: "noauth";
}) & {
    /** Netki's callback_expected_status: the exact status to answer (default 200). */
    readonly expectedStatus: number;
};
export interface ProvidersConfig {
    readonly jumio?: JumioAuthConfig;
    readonly shufti?: ShuftiAuthConfig;
    readonly ondato?: OndatoAuthConfig;
    readonly netki?: NetkiAuthConfig;
}
export interface LimitsConfig {
    /** Largest accepted request body in bytes (413 beyond it). */
    readonly maxBodyBytes: number;
    /** Time allowed for a whole request, headers and body (node's server.requestTimeout). */
    readonly requestTimeoutMs: number;
    /** Time allowed to receive the request headers (node's server.headersTimeout). */
    readonly headersTimeoutMs: number;
    /** How long an idle keep-alive connection stays open. */
    readonly keepAliveTimeoutMs: number;
    /** Most TCP connections open at once (node's server.maxConnections). */
    readonly maxConnections: number;
    /** Most bytes of request bodies held at once, in total (503 beyond it). */
    readonly maxBufferedBytes: number;
    /** Most bytes of request bodies held at once per client address (429 beyond it). */
    readonly maxClientBufferedBytes: number;
    /** Most requests reading a body at once per client address (429 beyond it). */
    readonly maxClientRequests: number;
    /** Failed credentials an address may have in a row before 429. */
    readonly authFailureBurst: number;
    /** Failures forgiven per minute and address. */
    readonly authFailuresPerMinute: number;
}
export interface ReceiverConfig {
    readonly port: number;
    readonly host: string;
    /** `sqlite:<file>`, `sqlite::memory:` or `postgres://…`. */
    readonly databaseUrl: string;
    /** PostgreSQL schema for the receiver's tables (created when missing). */
    readonly databaseSchema?: string;
    /** Bearer token for the events API; without it the events API is refused. */
    readonly adminToken?: string;
    readonly logLevel: LogLevel;
    readonly limits: LimitsConfig;
    /** Time given to in-flight requests at shutdown before connections are cut. */
    readonly shutdownTimeoutMs: number;
    /** Which X-Forwarded-For hops to believe: a count of proxies in front, or their addresses/CIDR ranges. */
    readonly trustedProxies: number | readonly string[];
    /** Development mode: well-known credentials for every provider not configured otherwise. */
    readonly devMode: boolean;
    readonly providers: ProvidersConfig;
    /** Fan-out: where stored events are delivered (HTTP endpoints, NATS JetStream), and how. */
    readonly outbound: FanoutConfig;
    /** Personal data: encryption at rest and retention. */
    readonly privacy: PrivacyConfig;
}
/** A setting that failed validation; `message` is one line naming it. */
export declare class ConfigError extends Error {
    readonly name = "ConfigError";
    readonly setting: string | undefined;
    constructor(message: string, setting?: string);
}
/** Every setting the receiver reads, in the order of `--help` and the README. */
export declare const settings: readonly DeclaredSetting[];
/** The well-known credentials of development mode. Printed in the start-up log: they are not secrets. */
export declare const devCredentials: {
    readonly adminToken: "dev-admin-token-not-secret";
    readonly jumioIpAllowlist: readonly ["127.0.0.1", "::1"];
    readonly shuftiSecretKey: "dev-shufti-secret-key";
    readonly ondato: {
        readonly username: "ondato";
        readonly password: "dev-ondato-password";
    };
    readonly netki: {
        readonly username: "netki";
        readonly password: "dev-netki-password";
    };
};
export interface LoadConfigOptions {
    /** Environment variables (default: process.env). */
    readonly env?: Readonly<Record<string, string | undefined>>;
    /** A config file path (from --config); wins over KYC_CONFIG_FILE. */
    readonly configFile?: string;
    /** Settings given directly (file keys), e.g. by code that embeds the receiver; the highest precedence. */
    readonly overrides?: Readonly<Record<string, unknown>>;
    /** Development mode from --dev. */
    readonly devMode?: boolean;
}
/**
 * Reads and validates the configuration. Throws a {@link ConfigError} with a one-line message naming the
 * first bad setting.
 */
export declare function loadConfig(options?: LoadConfigOptions): ReceiverConfig;
/** The `--help` text: usage and every setting with its file key and default. */
export declare function helpText(): string;
/** The README's settings table (Markdown), from the settings above; a test keeps the README in step. */
export declare function settingsTable(): string;
//# sourceMappingURL=config.d.ts.map