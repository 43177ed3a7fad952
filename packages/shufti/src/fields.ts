import * as z from "zod";
import { callbackCountrySchema } from "./country.js";

/**
 * The envelope fields most events share. Shufti's samples carry `reference` and `event` in every event;
 * the rest comes and goes by event and by API version, so it is optional unless a sample of every
 * source shows it.
 */

/**
 * The request's reference, echoed back. Requests require 6 to 250 characters; callbacks are not held to
 * the minimum because `request.unauthorized` sends `"reference":""` (Shufti Pro, “Response Events”) when the request could not
 * be attributed.
 */
export const referenceSchema = z
  .string()
  .max(250)
  .describe("The unique reference the client gave in the verification request, sent back with each response to identify the request.");

/**
 * The end-user's email as given in the request. Not checked as an email address: Shufti echoes what it
 * was sent, and Shufti Pro, “Response Events”'s samples show a web page's email obfuscation placeholder here. `null` in
 * `request.invalid` and `request.unauthorized` (Shufti Pro, “Response Events”).
 */
export const callbackEmailSchema = z.string().nullable().describe("The end-user's email, as given in the verification request; null when the request was not accepted.");

export const callbackCountryFieldSchema = callbackCountrySchema
  .nullable()
  .describe("The country given in the verification request; null when the request was not accepted.");

/**
 * The on-site verification link. Shufti's 2019 samples (shuftipro/RESTful-API-v1.3 `status_codes.md`)
 * send `"verification_url": ""` in every event that has no link.
 */
export const verificationUrlSchema = z
  .union([z.url(), z.literal("")])
  .describe("The URL of the on-site verification page the end-user is sent to; empty when there is none.");
