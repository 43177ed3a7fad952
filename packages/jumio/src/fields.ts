import * as z from "zod";

/**
 * Jumio's timestamp: `YYYY-MM-DDThh:mm:ss.SSSZ`, where the milliseconds may be absent or have one, two
 * or three digits (Jumio, “Callback” (newer edition), "Timestamp format"; Jumio, “Callback” (older edition) prints only the three-digit form).
 * Kept as the provider's string, not turned into a Date.
 */
export const jumioTimestampSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, "a timestamp YYYY-MM-DDThh:mm:ss[.SSS]Z (UTC)")
  .describe("Timestamp (UTC) in the format YYYY-MM-DDThh:mm:ss[.S|.SS|.SSS]Z.");

/** A date as Jumio prints it: `YYYY-MM-DD`. Incomplete dates of birth (HKG, IND) are padded with 01 by Jumio. */
export const jumioDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD")
  .describe("Date in the format YYYY-MM-DD.");

/** ISO 3166-1 alpha-3 country code, or XKX (Kosovo), which ISO does not assign. */
export const jumioCountrySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, "an ISO 3166-1 alpha-3 country code (3 capital letters)")
  .describe("ISO 3166-1 alpha-3 country code, or XKX (Kosovo).");

/**
 * Jumio's reference of a transaction (max. 36). Not a strict UUID: both documents print placeholders
 * (`xxxxxxxx-xxxx-…`), and older docs a malformed UUID shape (captured Jumio callbacks in integrators' public test suites, Multi Document).
 */
export const jumioReferenceSchema = z.string().min(1).max(36);

/** An image or document URL Jumio serves (retrieved with HTTP Basic auth: API token and secret). */
export const jumioUrlSchema = z.string().max(255).regex(/^https?:\/\/\S+$/);

/** An `https://` URL of any length (liveness image lists, platform `href`s). */
export const httpUrlSchema = z.string().regex(/^https?:\/\/\S+$/);
