import type { Issue, Warning } from "@kyc-webhooks/core";
import type { EventType, ProviderName, Status } from "@kyc-webhooks/normalized";
import type { EventFilter, PersonalDataRemoval, StoredDelivery, StoredEvent, StoredEventDetail, StoredTombstone } from "./records.js";
import { StoredValues } from "../privacy/stored-values.js";
import { decodeCursor, defaultPageSize, maxPageSize } from "./types.js";

/** A kyc_events row with backend types already converted (times as epoch ms, booleans as booleans). */
export interface EventRow {
  readonly id: string;
  readonly event_id: string;
  readonly provider: string;
  readonly kind: string | null;
  readonly received_at: number;
  readonly last_received_at: number;
  readonly delivery_count: number;
  readonly quarantined: boolean;
  readonly issue_count: number;
  readonly status: string | null;
  readonly type: string | null;
  readonly reference: string | null;
  readonly merchant_reference: string | null;
  readonly occurred_at: string | null;
  /** Epoch ms (SQLite) or a Date (PostgreSQL); null while the personal values are held. */
  readonly personal_data_removed_at: unknown;
  readonly personal_data_removed_by: string | null;
}

export interface EventDetailRow extends EventRow {
  readonly verification_reference: string | null;
  readonly quarantined_reference: string | null;
  readonly request_id: string;
  readonly source_ip: string | null;
  readonly content_type: string | null;
  readonly headers: string;
  readonly raw_body: Uint8Array;
  readonly body_sha256: string;
  readonly issues: string;
  readonly decoded: string | null;
  readonly normalized: string | null;
}

export interface DeliveryRow {
  readonly request_id: string;
  readonly received_at: number;
  readonly source_ip: string | null;
  readonly body_sha256: string;
  readonly duplicate: boolean;
}

/** The columns GET /events needs (no bodies). */
export const summaryColumns =
  "id, event_id, provider, kind, received_at, last_received_at, delivery_count, quarantined, issue_count, status, type, reference, merchant_reference, occurred_at, personal_data_removed_at, personal_data_removed_by";

export const detailColumns = `${summaryColumns}, request_id, source_ip, content_type, headers, raw_body, body_sha256, issues, decoded, normalized, verification_reference, quarantined_reference`;

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    id: String(row.id),
    eventId: row.event_id,
    provider: row.provider as ProviderName,
    kind: row.kind,
    receivedAt: row.received_at,
    lastReceivedAt: row.last_received_at,
    deliveryCount: row.delivery_count,
    quarantined: row.quarantined,
    // The issues column holds a quarantined body's issues or a stored event's warnings.
    issueCount: row.quarantined ? row.issue_count : 0,
    warningCount: row.quarantined ? 0 : row.issue_count,
    status: row.status as Status | null,
    type: row.type as EventType | null,
    reference: row.reference,
    merchantReference: row.merchant_reference,
    occurredAt: row.occurred_at,
    personalDataRemoved:
      row.personal_data_removed_at === null || row.personal_data_removed_at === undefined
        ? null
        : { at: toMs(row.personal_data_removed_at), reason: (row.personal_data_removed_by ?? "request") as PersonalDataRemoval["reason"] },
  };
}

function toMs(value: unknown): number {
  return value instanceof Date ? value.getTime() : Number(value);
}

const plainValues = new StoredValues();

/** A stored event with its bodies and deliveries; personal values are opened (decrypted) with the store's keys. */
export function toStoredEventDetail(row: EventDetailRow, deliveries: readonly DeliveryRow[], values: StoredValues = plainValues, tombstone: StoredTombstone | null = null): StoredEventDetail {
  const findings = JSON.parse(row.issues) as Issue[] & Warning[];
  return {
    ...toStoredEvent(row),
    requestId: row.request_id,
    sourceIp: row.source_ip,
    contentType: row.content_type,
    headers: JSON.parse(row.headers) as Record<string, string>,
    body: values.openBody(row.raw_body),
    bodySha256: row.body_sha256,
    issues: row.quarantined ? findings : [],
    warnings: row.quarantined ? [] : findings,
    decoded: row.decoded === null ? null : (JSON.parse(values.openText(row.decoded)) as unknown),
    normalized: row.normalized === null ? null : values.openNormalized(row.normalized),
    deliveries: deliveries.map(
      (delivery): StoredDelivery => ({
        requestId: delivery.request_id,
        receivedAt: delivery.received_at,
        sourceIp: delivery.source_ip,
        bodySha256: delivery.body_sha256,
        duplicate: delivery.duplicate,
      }),
    ),
    tombstone,
  };
}

/**
 * The WHERE clause and parameters of a list query, newest first. `param(n)` renders the n-th (1-based)
 * placeholder (`?` for SQLite, `$n` for PostgreSQL); `time(ms)` and `bool(b)` convert values for the backend.
 */
export function buildListQuery(
  query: EventFilter,
  dialect: { readonly param: (index: number) => string; readonly time: (ms: number) => unknown; readonly bool: (value: boolean) => unknown },
): { sql: string; params: unknown[]; limit: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (value: unknown) => {
    params.push(value);
    return dialect.param(params.length);
  };
  const anyOf = (column: string, values: readonly string[] | undefined) => {
    if (!values || values.length === 0) return;
    where.push(`${column} IN (${values.map((value) => add(value)).join(", ")})`);
  };
  anyOf("provider", query.provider);
  anyOf("status", query.status);
  anyOf("type", query.type);
  if (query.kind !== undefined) where.push(`kind = ${add(query.kind)}`);
  if (query.reference !== undefined) where.push(`reference = ${add(query.reference)}`);
  if (query.merchantReference !== undefined) where.push(`merchant_reference = ${add(query.merchantReference)}`);
  if (query.eventId !== undefined) where.push(`event_id = ${add(query.eventId)}`);
  if (query.from !== undefined) where.push(`received_at >= ${add(dialect.time(query.from))}`);
  if (query.to !== undefined) where.push(`received_at < ${add(dialect.time(query.to))}`);
  if (query.quarantined !== undefined) where.push(`quarantined = ${add(dialect.bool(query.quarantined))}`);
  if (query.cursor !== undefined) {
    const before = decodeCursor(query.cursor);
    if (before === undefined) throw new RangeError("invalid cursor");
    where.push(`id < ${add(before)}`);
  }
  const limit = Math.min(Math.max(query.limit ?? defaultPageSize, 1), maxPageSize);
  const sql = `SELECT ${summaryColumns} FROM kyc_events${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ${add(limit + 1)}`;
  return { sql, params, limit };
}
