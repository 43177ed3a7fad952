import { readFileSync } from "node:fs";
import { z } from "zod";
import type { BasicCredentials } from "@kyc-webhooks/core";
import { jumioCallbackIpAllowlists } from "@kyc-webhooks/jumio";
import { receiverRoutes } from "@kyc-webhooks/receiver-api";
import { parseAddressEntry } from "./addresses.js";
import { declare, flag, intBetween, listOf, oneOf, splitList, text } from "./setting.js";
import type { DeclaredSetting, Setting } from "./setting.js";
import { FanoutConfigError, fanoutSettings, resolveFanout } from "./fanout/config.js";
import type { FanoutConfig } from "./fanout/config.js";
import { PrivacyConfigError, privacySettings, resolvePrivacy } from "./privacy/config.js";
import type { PrivacyConfig } from "./privacy/config.js";

/*
 * The receiver's configuration: environment variables (prefixed KYC_, plus DATABASE_URL) over an optional
 * JSON config file (`--config file.json` or KYC_CONFIG_FILE), validated with zod at start. A bad setting is
 * a ConfigError whose message is one line naming the setting; secrets are never echoed.
 *
 * One table lists every setting, each a zod schema with its metadata (setting.ts); `--help`, the README's settings
 * table, the error messages and the validation all read it.
 */

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
  readonly oauth2?: { readonly clientId: string; readonly clientSecret: string; readonly tokenTtlSeconds: number };
  /** Optional extra check: only Ondato's published webhook IPs (`default`) or your own list. */
  readonly ipAllowlist?: "default" | readonly string[];
}
/** Netki: basic auth with the callback_credentials you set at Netki, or `noauth` when you chose that scheme. */
export type NetkiAuthConfig = ({ readonly scheme: "basic"; readonly basic: BasicCredentials } | { readonly scheme: "noauth" }) & {
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

export type SqliteWriterMode = "thread" | "inline";

export interface ReceiverConfig {
  readonly port: number;
  readonly host: string;
  /** `sqlite:<file>`, `sqlite::memory:` or `postgres://…`. */
  readonly databaseUrl: string;
  /** PostgreSQL schema for the receiver's tables (created when missing). */
  readonly databaseSchema?: string;
  /** SQLite file: where callbacks are written, in a worker thread of their own or on the event loop. */
  readonly sqliteWriter: SqliteWriterMode;
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
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  readonly setting: string | undefined;
  constructor(message: string, setting?: string) {
    super(message);
    this.setting = setting;
  }
}

const jumioListIds = new Set<string>(jumioCallbackIpAllowlists.map((list) => list.id));
const isIpOrCidr = (entry: string): boolean => parseAddressEntry(entry) !== undefined;
const keyword = (value: unknown, keywords: readonly string[]): unknown =>
  typeof value === "string" && keywords.includes(value.trim().toLowerCase()) ? value.trim().toLowerCase() : splitList(value);

/** `default`, `any`, or IP addresses / CIDR ranges. */
const ondatoIpList = z.preprocess(
  (value) => keyword(value, ["default", "any"]),
  z.union([
    z.literal(["default", "any"]),
    z.array(z.string().refine(isIpOrCidr), { error: "must be `default`, `any` or a comma-separated list of IP addresses / CIDR ranges" }).min(1, { error: "must not be empty" }),
  ], { error: "must be `default`, `any` or a comma-separated list of IP addresses / CIDR ranges" }),
);

/** `default`, `all`, `any`, or IP addresses, CIDR ranges and Jumio list ids. */
const jumioIpList = z.preprocess(
  (value) => keyword(value, ["default", "any", "all"]),
  z.union([z.literal(["default", "any", "all"]), z.array(z.string().refine((entry) => isIpOrCidr(entry) || jumioListIds.has(entry))).min(1)], {
    error: "must be `default`, `all`, `any` or a comma-separated list of IP addresses, CIDR ranges (IPv4 or IPv6) and Jumio list ids",
  }),
);

/** A count of proxy hops, or proxy addresses / CIDR ranges. */
const proxyList = z.preprocess(
  (value) => (typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : splitList(value)),
  z.union([z.number().int().min(0).max(32), z.array(z.string().refine(isIpOrCidr))], {
    error: "must be a number of proxy hops (0-32) or a comma-separated list of proxy addresses / CIDR ranges",
  }),
);

/** Every setting the receiver reads, in the order of `--help` and the README. */
export const settings: readonly DeclaredSetting[] = [
  ...([
  { group: "server", env: "KYC_CONFIG_FILE", key: "configFile", description: "JSON config file with any of the settings below under their file keys (also --config <file>). Environment variables win over the file.", schema: text() },
  { group: "server", env: "KYC_PORT", key: "port", default: "8080", description: "TCP port to listen on (0 picks a free one).", schema: intBetween(0, 65535) },
  { group: "server", env: "KYC_HOST", key: "host", default: "127.0.0.1", description: "Address to listen on; set 0.0.0.0 (or ::) to accept callbacks from other machines.", schema: text() },
  { group: "server", env: "DATABASE_URL", key: "databaseUrl", default: "sqlite:./data/kyc-webhooks.db", description: "Storage: sqlite:<file> (relative to the working directory, created on first start), sqlite::memory:, or postgres://user:password@host:port/db.", schema: text() },
  { group: "server", env: "KYC_DATABASE_SCHEMA", key: "databaseSchema", description: "PostgreSQL only: the schema holding the receiver's tables (created when missing). Default: the connection's search_path (public).", schema: text() },
  { group: "server", env: "KYC_SQLITE_WRITER", key: "sqliteWriter", default: "thread", description: "SQLite file only: `thread` writes callbacks (statements, COMMIT, fsync) from a worker thread with a connection of its own, so that the event loop serving requests never waits for the disk; `inline` writes them on the event loop.", schema: oneOf(["thread", "inline"]) },
  { group: "server", env: "KYC_ADMIN_TOKEN", key: "adminToken", secret: true, description: "Bearer token for GET /events and GET /events/{id} (at least 16 characters). Without it the events API answers 403.", schema: text() },
  { group: "server", env: "KYC_LOG_LEVEL", key: "logLevel", default: "info", description: "Lowest level of the JSON log lines written to stdout.", schema: oneOf(["debug", "info", "warn", "error"]) },
  { group: "server", env: "KYC_TRUSTED_PROXIES", key: "trustedProxies", default: "0", description: "Reverse proxies in front of the receiver whose X-Forwarded-For entries are believed: a count of hops, or a comma-separated list of proxy addresses/CIDR ranges. 0 ignores X-Forwarded-For (any client can send it).", schema: proxyList },
  { group: "server", env: "KYC_DEV_MODE", key: "devMode", default: "false", description: "Development only (also --dev): enables every provider not configured otherwise with well-known credentials, and an admin token. Refused unless KYC_HOST is a loopback address.", schema: flag() },
  { group: "limits", env: "KYC_MAX_BODY_BYTES", key: "limits.maxBodyBytes", default: "1048576", description: "Largest request body accepted, in bytes; larger bodies get 413 and are not stored.", schema: intBetween(1024, 104_857_600) },
  { group: "limits", env: "KYC_REQUEST_TIMEOUT_MS", key: "limits.requestTimeoutMs", default: "20000", description: "Time allowed to receive a whole request (headers and body), in milliseconds (Ondato waits 30 s for an answer).", schema: intBetween(1000, 600_000) },
  { group: "limits", env: "KYC_HEADERS_TIMEOUT_MS", key: "limits.headersTimeoutMs", default: "10000", description: "Time allowed to receive the request headers, in milliseconds.", schema: intBetween(1000, 600_000) },
  { group: "limits", env: "KYC_KEEP_ALIVE_TIMEOUT_MS", key: "limits.keepAliveTimeoutMs", default: "5000", description: "How long an idle keep-alive connection is kept open, in milliseconds.", schema: intBetween(0, 600_000) },
  { group: "limits", env: "KYC_SHUTDOWN_TIMEOUT_MS", key: "shutdownTimeoutMs", default: "10000", description: "At SIGTERM/SIGINT, how long in-flight requests may take to finish before connections are closed.", schema: intBetween(0, 600_000) },
  { group: "limits", env: "KYC_MAX_CONNECTIONS", key: "limits.maxConnections", default: "1024", description: "Most TCP connections served at once; a connection beyond it is closed as soon as it is accepted. Connections closing after a refusal do not count: the oldest of them is closed for a new one.", schema: intBetween(1, 1_000_000) },
  { group: "limits", env: "KYC_MAX_BUFFERED_BYTES", key: "limits.maxBufferedBytes", default: "67108864", description: "Most bytes of request bodies held in memory at once, all clients together (a body counts from its declared length, before it is read). A body beyond it gets 503 with Retry-After, unread, and its connection is closed.", schema: intBetween(1024, 17_179_869_184) },
  { group: "limits", env: "KYC_MAX_CLIENT_BUFFERED_BYTES", key: "limits.maxClientBufferedBytes", default: "8388608", description: "Most bytes of request bodies held in memory at once for one client address (after KYC_TRUSTED_PROXIES; IPv6 by /64). Beyond it: 429 with Retry-After, unread, connection closed. At least KYC_MAX_BODY_BYTES, at most KYC_MAX_BUFFERED_BYTES.", schema: intBetween(1024, 17_179_869_184) },
  { group: "limits", env: "KYC_MAX_CLIENT_REQUESTS", key: "limits.maxClientRequests", default: "32", description: "Most requests reading a body at once from one client address; beyond it: 429 with Retry-After, connection closed.", schema: intBetween(1, 1_000_000) },
  { group: "limits", env: "KYC_AUTH_FAILURE_BURST", key: "limits.authFailureBurst", default: "20", description: "Failed credentials (401, and 403 for an address outside an allowlist) one client address may have in a row, on the callbacks, the Ondato token endpoint and the admin APIs, before it gets 429 with Retry-After, its credentials unchecked. Only failures count: successful requests never throttle.", schema: intBetween(1, 1_000_000) },
  { group: "limits", env: "KYC_AUTH_FAILURES_PER_MINUTE", key: "limits.authFailuresPerMinute", default: "10", description: "Failures forgiven per minute and address (the refill of KYC_AUTH_FAILURE_BURST): a throttled address may try again after 60/this seconds.", schema: intBetween(1, 1_000_000) },
  { group: "jumio", env: "KYC_JUMIO_IP_ALLOWLIST", key: "jumio.ipAllowlist", description: `Enables Jumio. \`default\` or \`all\`: every list Jumio has published (the current platform's and both callback documents' lists, legacy Netverify ones included); or a comma-separated list of IP addresses, CIDR ranges (IPv4 or IPv6) and Jumio list ids (${jumioCallbackIpAllowlists.map((list) => list.id).join(", ")}); or \`any\` (only together with basic auth).`, schema: jumioIpList },
  { group: "jumio", env: "KYC_JUMIO_USERNAME", key: "jumio.username", description: "Optional basic auth for Jumio callbacks (the user:password you put in the callback URL).", schema: text() },
  { group: "jumio", env: "KYC_JUMIO_PASSWORD", key: "jumio.password", secret: true, description: "Password for KYC_JUMIO_USERNAME.", schema: text() },
  { group: "shufti", env: "KYC_SHUFTI_SECRET_KEY", key: "shufti.secretKey", secret: true, description: "Enables Shufti Pro: your secret key, which signs every callback over its raw body.", schema: text() },
  { group: "shufti", env: "KYC_SHUFTI_SIGNATURE_ALGORITHMS", key: "shufti.signatureAlgorithms", default: "v2,v1", description: "Signature rules accepted, in order: v2 = sha256(body + sha256(secret)) in `Signature`; v1 = sha256(body + secret) in `sp_signature` (2019 rule, Travel Rule). Pin the one your account uses.", schema: listOf(["v2", "v1"]) },
  { group: "ondato", env: "KYC_ONDATO_USERNAME", key: "ondato.username", description: "Enables Ondato with basic auth: the username of your webhook subscription.", schema: text() },
  { group: "ondato", env: "KYC_ONDATO_PASSWORD", key: "ondato.password", secret: true, description: "Password for KYC_ONDATO_USERNAME.", schema: text() },
  { group: "ondato", env: "KYC_ONDATO_CLIENT_ID", key: "ondato.clientId", description: "Enables Ondato with OAuth2 client credentials: Ondato gets a token from POST /webhooks/ondato/token (register that URL as tokenUrl) and sends it as a Bearer token.", schema: text() },
  { group: "ondato", env: "KYC_ONDATO_CLIENT_SECRET", key: "ondato.clientSecret", secret: true, description: "Client secret for KYC_ONDATO_CLIENT_ID.", schema: text() },
  { group: "ondato", env: "KYC_ONDATO_TOKEN_TTL_SECONDS", key: "ondato.tokenTtlSeconds", default: "3600", description: "Lifetime of the access tokens the token endpoint issues, in seconds (stored hashed in the database, so they work across restarts and instances).", schema: intBetween(60, 86_400) },
  { group: "ondato", env: "KYC_ONDATO_IP_ALLOWLIST", key: "ondato.ipAllowlist", description: "Optional extra check for Ondato: `default` (Ondato's published webhook IPs) or a comma-separated list.", schema: ondatoIpList },
  { group: "netki", env: "KYC_NETKI_AUTH", key: "netki.auth", description: "Netki's callback_authentication_scheme. `basic` (implied by KYC_NETKI_USERNAME) checks the credentials; `noauth` accepts every Netki callback unauthenticated and must be chosen explicitly.", schema: oneOf(["basic", "noauth"]) },
  { group: "netki", env: "KYC_NETKI_USERNAME", key: "netki.username", description: "Enables Netki with basic auth: the username in the callback_credentials you set at Netki.", schema: text() },
  { group: "netki", env: "KYC_NETKI_PASSWORD", key: "netki.password", secret: true, description: "Password for KYC_NETKI_USERNAME.", schema: text() },
  { group: "netki", env: "KYC_NETKI_EXPECTED_STATUS", key: "netki.expectedStatus", default: "200", description: "Netki's callback_expected_status: the exact status answered to Netki. Netki counts any other status as a failure and, after its retry limit, pauses ALL callbacks of the business.", schema: intBetween(200, 299) },
  ] satisfies Setting[]).map(declare),
  ...fanoutSettings,
  ...privacySettings,
];

/** The well-known credentials of development mode. Printed in the start-up log: they are not secrets. */
export const devCredentials = {
  adminToken: "dev-admin-token-not-secret",
  jumioIpAllowlist: ["127.0.0.1", "::1"],
  shuftiSecretKey: "dev-shufti-secret-key",
  ondato: { username: "ondato", password: "dev-ondato-password" },
  netki: { username: "netki", password: "dev-netki-password" },
} as const;

function describeSetting(setting: Setting, source: "env" | "file"): string {
  return source === "env" ? setting.env : `${setting.key} (config file)`;
}

/** Flattens `{"shufti": {"secretKey": "x"}}` to `{"shufti.secretKey": "x"}`. */
function flatten(value: unknown, prefix = "", out: Record<string, unknown> = {}): Record<string, unknown> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix === "" ? key : `${prefix}.${key}`, out);
  } else {
    out[prefix] = value;
  }
  return out;
}

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

function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw new ConfigError(`Config file ${path} cannot be read (${code})`, "configFile");
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigError(`Config file ${path} is not valid JSON`, "configFile");
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new ConfigError(`Config file ${path} must hold a JSON object`, "configFile");
  }
  const flat = flatten(parsed);
  const known = new Set(settings.map((setting) => setting.key));
  for (const key of Object.keys(flat)) {
    if (!known.has(key) || key === "configFile") throw new ConfigError(`Config file ${path}: unknown setting "${key}" (see --help for the file keys)`, key);
  }
  return flat;
}

/**
 * Reads and validates the configuration. Throws a {@link ConfigError} with a one-line message naming the
 * first bad setting.
 */
export function loadConfig(options: LoadConfigOptions = {}): ReceiverConfig {
  const env = options.env ?? process.env;
  const configFile = options.configFile ?? (env.KYC_CONFIG_FILE || undefined);
  const fromFile = configFile === undefined ? {} : readConfigFile(configFile);

  const values: Record<string, unknown> = {};
  for (const setting of settings) {
    if (setting.key === "configFile") continue;
    let raw: unknown;
    let source: "env" | "file" = "env";
    if (options.overrides && setting.key in options.overrides) raw = options.overrides[setting.key];
    else if (env[setting.env] !== undefined && env[setting.env] !== "") raw = env[setting.env];
    else if (setting.key in fromFile) {
      raw = fromFile[setting.key];
      source = "file";
    }
    if (raw === undefined) raw = setting.default;
    if (raw === undefined) continue;
    const parsed = setting.schema.safeParse(raw);
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? "is invalid";
      throw new ConfigError(`Invalid setting ${describeSetting(setting, source)}: ${message}`, setting.env);
    }
    values[setting.key] = parsed.data;
  }
  const devMode = options.devMode === true || values.devMode === true;
  return resolve(values, devMode);
}

function pair(values: Record<string, unknown>, userKey: string, passKey: string, userEnv: string, passEnv: string): BasicCredentials | undefined {
  const username = values[userKey] as string | undefined;
  const password = values[passKey] as string | undefined;
  if (username === undefined && password === undefined) return undefined;
  if (username === undefined) throw new ConfigError(`Invalid setting ${userEnv}: required when ${passEnv} is set`, userEnv);
  if (password === undefined) throw new ConfigError(`Invalid setting ${passEnv}: required when ${userEnv} is set`, passEnv);
  if (username.includes(":")) throw new ConfigError(`Invalid setting ${userEnv}: a basic auth username cannot contain ":"`, userEnv);
  return { username, password };
}

const loopbackHosts = new Set(["127.0.0.1", "::1", "localhost"]);

function resolve(values: Record<string, unknown>, devMode: boolean): ReceiverConfig {
  const databaseUrl = values.databaseUrl as string;
  if (!/^(sqlite:.+|postgres(ql)?:\/\/.+)$/.test(databaseUrl)) {
    throw new ConfigError("Invalid setting DATABASE_URL: must be sqlite:<file>, sqlite::memory: or postgres://…", "DATABASE_URL");
  }
  const databaseSchema = values.databaseSchema as string | undefined;
  if (databaseSchema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(databaseSchema)) {
    throw new ConfigError("Invalid setting KYC_DATABASE_SCHEMA: must be a plain identifier (letters, digits, _)", "KYC_DATABASE_SCHEMA");
  }
  let adminToken = values.adminToken as string | undefined;
  if (adminToken !== undefined && adminToken.length < 16) {
    throw new ConfigError("Invalid setting KYC_ADMIN_TOKEN: must be at least 16 characters", "KYC_ADMIN_TOKEN");
  }
  if ((values["limits.headersTimeoutMs"] as number) > (values["limits.requestTimeoutMs"] as number)) {
    throw new ConfigError("Invalid setting KYC_HEADERS_TIMEOUT_MS: must not exceed KYC_REQUEST_TIMEOUT_MS (the request timeout covers the headers too)", "KYC_HEADERS_TIMEOUT_MS");
  }
  const maxBodyBytes = values["limits.maxBodyBytes"] as number;
  const maxClientBufferedBytes = values["limits.maxClientBufferedBytes"] as number;
  const maxBufferedBytes = values["limits.maxBufferedBytes"] as number;
  if (maxClientBufferedBytes < maxBodyBytes) {
    throw new ConfigError("Invalid setting KYC_MAX_CLIENT_BUFFERED_BYTES: must be at least KYC_MAX_BODY_BYTES (a body of the largest size must fit)", "KYC_MAX_CLIENT_BUFFERED_BYTES");
  }
  if (maxBufferedBytes < maxClientBufferedBytes) {
    throw new ConfigError("Invalid setting KYC_MAX_BUFFERED_BYTES: must be at least KYC_MAX_CLIENT_BUFFERED_BYTES", "KYC_MAX_BUFFERED_BYTES");
  }
  const host = values.host as string;
  if (devMode && !loopbackHosts.has(host)) {
    throw new ConfigError(`Invalid setting KYC_DEV_MODE: development credentials are public, so dev mode only listens on a loopback address (KYC_HOST is ${host})`, "KYC_DEV_MODE");
  }

  // Jumio
  let jumio: JumioAuthConfig | undefined;
  const jumioBasic = pair(values, "jumio.username", "jumio.password", "KYC_JUMIO_USERNAME", "KYC_JUMIO_PASSWORD");
  const jumioList = values["jumio.ipAllowlist"] as JumioAuthConfig["ipAllowlist"] | undefined;
  if (jumioList === undefined && jumioBasic !== undefined) {
    throw new ConfigError("Invalid setting KYC_JUMIO_IP_ALLOWLIST: required to enable Jumio (default, any, or a list); basic auth alone is not Jumio's scheme", "KYC_JUMIO_IP_ALLOWLIST");
  }
  if (jumioList === "any" && jumioBasic === undefined) {
    throw new ConfigError("Invalid setting KYC_JUMIO_IP_ALLOWLIST: `any` would accept unauthenticated callbacks; set KYC_JUMIO_USERNAME and KYC_JUMIO_PASSWORD too", "KYC_JUMIO_IP_ALLOWLIST");
  }
  if (jumioList !== undefined) jumio = { ipAllowlist: jumioList, ...(jumioBasic ? { basic: jumioBasic } : {}) };

  // Shufti
  let shufti: ShuftiAuthConfig | undefined;
  const shuftiSecret = values["shufti.secretKey"] as string | undefined;
  if (shuftiSecret !== undefined) {
    shufti = { secretKey: shuftiSecret, algorithms: values["shufti.signatureAlgorithms"] as ShuftiSignatureAlgorithm[] };
  }

  // Ondato
  let ondato: OndatoAuthConfig | undefined;
  const ondatoBasic = pair(values, "ondato.username", "ondato.password", "KYC_ONDATO_USERNAME", "KYC_ONDATO_PASSWORD");
  const ondatoClient = pair(values, "ondato.clientId", "ondato.clientSecret", "KYC_ONDATO_CLIENT_ID", "KYC_ONDATO_CLIENT_SECRET");
  const ondatoIps = values["ondato.ipAllowlist"] as "default" | "any" | string[] | undefined;
  if (ondatoIps === "any") throw new ConfigError("Invalid setting KYC_ONDATO_IP_ALLOWLIST: must be `default` or a list (leave it unset for no IP check)", "KYC_ONDATO_IP_ALLOWLIST");
  if (ondatoBasic === undefined && ondatoClient === undefined && ondatoIps !== undefined) {
    throw new ConfigError("Invalid setting KYC_ONDATO_IP_ALLOWLIST: an IP check alone does not enable Ondato; set KYC_ONDATO_USERNAME/PASSWORD or KYC_ONDATO_CLIENT_ID/CLIENT_SECRET", "KYC_ONDATO_IP_ALLOWLIST");
  }
  if (ondatoBasic !== undefined || ondatoClient !== undefined) {
    ondato = {
      ...(ondatoBasic ? { basic: ondatoBasic } : {}),
      ...(ondatoClient
        ? { oauth2: { clientId: ondatoClient.username, clientSecret: ondatoClient.password, tokenTtlSeconds: values["ondato.tokenTtlSeconds"] as number } }
        : {}),
      ...(ondatoIps ? { ipAllowlist: ondatoIps } : {}),
    };
  }

  // Netki
  let netki: NetkiAuthConfig | undefined;
  const netkiBasic = pair(values, "netki.username", "netki.password", "KYC_NETKI_USERNAME", "KYC_NETKI_PASSWORD");
  const netkiScheme = values["netki.auth"] as "basic" | "noauth" | undefined;
  const expectedStatus = values["netki.expectedStatus"] as number;
  if (netkiScheme === "noauth") {
    if (netkiBasic) throw new ConfigError("Invalid setting KYC_NETKI_AUTH: noauth conflicts with KYC_NETKI_USERNAME/PASSWORD (Netki clears the credentials under noauth)", "KYC_NETKI_AUTH");
    netki = { scheme: "noauth", expectedStatus };
  } else if (netkiScheme === "basic" || netkiBasic) {
    if (!netkiBasic) throw new ConfigError("Invalid setting KYC_NETKI_USERNAME: required when KYC_NETKI_AUTH is basic", "KYC_NETKI_USERNAME");
    netki = { scheme: "basic", basic: netkiBasic, expectedStatus };
  }

  if (devMode) {
    adminToken ??= devCredentials.adminToken;
    jumio ??= { ipAllowlist: devCredentials.jumioIpAllowlist };
    shufti ??= { secretKey: devCredentials.shuftiSecretKey, algorithms: ["v2", "v1"] };
    ondato ??= { basic: devCredentials.ondato };
    netki ??= { scheme: "basic", basic: devCredentials.netki, expectedStatus };
  }

  let outbound: FanoutConfig;
  try {
    outbound = resolveFanout(values);
  } catch (error) {
    if (error instanceof FanoutConfigError) throw new ConfigError(error.message, error.setting);
    throw error;
  }

  let privacy: PrivacyConfig;
  try {
    privacy = resolvePrivacy(values);
  } catch (error) {
    if (error instanceof PrivacyConfigError) throw new ConfigError(error.message, error.setting);
    throw error;
  }

  return {
    outbound,
    privacy,
    port: values.port as number,
    host,
    databaseUrl,
    ...(databaseSchema ? { databaseSchema } : {}),
    sqliteWriter: values.sqliteWriter as SqliteWriterMode,
    ...(adminToken ? { adminToken } : {}),
    logLevel: values.logLevel as LogLevel,
    limits: {
      maxBodyBytes,
      requestTimeoutMs: values["limits.requestTimeoutMs"] as number,
      headersTimeoutMs: values["limits.headersTimeoutMs"] as number,
      keepAliveTimeoutMs: values["limits.keepAliveTimeoutMs"] as number,
      maxConnections: values["limits.maxConnections"] as number,
      maxBufferedBytes,
      maxClientBufferedBytes,
      maxClientRequests: values["limits.maxClientRequests"] as number,
      authFailureBurst: values["limits.authFailureBurst"] as number,
      authFailuresPerMinute: values["limits.authFailuresPerMinute"] as number,
    },
    shutdownTimeoutMs: values.shutdownTimeoutMs as number,
    trustedProxies: values.trustedProxies as number | string[],
    devMode,
    providers: { ...(jumio ? { jumio } : {}), ...(shufti ? { shufti } : {}), ...(ondato ? { ondato } : {}), ...(netki ? { netki } : {}) },
  };
}

/** The `--help` text: usage and every setting with its file key and default. */
export function helpText(): string {
  const lines = [
    "kyc-webhooks-receiver: authenticates, validates, normalizes and durably stores KYC provider callbacks.",
    "",
    "Usage: kyc-webhooks-receiver [--config <file.json>] [--dev] [--help]",
    "",
    "  --config <file>  JSON config file (same as KYC_CONFIG_FILE)",
    "  --dev            development mode (same as KYC_DEV_MODE=1)",
    "  --help           this text",
    "",
    "Settings (environment variable, config file key, default). Environment variables win over the file.",
  ];
  let group = "";
  for (const setting of settings) {
    if (setting.group !== group) {
      group = setting.group;
      lines.push("", `[${group}]`);
    }
    const meta = [`file key: ${setting.key === "configFile" ? "-" : setting.key}`];
    if (setting.default !== undefined) meta.push(`default: ${setting.default}`);
    if (setting.secret) meta.push("secret");
    lines.push(`  ${setting.env}  (${meta.join("; ")})`);
    lines.push(`      ${setting.description}`);
  }
  // The endpoints, from the route table the router is built from.
  lines.push("", "Endpoints (Bearer <KYC_ADMIN_TOKEN> where marked):");
  for (const route of receiverRoutes) lines.push(`  ${route.method.toUpperCase().padEnd(5)}${route.path}${route.security.includes("adminToken") ? "  (admin token)" : ""}`);
  return lines.join("\n");
}

/** The README's settings table (Markdown), from the settings above; a test keeps the README in step. */
export function settingsTable(): string {
  const rows = settings.map((setting) => {
    const key = setting.key === "configFile" ? "–" : `\`${setting.key}\``;
    const fallback = setting.default === undefined ? "" : `\`${setting.default}\``;
    return `| \`${setting.env}\` | ${key} | ${fallback} | ${setting.description}${setting.secret ? " (secret)" : ""} |`;
  });
  return ["| variable | file key | default | what it does |", "| --- | --- | --- | --- |", ...rows].join("\n");
}
