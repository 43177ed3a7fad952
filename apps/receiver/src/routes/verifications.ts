import { providerNames } from "@kyc-webhooks/normalized";
import type { ProviderName } from "@kyc-webhooks/normalized";
import { verificationQuerySchema } from "../api/verification-schemas.js";
import type { VerificationDetail, VerificationListResponse } from "../api/verification-schemas.js";
import { parseQuery } from "../events-query.js";
import type { Store } from "../storage/types.js";

/*
 * GET /verifications and GET /verifications/{provider}/{reference}: the current state of every
 * verification (admin token, checked by the caller, as for /events). The answer is data; the HTTP layer
 * writes it (with its request id and headers).
 */

export type VerificationsAnswer =
  | { readonly ok: true; readonly body: VerificationListResponse | VerificationDetail }
  | { readonly ok: false; readonly status: 400 | 404; readonly error: "invalid_query" | "not_found"; readonly message: string };

/** The path's verification part: undefined for the list, `{ provider, reference }` (decoded) for one. */
export async function answerVerifications(store: Store, query: URLSearchParams, one?: { readonly provider: string; readonly reference: string }): Promise<VerificationsAnswer> {
  if (one === undefined) {
    const parsed = parseQuery(verificationQuerySchema, query);
    if (!parsed.ok) return { ok: false, status: 400, error: "invalid_query", message: parsed.message };
    return { ok: true, body: await store.listVerifications(parsed.value) };
  }
  if (!providerNames.includes(one.provider as ProviderName)) {
    return { ok: false, status: 404, error: "not_found", message: `Unknown provider; verifications are under /verifications/{${providerNames.join(",")}}/{reference}` };
  }
  const detail = await store.getVerification(one.provider as ProviderName, one.reference);
  if (!detail) return { ok: false, status: 404, error: "not_found", message: "No verification of this provider has this reference" };
  return { ok: true, body: detail };
}
