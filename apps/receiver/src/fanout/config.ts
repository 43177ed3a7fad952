import { z } from "zod";
import { defaultEndpointName, defaultSubjectPrefix, endpointFileSchema, httpEndpointFrom, httpUrlSchema, webhookSecretSchema } from "./endpoints.js";
import type { DeliveryTarget, HttpEndpoint } from "./endpoints.js";
import { fanoutModes } from "./policy.js";
import type { FanoutMode } from "./policy.js";
import { defaultRetrySchedule, parseRetrySchedule } from "./schedule.js";
import type { RetrySchedule } from "./schedule.js";
import { declare, flag, intBetween, splitList } from "../setting.js";
import type { DeclaredSetting, Setting } from "../setting.js";

/*
 * The fan-out settings, each declared once with its environment variable, config file key, default and
 * zod schema; the receiver's configuration table includes them (config.ts), so that --help, the README and
 * the validation read them like every other setting.
 */

export interface FanoutConfig {
  readonly targets: readonly DeliveryTarget[];
  readonly mode: FanoutMode;
  readonly schedule: RetrySchedule;
  readonly timeoutMs: number;
  readonly leaseMs: number;
  readonly concurrency: number;
  readonly pollIntervalMs: number;
  /** Whether this receiver runs a delivery worker (false: it only queues, others deliver). */
  readonly deliver: boolean;
}

export type FanoutSetting = Setting<"outbound">;



const commaList = <T extends z.ZodType>(entry: T) => z.preprocess(splitList, z.array(entry).min(1, { error: "must not be empty" }));

const jsonText = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    if (typeof value !== "string") return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }, schema);

export const fanoutSettings: readonly DeclaredSetting<"outbound">[] = ([
  { group: "outbound", env: "KYC_OUTBOUND_URLS", key: "outbound.urls", description: "Comma-separated HTTP endpoints that receive every event, signed per Standard Webhooks with KYC_OUTBOUND_SECRET.", schema: commaList(httpUrlSchema) },
  {
    group: "outbound",
   
    env: "KYC_OUTBOUND_SECRET",
    key: "outbound.secret",
    secret: true,
    description: "The whsec_ secret that signs messages to KYC_OUTBOUND_URLS; during a rotation, several separated by spaces (each signature is sent).",
    schema: z.preprocess((value) => (typeof value === "string" ? value.split(/\s+/).filter((part) => part !== "") : value), z.array(webhookSecretSchema).min(1, { error: "must not be empty" })),
  },
  {
    group: "outbound",
   
    env: "KYC_OUTBOUND_ENDPOINTS",
    key: "outbound.endpoints",
    description: 'Endpoints, each with its own secret(s), event-type filter and extra headers: a JSON array of {"url", "secret" or "secrets", "name"?, "eventTypes"?, "headers"?} (in the config file, a plain array).',
    schema: jsonText(z.array(endpointFileSchema, { error: "must be a JSON array of endpoints" })),
  },
  { group: "outbound", env: "KYC_OUTBOUND_EVENTS", key: "outbound.events", default: "all", description: "What is sent: `all` (every new event except redeliveries and older events that changed nothing) or `changes` (only events that changed a verification's state).", schema: z.enum(fanoutModes as [FanoutMode, ...FanoutMode[]], { error: "must be all or changes" }) },
  {
    group: "outbound",
   
    env: "KYC_OUTBOUND_RETRY_SCHEDULE",
    key: "outbound.retrySchedule",
    default: "0,5s,5m,30m,2h,5h,10h,10h",
    description: "Delay before each attempt (ms, s, m, h; ±20 % jitter); after the last one the delivery is dead-lettered. Default: Svix's schedule.",
    schema: z.preprocess((value) => (typeof value === "string" ? (parseRetrySchedule(value) ?? value) : value), z.array(z.number().int().min(0).max(7 * 24 * 3_600_000), { error: "must be a comma-separated list of durations such as 0,5s,5m,2h" }).min(1).max(50)),
  },
  { group: "outbound", env: "KYC_OUTBOUND_TIMEOUT_MS", key: "outbound.timeoutMs", default: "15000", description: "Time allowed for one delivery attempt, in milliseconds.", schema: intBetween(100, 300_000) },
  { group: "outbound", env: "KYC_OUTBOUND_LEASE_MS", key: "outbound.leaseMs", description: "How long a receiver holds a claimed delivery; another receiver takes it over after this (default: the timeout plus 30 s).", schema: intBetween(200, 3_600_000) },
  { group: "outbound", env: "KYC_OUTBOUND_CONCURRENCY", key: "outbound.concurrency", default: "16", description: "Delivery attempts in flight at once in this receiver.", schema: intBetween(1, 256) },
  { group: "outbound", env: "KYC_OUTBOUND_POLL_MS", key: "outbound.pollIntervalMs", default: "500", description: "How often an idle receiver looks for due deliveries (events it stores itself are sent at once).", schema: intBetween(10, 60_000) },
  { group: "outbound", env: "KYC_OUTBOUND_DELIVER", key: "outbound.deliver", default: "true", description: "Whether this receiver delivers; false: it only queues, and other receivers on the same PostgreSQL deliver.", schema: flag() },
  { group: "outbound", env: "KYC_NATS_URL", key: "nats.url", description: "Publish every event to NATS JetStream at this address (nats://host:4222; several comma-separated), subject kyc.<provider>.<status>, Nats-Msg-Id set for deduplication.", schema: z.string().min(1).regex(/^(nats|tls):\/\/[^\s,]+(,\s*(nats|tls):\/\/[^\s,]+)*$/, { error: "must be nats://host:port (several comma-separated)" }) },
  { group: "outbound", env: "KYC_NATS_STREAM", key: "nats.stream", default: "KYC_EVENTS", description: "The JetStream stream, created (subjects kyc.>) when missing.", schema: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "must be a stream name (letters, digits, _ and -)" }) },
  { group: "outbound", env: "KYC_NATS_SUBJECT_PREFIX", key: "nats.subjectPrefix", default: defaultSubjectPrefix, description: "The first token of the subjects (kyc.<provider>.<status>).", schema: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "must be one subject token" }) },
] satisfies FanoutSetting[]).map(declare);

export class FanoutConfigError extends Error {
  readonly setting: string;
  constructor(message: string, setting: string) {
    super(message);
    this.setting = setting;
  }
}

/** The fan-out configuration from validated setting values (keyed by file key). */
export function resolveFanout(values: Readonly<Record<string, unknown>>): FanoutConfig {
  const urls = values["outbound.urls"] as string[] | undefined;
  const secrets = values["outbound.secret"] as string[] | undefined;
  if (urls !== undefined && secrets === undefined) throw new FanoutConfigError("Invalid setting KYC_OUTBOUND_SECRET: required when KYC_OUTBOUND_URLS is set (a whsec_ secret)", "KYC_OUTBOUND_SECRET");
  const endpoints: HttpEndpoint[] = [
    ...(urls ?? []).map((url): HttpEndpoint => ({ kind: "http", name: defaultEndpointName(url), url, secrets: secrets ?? [], headers: {} })),
    ...((values["outbound.endpoints"] as z.infer<typeof endpointFileSchema>[] | undefined) ?? []).map(httpEndpointFrom),
  ];
  const names = new Set<string>();
  for (const endpoint of endpoints) {
    if (names.has(endpoint.name) || endpoint.name === "nats") {
      throw new FanoutConfigError(`Invalid setting KYC_OUTBOUND_ENDPOINTS: two endpoints are named ${endpoint.name}; give one a "name"`, "KYC_OUTBOUND_ENDPOINTS");
    }
    names.add(endpoint.name);
  }
  const natsUrl = values["nats.url"] as string | undefined;
  const targets: DeliveryTarget[] = [
    ...endpoints,
    ...(natsUrl === undefined ? [] : [{ kind: "nats" as const, name: "nats" as const, url: natsUrl, stream: values["nats.stream"] as string, subjectPrefix: values["nats.subjectPrefix"] as string }]),
  ];
  const timeoutMs = (values["outbound.timeoutMs"] as number | undefined) ?? 15_000;
  const leaseMs = (values["outbound.leaseMs"] as number | undefined) ?? timeoutMs + 30_000;
  if (leaseMs <= timeoutMs) throw new FanoutConfigError("Invalid setting KYC_OUTBOUND_LEASE_MS: must be longer than KYC_OUTBOUND_TIMEOUT_MS (a lease must outlast an attempt)", "KYC_OUTBOUND_LEASE_MS");
  return {
    targets,
    mode: (values["outbound.events"] as FanoutMode | undefined) ?? "all",
    schedule: (values["outbound.retrySchedule"] as number[] | undefined) ?? defaultRetrySchedule,
    timeoutMs,
    leaseMs,
    concurrency: (values["outbound.concurrency"] as number | undefined) ?? 16,
    pollIntervalMs: (values["outbound.pollIntervalMs"] as number | undefined) ?? 500,
    deliver: (values["outbound.deliver"] as boolean | undefined) ?? true,
  };
}
