import { identifyDelivery, reduceVerification, verificationEventOf, verificationReferenceOf } from "@kyc-webhooks/normalized";
import type { NormalizedEvent, ProviderName, Status, VerificationOutcome, VerificationState } from "@kyc-webhooks/normalized";
import { decodeVerificationCursor, encodeVerificationCursor } from "@kyc-webhooks/receiver-api";
import type { StoredEventInput } from "../fanout/policy.js";
import { defaultPageSize, indexable, maxPageSize, toJson } from "./types.js";
import type { DeliveryInput } from "./types.js";
import type { StoredTombstone, StoredVerification, StoredVerificationDetail, VerificationFilter, VerificationPage } from "./records.js";
import { StoredValues } from "../privacy/stored-values.js";

const plainValues = new StoredValues();

/*
 * The verification state in storage, shared by both backends: which verification a delivery belongs to,
 * whether it is a redelivery or a new event (@kyc-webhooks/normalized's identifyDelivery), what it does
 * to the verification (reduceVerification), and the SQL both backends run for it, in the transaction
 * that stores the event. SQL is written with `?` placeholders; PostgreSQL numbers them ({@link numbered}).
 */

/** How a backend writes times and booleans. */
export interface Dialect {
  readonly time: (ms: number) => unknown;
  readonly bool: (value: boolean) => unknown;
}

/** `?` placeholders as `$1`, `$2`, … (PostgreSQL). */
export function numbered(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

function toMs(value: unknown): number {
  return value instanceof Date ? value.getTime() : Number(value);
}

function toBool(value: unknown): boolean {
  return value === true || value === 1 || value === "1";
}

function text(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** A stored event as the identity decision reads it. */
export interface StoredEventRow {
  readonly event_id: string;
  readonly content_key: string | null;
  readonly received_at: unknown;
}

export const latestEventSql = "SELECT event_id, content_key, received_at FROM kyc_events WHERE provider = ? AND verification_reference = ? ORDER BY id DESC LIMIT 1";
export const eventByKeySql = "SELECT event_id, content_key, received_at FROM kyc_events WHERE event_id = ?";
export const countByContentKeySql = "SELECT COUNT(*) AS n FROM kyc_events WHERE content_key = ?";
/**
 * SQLite's {@link countByContentKeySql}, through the event_id index (migration 006): the occurrences of a content key K
 * have the ids K and K#<n>, which sort in [K, K$) bytewise; the content_key test keeps exactly the ones of K.
 */
export const countByContentKeySqliteSql = "SELECT COUNT(*) AS n FROM kyc_events WHERE event_id >= @key AND event_id < @key || '$' AND content_key = @key";
export const verificationColumns =
  "id, provider, reference, status, provider_status, final, needs_refresh, event_row, event_id, event_kind, event_occurred_at, order_instant, order_tiebreak, set_at, updated_at, event_count, conflict_count";
export const verificationSql = `SELECT ${verificationColumns} FROM kyc_verifications WHERE provider = ? AND reference = ?`;
export const historySql =
  "SELECT id, event_id, kind, status, provider_status, occurred_at, received_at, delivery_count, outcome FROM kyc_events WHERE provider = ? AND verification_reference = ? ORDER BY id";
/** The columns {@link upsertVerificationParams} gives values for, in order (`event_row` is the seventh). */
export const upsertVerificationColumns = `provider, reference, status, provider_status, final, needs_refresh, event_row, event_id, event_kind,
    event_occurred_at, order_instant, order_tiebreak, set_at, updated_at, event_count, conflict_count`;
/** What an upsert of a verification does to the row it meets. */
export const upsertVerificationConflict = `ON CONFLICT (provider, reference) DO UPDATE SET status = excluded.status, provider_status = excluded.provider_status, final = excluded.final,
    needs_refresh = excluded.needs_refresh, event_row = excluded.event_row, event_id = excluded.event_id, event_kind = excluded.event_kind,
    event_occurred_at = excluded.event_occurred_at, order_instant = excluded.order_instant, order_tiebreak = excluded.order_tiebreak,
    set_at = excluded.set_at, updated_at = excluded.updated_at, event_count = excluded.event_count, conflict_count = excluded.conflict_count`;
export const upsertVerificationSql = `INSERT INTO kyc_verifications (${upsertVerificationColumns})
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ${upsertVerificationConflict}`;

/** A delivery's row: the columns, in the order the backends give their values. */
export const insertDeliveryColumns = "event_row, request_id, received_at, source_ip, headers, body_sha256, raw_body, duplicate";
export const insertDeliverySql = `INSERT INTO kyc_deliveries (${insertDeliveryColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

/** Stores a new event (`RETURNING id`; nothing when its event_id is stored already). */
export const insertEventSql = `INSERT INTO kyc_events (event_id, content_key, provider, kind, received_at, last_received_at, delivery_count, request_id, source_ip,
    content_type, headers, raw_body, body_sha256, quarantined, issue_count, issues, decoded, normalized, status, type, reference, merchant_reference,
    occurred_at, verification_reference, provider_status, outcome, quarantined_reference)
  VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (event_id) DO NOTHING RETURNING id`;

/** The parameters of {@link insertEventSql}: the delivery stored as the event `eventId`, with what it did to its verification. */
export function insertEventParams(input: DeliveryInput, eventId: string, verification: NewEventVerification | undefined, dialect: Dialect, values: StoredValues = plainValues): unknown[] {
  const receivedAt = dialect.time(input.receivedAt);
  return [
    eventId,
    input.eventId,
    input.provider,
    indexable(input.kind),
    receivedAt,
    receivedAt,
    input.requestId,
    input.sourceIp ?? null,
    input.contentType ?? null,
    toJson(input.headers),
    values.body(input.body),
    input.bodySha256,
    dialect.bool(input.quarantined),
    input.issues.length,
    toJson(input.issues),
    input.quarantined && input.decoded !== undefined ? values.text(toJson(input.decoded)) : null,
    input.normalized ? values.normalized(input.normalized, input.normalizedJson) : null,
    input.normalized?.status ?? null,
    input.normalized?.type ?? null,
    indexable(input.normalized?.reference),
    indexable(input.normalized?.merchantReference),
    indexable(input.normalized?.occurredAt),
    verification?.reference ?? null,
    verification?.providerStatus ?? null,
    verification?.outcome ?? null,
    quarantinedReferenceOf(input),
  ];
}

/** A quarantined delivery's best-effort reference as stored (indexable, never empty), or null. */
export function quarantinedReferenceOf(input: Pick<DeliveryInput, "quarantined" | "quarantinedReference">): string | null {
  if (!input.quarantined) return null;
  const reference = indexable(input.quarantinedReference);
  return reference === null || reference === "" ? null : reference;
}

/** A kyc_verifications row as a backend returns it (times and booleans in the backend's types). */
export type RawVerificationRow = Readonly<Record<string, unknown>>;

/** The verification a delivery belongs to, if it names one (a valid, normalized event with a reference). */
export function verificationTarget(input: DeliveryInput): { readonly provider: ProviderName; readonly reference: string } | undefined {
  if (!input.normalized) return undefined;
  const reference = indexable(verificationReferenceOf(input.normalized));
  return reference === null || reference === "" ? undefined : { provider: input.provider, reference };
}

export interface DeliveryLookups {
  readonly latest: StoredEventRow | undefined;
  readonly sameKey: StoredEventRow | undefined;
  readonly sameKeyCount: number;
  readonly current: RawVerificationRow | undefined;
}

export interface NewEventVerification {
  readonly reference: string;
  readonly providerStatus: string | null;
  readonly outcome: VerificationOutcome;
  readonly state: VerificationState;
  /** Whether this event set the state (its row becomes the verification's event_row). */
  readonly setsState: boolean;
  /** The current event_row, kept when this event does not set the state. */
  readonly currentEventRow: string | undefined;
}

export type DeliveryPlan =
  | { readonly redelivery: true; readonly eventId: string }
  | { readonly redelivery: false; readonly eventId: string; readonly verification?: NewEventVerification };

function storedRef(row: StoredEventRow | undefined) {
  return row ? { eventId: row.event_id, contentKey: row.content_key ?? row.event_id, receivedAt: toMs(row.received_at) } : undefined;
}

/** Redelivery or new event (and its id), and for a new event of a verification, what it does to it. */
export function planDelivery(input: DeliveryInput, lookups: DeliveryLookups): DeliveryPlan {
  const target = verificationTarget(input);
  const identity = identifyDelivery({
    provider: input.provider,
    kind: input.kind,
    contentKey: input.eventId,
    hasVerification: target !== undefined,
    receivedAt: input.receivedAt,
    latest: storedRef(lookups.latest),
    sameKey: storedRef(lookups.sameKey),
    sameKeyCount: lookups.sameKeyCount,
  });
  if (identity.redelivery) return identity;
  const event = target && input.normalized ? verificationEventOf(input.normalized, { eventId: identity.eventId, receivedAt: input.receivedAt }) : undefined;
  if (!target || !event) return { redelivery: false, eventId: identity.eventId };
  const current = lookups.current ? stateFromRow(lookups.current) : undefined;
  const { state, outcome } = reduceVerification(current, { ...event, reference: target.reference });
  return {
    redelivery: false,
    eventId: identity.eventId,
    verification: {
      reference: target.reference,
      providerStatus: indexable(event.providerStatus),
      outcome,
      state,
      setsState: state.event.eventId === identity.eventId,
      currentEventRow: lookups.current ? String(lookups.current.event_row) : undefined,
    },
  };
}

/** What the fan-out policy is asked about a new event: the event, and what it did to its verification. */
export function outboxEventOf(input: DeliveryInput, normalized: NormalizedEvent, id: string, eventId: string, verification: NewEventVerification | undefined): StoredEventInput {
  return {
    id,
    eventId,
    provider: input.provider,
    receivedAt: input.receivedAt,
    normalized,
    outcome: verification?.outcome ?? "applied",
    changed: verification ? verification.setsState : true,
    ...(verification ? { verification: verification.state as unknown as Readonly<Record<string, unknown>> } : {}),
  };
}

/**
 * The parameters of {@link upsertVerificationSql}. `eventRow` is the new event's row; null where the statement supplies
 * it (PostgreSQL's, which inserts the event in the same statement): then `event_row` is null when it is that row.
 */
export function upsertVerificationParams(verification: NewEventVerification, eventRow: string | null, dialect: Dialect): unknown[] {
  const state = verification.state;
  return [
    state.provider,
    verification.reference,
    state.status,
    indexable(state.providerStatus),
    dialect.bool(state.final),
    dialect.bool(state.needsRefresh),
    verification.setsState ? eventRow : (verification.currentEventRow ?? eventRow),
    state.event.eventId,
    indexable(state.event.kind),
    indexable(state.event.occurredAt),
    state.event.order.instant ?? null,
    state.event.order.tiebreak ?? null,
    dialect.time(Date.parse(state.event.receivedAt)),
    dialect.time(Date.parse(state.updatedAt)),
    state.eventCount,
    state.conflictCount,
  ];
}

export function stateFromRow(row: RawVerificationRow): VerificationState {
  const occurredAt = text(row.event_occurred_at);
  const providerStatus = text(row.provider_status);
  const instant = text(row.order_instant);
  const tiebreak = text(row.order_tiebreak);
  return {
    provider: row.provider as ProviderName,
    reference: String(row.reference),
    status: row.status as Status,
    final: toBool(row.final),
    needsRefresh: toBool(row.needs_refresh),
    ...(providerStatus === null ? {} : { providerStatus }),
    event: {
      eventId: String(row.event_id),
      kind: String(row.event_kind),
      ...(occurredAt === null ? {} : { occurredAt }),
      receivedAt: new Date(toMs(row.set_at)).toISOString(),
      order: { ...(instant === null ? {} : { instant }), ...(tiebreak === null ? {} : { tiebreak }) },
    },
    updatedAt: new Date(toMs(row.updated_at)).toISOString(),
    eventCount: Number(row.event_count),
    conflictCount: Number(row.conflict_count),
  };
}

export function toStoredVerification(row: RawVerificationRow): StoredVerification {
  return { state: stateFromRow(row), eventRow: String(row.event_row) };
}

export function toStoredVerificationDetail(row: RawVerificationRow, history: readonly RawVerificationRow[], tombstone: StoredTombstone | null = null): StoredVerificationDetail {
  return {
    ...toStoredVerification(row),
    history: history.map((entry) => ({
      id: String(entry.id),
      eventId: String(entry.event_id),
      kind: text(entry.kind),
      status: text(entry.status) as Status | null,
      providerStatus: text(entry.provider_status),
      occurredAt: text(entry.occurred_at),
      receivedAt: toMs(entry.received_at),
      deliveryCount: Number(entry.delivery_count),
      outcome: (text(entry.outcome) ?? "applied") as VerificationOutcome,
    })),
    tombstone,
  };
}

/** GET /verifications as SQL, most recently updated first, one row more than the page to tell if another page follows. */
export function buildVerificationListQuery(query: VerificationFilter, dialect: Dialect): { sql: string; params: unknown[]; limit: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (value: unknown) => {
    params.push(value);
    return "?";
  };
  if (query.provider?.length) where.push(`provider IN (${query.provider.map(add).join(", ")})`);
  if (query.status?.length) where.push(`status IN (${query.status.map(add).join(", ")})`);
  if (query.final !== undefined) where.push(`final = ${add(dialect.bool(query.final))}`);
  if (query.updatedSince !== undefined) where.push(`updated_at >= ${add(dialect.time(query.updatedSince))}`);
  if (query.cursor !== undefined) {
    const cursor = decodeVerificationCursor(query.cursor);
    if (!cursor) throw new RangeError("invalid cursor");
    where.push(`(updated_at < ${add(dialect.time(cursor.updatedAt))} OR (updated_at = ${add(dialect.time(cursor.updatedAt))} AND id < ${add(cursor.id)}))`);
  }
  const limit = Math.min(Math.max(query.limit ?? defaultPageSize, 1), maxPageSize);
  const sql = `SELECT ${verificationColumns} FROM kyc_verifications${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY updated_at DESC, id DESC LIMIT ${add(limit + 1)}`;
  return { sql, params, limit };
}

/** A page of rows (one more than the page, as queried), with the cursor of the next page. */
export function toVerificationPage(rows: readonly RawVerificationRow[], limit: number): VerificationPage {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    verifications: page.map(toStoredVerification),
    nextCursor: rows.length > limit && last ? encodeVerificationCursor({ updatedAt: toMs(last.updated_at), id: String(last.id) }) : null,
  };
}
