import * as z from "zod";

/**
 * Netki timestamps: Django REST Framework's ISO 8601 with microseconds and `Z`
 * (`2018-04-30T17:57:54.139181Z`, every timestamp in Netki MyVerify, “Transaction Callbacks”). Python's `isoformat()` drops the
 * fraction when the microseconds are zero (`2019-02-01T00:00:00Z` in netkidocs`api/polling.md`),
 * and a server not set to UTC writes an offset instead of `Z`: both are accepted.
 */
export const netkiTimestampSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{6})?(?:Z|[+-]\d{2}:\d{2})$/, "an ISO 8601 timestamp YYYY-MM-DDThh:mm:ss[.ffffff] with Z or an offset")
  .describe("ISO 8601 timestamp with microseconds, e.g. 2018-04-30T17:57:54.139181Z.");

/** Calendar dates (`birth_date`, `death_date`, `expiration_date`): `YYYY-MM-DD`. */
export const netkiDateSchema = z.iso.date().describe("Calendar date, YYYY-MM-DD.");

/**
 * Netki's record ids are UUIDs. Checked as 8-4-4-4-12 hex (zod's `guid`), not as RFC 9562 UUIDs:
 * the version and variant bits are not Netki's promise, and rejecting a callback over them would help no one.
 */
export const netkiUuidSchema = z.guid().describe("UUID (8-4-4-4-12 hex digits).");

/** ISO 3166-1 alpha-2 country code, as Netki writes it (`US`). */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 country code (2 capital letters)")
  .describe("ISO 3166-1 alpha-2 country code.");

/**
 * A decimal as Netki's API writes it. Netki's API follows Django REST framework's conventions (its
 * paginated lists are DRF's), and DRF serializes decimals and scores as strings by default
 * (COERCE_DECIMAL_TO_STRING): `"0.94"` as well as `0.94`. Both are accepted; {@link netkiDecimal} reads either.
 */
export const netkiDecimalSchema = z
  .union([z.number(), z.string().regex(/^-?\d+(?:\.\d+)?$/)])
  .describe("A decimal number, sent as a JSON number or as a decimal string (Django REST framework's default).");

/** The number a {@link netkiDecimalSchema} value holds. */
export function netkiDecimal(value: number | string): number {
  return typeof value === "number" ? value : Number(value);
}

/** The integer ids Netki uses for some records (metadata, callbacks, listing types, notes). */
export const netkiIntegerIdSchema = z.number().int().describe("Integer record identifier.");
