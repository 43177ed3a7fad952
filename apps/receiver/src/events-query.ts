import type { z } from "zod";
import { eventQuerySchema } from "./api/schemas.js";
import type { EventQuery } from "./api/schemas.js";

/*
 * Query strings of the admin API (the schemas and the parameters' meaning are in api/schemas.ts and
 * api/verification-schemas.ts): one value per parameter; lists are comma-separated.
 */

export function parseQuery<T>(schema: z.ZodType<T, Record<string, string>>, params: URLSearchParams): { ok: true; value: T } | { ok: false; message: string } {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in raw) return { ok: false, message: `Query parameter ${key} is repeated; use a comma-separated list` };
    raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid query" };
  return { ok: true, value: parsed.data };
}

export function parseEventQuery(params: URLSearchParams): { ok: true; value: EventQuery } | { ok: false; message: string } {
  return parseQuery(eventQuerySchema, params);
}
