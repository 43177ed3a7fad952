import type { Fixture } from "@kyc-webhooks/core";
import * as jumio from "@kyc-webhooks/jumio";
import * as netki from "@kyc-webhooks/netki";
import * as ondato from "@kyc-webhooks/ondato";
import * as shufti from "@kyc-webhooks/shufti";
import type { EventDetail, EventListResponse } from "@kyc-webhooks/receiver-api";
import { loadConfig } from "../../src/config.js";
import type { ReceiverConfig } from "../../src/config.js";
import type { Logger } from "../../src/log.js";
import { startReceiver } from "../../src/server.js";
import type { RunningReceiver } from "../../src/server.js";
import type { BackendDatabase } from "./backends.js";

/** The credentials the test receivers are configured with, and what each provider sends. */
export const secrets = {
  adminToken: "test-admin-token-0123456789",
  shufti: "test-shufti-secret-key",
  ondato: { username: "ondato-user", password: "ondato-password-1" },
  ondatoClient: { clientId: "ondato-client", clientSecret: "ondato-client-secret-1" },
  netki: { username: "netki-user", password: "netki-password-1" },
  /** One of Jumio's published callback addresses (platform US), sent through the trusted proxy. */
  jumioIp: "34.202.241.227",
} as const;

/** The environment of a fully configured test receiver. */
export function testEnv(database: BackendDatabase, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: database.databaseUrl,
    ...(database.databaseSchema ? { KYC_DATABASE_SCHEMA: database.databaseSchema } : {}),
    KYC_PORT: "0",
    KYC_HOST: "127.0.0.1",
    KYC_ADMIN_TOKEN: secrets.adminToken,
    KYC_MAX_BODY_BYTES: "65536",
    // The test client stands in for a reverse proxy that appends the caller's address.
    KYC_TRUSTED_PROXIES: "1",
    KYC_JUMIO_IP_ALLOWLIST: "default",
    KYC_SHUFTI_SECRET_KEY: secrets.shufti,
    KYC_ONDATO_USERNAME: secrets.ondato.username,
    KYC_ONDATO_PASSWORD: secrets.ondato.password,
    KYC_ONDATO_CLIENT_ID: secrets.ondatoClient.clientId,
    KYC_ONDATO_CLIENT_SECRET: secrets.ondatoClient.clientSecret,
    KYC_NETKI_USERNAME: secrets.netki.username,
    KYC_NETKI_PASSWORD: secrets.netki.password,
    KYC_SHUTDOWN_TIMEOUT_MS: "5000",
    ...extra,
  };
}

export interface Harness {
  readonly receiver: RunningReceiver;
  readonly url: string;
  readonly config: ReceiverConfig;
  close(): Promise<void>;
}

export async function startHarness(env: Record<string, string>, logger: Logger): Promise<Harness> {
  const config = loadConfig({ env });
  const receiver = await startReceiver(config, { logger });
  return { receiver, url: receiver.url, config, close: () => receiver.close() };
}

/** The provider packages' senders, with the credentials the test receivers expect. */
export const senders = {
  jumio: jumio.createWebhooks({ ipAllowlist: [secrets.jumioIp] }),
  shufti: shufti.createWebhooks({ secretKey: secrets.shufti, signatureAlgorithms: ["v2"] }),
  ondato: ondato.createWebhooks(secrets.ondato),
  netki: netki.createWebhooks(secrets.netki),
} as const;

/**
 * The headers a provider sends with a fixture, from its package's simulate(): the content type and its proof of
 * origin. Jumio's address goes in X-Forwarded-For, which the receiver believes from its trusted proxy (the test client).
 */
export function providerHeaders(fixture: Pick<Fixture, "provider" | "contentType" | "body" | "headers">): Record<string, string> {
  const sender = senders[fixture.provider as keyof typeof senders];
  const delivery = sender.simulate({ name: "", body: fixture.body, contentType: fixture.contentType, ...(fixture.headers ? { headers: fixture.headers } : {}) });
  return { ...delivery.headers, ...(fixture.provider === "jumio" ? { "x-forwarded-for": delivery.remoteAddress } : {}) };
}

/** POSTs a fixture to the receiver as its provider would. */
export function deliver(url: string, fixture: Pick<Fixture, "provider" | "contentType" | "body" | "headers">, override: Record<string, string | undefined> = {}): Promise<Response> {
  const headers = providerHeaders(fixture);
  for (const [name, value] of Object.entries(override)) {
    if (value === undefined) delete headers[name];
    else headers[name] = value;
  }
  return fetch(`${url}/webhooks/${fixture.provider}`, { method: "POST", headers, body: new Uint8Array(fixture.body) });
}

export async function adminGet<T>(url: string, path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${secrets.adminToken}` } });
  return { status: response.status, body: (await response.json()) as T };
}

export async function getEvent(url: string, id: string, raw = false): Promise<EventDetail> {
  const { status, body } = await adminGet<EventDetail>(url, `/events/${encodeURIComponent(id)}${raw ? "?raw=1" : ""}`);
  if (status !== 200) throw new Error(`GET /events/${id} answered ${status}`);
  return body;
}

/** The newest stored event's id ("" when none): unchanged after a refused request means nothing was stored. */
export async function newestId(url: string): Promise<string> {
  const { body } = await adminGet<EventListResponse>(url, "/events?limit=1");
  return body.events[0]?.id ?? "";
}

/** Every stored event matching the query, following the cursor. */
export async function allEvents(url: string, query = ""): Promise<EventListResponse["events"][number][]> {
  const out: EventListResponse["events"][number][] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams(query);
    params.set("limit", "500");
    if (cursor) params.set("cursor", cursor);
    const { status, body }: { status: number; body: EventListResponse } = await adminGet<EventListResponse>(url, `/events?${params.toString()}`);
    if (status !== 200) throw new Error(`GET /events answered ${status}`);
    out.push(...body.events);
    cursor = body.nextCursor;
  } while (cursor);
  return out;
}
