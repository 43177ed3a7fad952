import * as z from "zod";

/**
 * A .NET `DateTime` in UTC as Ondato serialises it: `2023-01-16T23:40:52.4886646Z`. Between none and
 * seven fractional digits (ticks): the webhook envelope's `createdUtc` carries 7 (captured Ondato payloads in integrators' public code, the
 * captured webhook), the resources 3 (Ondato, “IDV integration”) or none (`completedUtc`, `files[].createdUtc`).
 * Kept as the string Ondato sent; use {@link parseOndatoTimestamp} to read it.
 */
export const ondatoTimestampPattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,7})?Z$/;

export const ondatoTimestampSchema = z
  .string()
  .regex(ondatoTimestampPattern, "a UTC timestamp YYYY-MM-DDThh:mm:ss[.fffffff]Z (at most 7 fractional digits)")
  .describe("UTC date and time as .NET writes it: YYYY-MM-DDThh:mm:ss[.f to .fffffff]Z (up to 7 fractional digits).");

/**
 * The instant of an Ondato timestamp as epoch milliseconds (digits beyond milliseconds are truncated:
 * a JavaScript date has no finer resolution), or undefined when the string is not one.
 */
export function parseOndatoTimestamp(value: string): number | undefined {
  if (!ondatoTimestampPattern.test(value)) return undefined;
  const [whole, fraction = ""] = value.slice(0, -1).split(".");
  const millis = Date.parse(`${whole}.${fraction.padEnd(3, "0").slice(0, 3)}Z`);
  // Date.parse rolls impossible days over (Feb 30 becomes Mar 2): only a round trip proves the date exists.
  if (Number.isNaN(millis) || new Date(millis).toISOString().slice(0, 19) !== whole) return undefined;
  return millis;
}

/**
 * An Ondato id: a .NET `Guid`, written `8-4-4-4-12` hex. Not `z.uuid()`, which also checks the RFC 9562
 * version and variant bits; a `Guid` carries no such promise.
 */
export const ondatoIdSchema = z.guid().describe("Identifier (a GUID, 8-4-4-4-12 hexadecimal).");

/** A calendar date as in the document fields of Ondato, “IDV integration” (`"dateOfBirth": "2000-02-03"`). */
export const ondatoDateSchema = z.iso.date().describe("Calendar date, YYYY-MM-DD.");

/** ISO 3166-1 alpha-3, as in `nationalityIso3` / `countryIso3` ("LTU" in Ondato, “IDV integration”). */
export const iso3CountrySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, "an ISO 3166-1 alpha-3 country code (3 capital letters)")
  .describe("ISO 3166-1 alpha-3 country code.");
