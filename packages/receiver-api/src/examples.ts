import { createHash } from "node:crypto";
import { isJsonMediaType } from "@kyc-webhooks/core";
import type { Fixture, Warning } from "@kyc-webhooks/core";
import { listFixtures as jumioFixtures } from "@kyc-webhooks/jumio/fixtures";
import { listFixtures as netkiFixtures } from "@kyc-webhooks/netki/fixtures";
import { normalizeRaw } from "@kyc-webhooks/normalized";
import type { NormalizedEvent, ProviderName } from "@kyc-webhooks/normalized";
import { listFixtures as ondatoFixtures } from "@kyc-webhooks/ondato/fixtures";
import { getFixture as shuftiFixture, listFixtures as shuftiFixtures } from "@kyc-webhooks/shufti/fixtures";
import type * as z from "zod";
import { encodeCursor } from "./cursors.js";
import type { ReceiverRoute } from "./route.js";
import { encodeVerificationCursor } from "./verification-cursor.js";

/*
 * The examples of the receiver's document (receiver-openapi.json, GET /openapi.json): what the receiver answers about
 * real callbacks, the provider packages' fixtures (the providers' own document samples, their sample data only). A
 * Shufti `verification.accepted` sample arrives, is stored as event 42 and normalized by `normalizeRaw`; a redelivery
 * of it follows; a Shufti sample that is not JSON is quarantined. The event's normalized form, eventId, hash and size
 * are computed from the fixture; ids, times, addresses (RFC 5737 documentation addresses), request ids and tokens are
 * obviously made up. The document builder checks every value against its schema and finds, inside these, the examples
 * of the components they contain (EventSummary in EventListResponse, NormalizedEvent in EventDetail, ...).
 */

const at = (minute: number) => `2026-01-15T10:${String(minute).padStart(2, "0")}:00.000Z`;
const requestId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
/** As the event travels in a body: JSON, undefined fields absent. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A Shufti fixture as the receiver stores it: normalized tolerantly, with the warnings of the rules it breaks. */
function stored(name: string): { readonly fixture: Fixture; readonly event: NormalizedEvent; readonly warnings: readonly Warning[] } {
  const fixture = shuftiFixture(name);
  const result = normalizeRaw(fixture.body, { contentType: fixture.contentType, provider: "shufti", strictness: "tolerant" });
  if (!result.ok) throw new Error(`The Shufti fixture ${name} does not normalize`);
  return { fixture, event: asJson(result.event), warnings: asJson(result.warnings) };
}

/** The provider's valid JSON callback fixtures that the route's body schema takes, at most three. */
function callbackBodies(provider: ProviderName, schema: z.ZodType): unknown[] {
  const lists: Record<ProviderName, () => Fixture[]> = { jumio: jumioFixtures, netki: netkiFixtures, ondato: ondatoFixtures, shufti: shuftiFixtures };
  return lists[provider]()
    .filter((fixture) => fixture.valid && fixture.breaks === undefined && isJsonMediaType(fixture.contentType))
    .map((fixture) => JSON.parse(fixture.text) as unknown)
    .filter((value) => schema.safeParse(value).success)
    .slice(0, 3);
}

/** The examples of the receiver's components, by component name, for the route table given (its callback bodies). */
export function receiverExamples(routes: readonly ReceiverRoute[]): Record<string, unknown[]> {
  const accepted = stored("verification.accepted");
  const cancelled = stored("verification.cancelled");
  const warned = stored("invalid/request.received.bad-country");
  const brokenFixture = shuftiFixture("invalid/verification.declined.missing-comma");
  const broken = normalizeRaw(brokenFixture.body, { contentType: brokenFixture.contentType, provider: "shufti", strictness: "tolerant" });
  if (broken.ok) throw new Error("The Shufti fixture invalid/verification.declined.missing-comma normalizes");
  const { event } = accepted;

  const summary = {
    id: "42",
    eventId: event.eventId,
    provider: event.provider,
    kind: event.providerKind,
    receivedAt: at(0),
    lastReceivedAt: at(5),
    deliveries: 2,
    quarantined: false,
    issueCount: 0,
    warningCount: 0,
    status: event.status,
    type: event.type,
    reference: event.reference ?? null,
    merchantReference: event.merchantReference ?? null,
    occurredAt: event.occurredAt ?? null,
    personalDataRemoved: null,
  };
  const purgedSummary = {
    ...summary,
    id: "41",
    eventId: cancelled.event.eventId,
    kind: cancelled.event.providerKind,
    receivedAt: at(1),
    lastReceivedAt: at(1),
    deliveries: 1,
    status: cancelled.event.status,
    type: cancelled.event.type,
    reference: cancelled.event.reference ?? null,
    merchantReference: cancelled.event.merchantReference ?? null,
    occurredAt: cancelled.event.occurredAt ?? null,
    personalDataRemoved: { at: at(30), reason: "retention" },
  };
  const issues = asJson(broken.issues);
  const quarantinedSummary = {
    ...summary,
    id: "43",
    eventId: broken.eventId ?? "",
    receivedAt: at(7),
    lastReceivedAt: at(7),
    deliveries: 1,
    quarantined: true,
    issueCount: issues.length,
    status: null,
    type: null,
    reference: null,
    merchantReference: null,
    occurredAt: null,
  };
  const headers = { "content-type": accepted.fixture.contentType, "user-agent": "ShuftiPro-Webhook" };
  const first = { requestId: requestId(1), receivedAt: at(0), sourceIp: "203.0.113.10", duplicate: false, bodySha256: sha256(accepted.fixture.body), sameBody: true };
  const detail = {
    ...summary,
    normalized: event,
    issues: [],
    warnings: [],
    decoded: null,
    contentType: accepted.fixture.contentType,
    sourceIp: first.sourceIp,
    headers,
    bodySha256: first.bodySha256,
    bodyBytes: accepted.fixture.body.byteLength,
    deliveryLog: [first, { ...first, requestId: requestId(2), receivedAt: at(5), duplicate: true }],
    tombstone: null,
  };
  const warnedDetail = {
    ...detail,
    id: "44",
    eventId: warned.event.eventId,
    kind: warned.event.providerKind,
    receivedAt: at(9),
    lastReceivedAt: at(9),
    deliveries: 1,
    warningCount: warned.warnings.length,
    status: warned.event.status,
    type: warned.event.type,
    reference: warned.event.reference ?? null,
    merchantReference: warned.event.merchantReference ?? null,
    occurredAt: warned.event.occurredAt ?? null,
    normalized: warned.event,
    warnings: warned.warnings,
    bodySha256: sha256(warned.fixture.body),
    bodyBytes: warned.fixture.body.byteLength,
    deliveryLog: [{ ...first, requestId: requestId(6), receivedAt: at(9), bodySha256: sha256(warned.fixture.body) }],
  };
  const quarantinedDetail = {
    ...quarantinedSummary,
    normalized: null,
    issues,
    warnings: [],
    decoded: null,
    contentType: brokenFixture.contentType,
    sourceIp: first.sourceIp,
    headers,
    bodySha256: sha256(brokenFixture.body),
    bodyBytes: brokenFixture.body.byteLength,
    deliveryLog: [{ ...first, requestId: requestId(3), receivedAt: at(7), bodySha256: sha256(brokenFixture.body) }],
    rawBody: { encoding: "utf8", data: brokenFixture.text },
    tombstone: null,
  };
  const tombstone = { requestedBy: "admin", reason: "request", requestedAt: at(40), lastPurgedAt: at(40) };
  const eventRef = { id: summary.id, eventId: event.eventId, kind: event.providerKind, occurredAt: summary.occurredAt, receivedAt: summary.receivedAt };
  const verification = {
    provider: event.provider,
    reference: event.reference ?? "",
    status: event.status,
    providerStatus: event.providerKind,
    final: event.finality === "final",
    needsRefresh: event.needsRefresh,
    updatedAt: at(5),
    eventCount: 1,
    conflictCount: 0,
    event: eventRef,
  };
  const history = { ...eventRef, status: event.status, providerStatus: event.providerKind, deliveries: 2, outcome: "applied" };
  const delivery = {
    id: "7",
    messageId: "msg_00000000000000000000000007",
    eventRowId: summary.id,
    eventId: event.eventId,
    endpoint: "https://crm.example.com/kyc-events",
    state: "succeeded",
    attempts: 2,
    nextAttemptAt: null,
    lastStatusCode: 200,
    lastError: null,
    createdAt: at(0),
    updatedAt: at(1),
    deliveredAt: at(1),
  };
  const attempt = { attempt: 1, worker: "receiver-1", startedAt: at(0), durationMs: 15000, ok: false, statusCode: null, error: "timeout after 15000 ms" };
  const pending = { ...delivery, id: "8", messageId: "msg_00000000000000000000000008", state: "pending", attempts: 0, nextAttemptAt: at(50), lastStatusCode: null, createdAt: at(50), updatedAt: at(50), deliveredAt: null };

  const examples: Record<string, unknown[]> = {
    ApiError: [
      { error: "unauthenticated", message: "The admin token is missing or wrong: send Authorization: Bearer <KYC_ADMIN_TOKEN>.", requestId: requestId(4) },
      { error: "invalid_query", message: "limit must be an integer from 1 to 500", requestId: requestId(5) },
    ],
    CallbackAck: [
      { received: true, id: summary.id, eventId: event.eventId, duplicate: false, quarantined: false, requestId: first.requestId },
      { received: true, id: summary.id, eventId: event.eventId, duplicate: true, quarantined: false, requestId: requestId(2) },
      { received: true, id: quarantinedSummary.id, eventId: quarantinedSummary.eventId, duplicate: false, quarantined: true, requestId: requestId(3) },
    ],
    EventListResponse: [{ events: [quarantinedSummary, summary, purgedSummary], nextCursor: encodeCursor(purgedSummary.id) }],
    EventDetail: [detail, warnedDetail, quarantinedDetail],
    VerificationListResponse: [{ verifications: [verification], nextCursor: encodeVerificationCursor({ updatedAt: Date.parse(verification.updatedAt), id: summary.id }) }],
    VerificationDetail: [{ ...verification, history: [history], tombstone: null }, { ...verification, history: [history], tombstone }],
    PurgeResponse: [{ provider: event.provider, reference: verification.reference, purgedEvents: 1, cancelledDeliveries: 0, tombstone }],
    RekeyResponse: [{ keyId: "2026-01", values: 128 }],
    DeliveryListResponse: [{ deliveries: [pending, delivery], nextCursor: null }],
    DeliveryDetail: [{ ...delivery, attemptLog: [attempt, { ...attempt, attempt: 2, startedAt: at(1), durationMs: 84, ok: true, statusCode: 200, error: null }] }],
    RedeliverResponse: [{ deliveries: [pending] }],
    OutboundMessage: [{ type: `kyc.${event.type}`, timestamp: summary.receivedAt, data: { id: summary.id, eventId: event.eventId, provider: event.provider, outcome: "applied", event, verification } }],
    Health: [{ status: "ok" }],
    Ready: [{ status: "ready", database: "sqlite" }],
    NotReady: [{ status: "shutting_down", database: "postgres" }, { status: "database_unreachable" }],
    TokenRequest: [{ grant_type: "client_credentials" }, { grant_type: "client_credentials", client_id: "ondato-webhooks", client_secret: "example-client-secret" }],
    TokenResponse: [{ access_token: "example-access-token-not-a-real-one", token_type: "Bearer", expires_in: 3600 }],
    OAuthError: [{ error: "invalid_client", error_description: "The client id or secret is wrong." }],
  };
  for (const route of routes) {
    const provider = /^\/webhooks\/(jumio|netki|ondato|shufti)$/.exec(route.path)?.[1] as ProviderName | undefined;
    if (provider === undefined) continue;
    for (const content of route.requestBody?.content ?? []) {
      const name = Object.entries(route.components ?? {}).find(([, schema]) => schema === content.schema)?.[0];
      if (name !== undefined && content.schema !== undefined) examples[name] = callbackBodies(provider, content.schema);
    }
  }
  return examples;
}
