import { getHeader, verifyBasicAuth } from "@kyc-webhooks/core";
import type { BasicCredentials, HeadersLike } from "@kyc-webhooks/core";

/**
 * Checks the `Authorization: Basic …` header of an Ondato webhook against the username and password you
 * configured for the subscription ("basic – username, password", Ondato's webhooks page, PROVIDER-FACTS 2.3).
 * The header is base64-decoded (one integrator splits it without decoding, PROVIDER-FACTS 2.3 "pitfall") and
 * both parts are compared in constant time. False for a missing, malformed or wrong header.
 */
export function verifyOndatoBasicAuth(headers: HeadersLike | undefined, credentials: BasicCredentials): boolean {
  return verifyBasicAuth(getHeader(headers, "authorization"), credentials);
}
