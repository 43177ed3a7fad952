import { z } from "zod";
import { eventTypes, providerNames, statuses } from "@kyc-webhooks/normalized";
import type { EventQuery } from "./api-types.js";
import { decodeCursor, maxPageSize } from "./storage/types.js";

/*
 * GET /events query parameters: provider, status, type (each one value or a comma-separated list), kind,
 * reference, merchantReference, eventId, from/to (ISO 8601, on the time received), quarantined
 * (true/false), limit (1-500), cursor (from the previous page's nextCursor).
 */

const csv = <T extends readonly [string, ...string[]]>(values: T, name: string) =>
  z
    .string()
    .transform((value) => value.split(",").map((part) => part.trim()).filter((part) => part !== ""))
    .pipe(z.array(z.enum(values, { error: `${name} must be among ${values.join(", ")}` })).min(1, { error: `${name} must not be empty` }));

const text = (name: string) => z.string().min(1, { error: `${name} must not be empty` }).max(500, { error: `${name} is too long` });

const time = (name: string) =>
  z.string().refine((value) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value)), {
    error: `${name} must be an ISO 8601 date or timestamp`,
  });

const querySchema = z.strictObject(
  {
    provider: csv(providerNames, "provider").optional(),
    status: csv(statuses, "status").optional(),
    type: csv(eventTypes, "type").optional(),
    kind: text("kind").optional(),
    reference: text("reference").optional(),
    merchantReference: text("merchantReference").optional(),
    eventId: text("eventId").optional(),
    from: time("from").optional(),
    to: time("to").optional(),
    quarantined: z.enum(["true", "false"], { error: "quarantined must be true or false" }).transform((value) => value === "true").optional(),
    limit: z
      .string()
      .regex(/^\d+$/, { error: `limit must be an integer from 1 to ${maxPageSize}` })
      .transform(Number)
      .pipe(z.number().min(1, { error: `limit must be an integer from 1 to ${maxPageSize}` }).max(maxPageSize, { error: `limit must be an integer from 1 to ${maxPageSize}` }))
      .optional(),
    cursor: z.string().refine((value) => decodeCursor(value) !== undefined, { error: "cursor is not one this receiver gave out" }).optional(),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown query parameter(s): ${issue.keys.join(", ")}` : undefined) },
);

export function parseEventQuery(params: URLSearchParams): { ok: true; value: EventQuery } | { ok: false; message: string } {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in raw) return { ok: false, message: `Query parameter ${key} is repeated; use a comma-separated list` };
    raw[key] = value;
  }
  const parsed = querySchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid query" };
  return { ok: true, value: parsed.data as EventQuery };
}
