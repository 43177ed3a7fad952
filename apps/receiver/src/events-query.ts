import { eventQuerySchema } from "./api/schemas.js";
import type { EventQuery } from "./api/schemas.js";

/*
 * GET /events query parameters (the schema and the parameters' meaning are in api/schemas.ts): one value
 * per parameter; provider, status and type take comma-separated lists.
 */

export function parseEventQuery(params: URLSearchParams): { ok: true; value: EventQuery } | { ok: false; message: string } {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in raw) return { ok: false, message: `Query parameter ${key} is repeated; use a comma-separated list` };
    raw[key] = value;
  }
  const parsed = eventQuerySchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid query" };
  return { ok: true, value: parsed.data };
}
