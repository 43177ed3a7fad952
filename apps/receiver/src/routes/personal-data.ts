import { providerNames } from "@kyc-webhooks/normalized";
import type { ProviderName } from "@kyc-webhooks/normalized";
import { RekeyUnavailableError } from "../storage/personal-data.js";
import type { PurgeResult, RekeyResult, Store } from "../storage/types.js";

/*
 * POST /verifications/{provider}/{reference}/purge and POST /maintenance/rekey (admin token, checked by the
 * caller). The answer is data; the HTTP layer writes it.
 */

export type PersonalDataAnswer<T> =
  | { readonly ok: true; readonly body: T }
  | { readonly ok: false; readonly status: 404 | 409; readonly error: "not_found" | "encryption_off"; readonly message: string };

export async function answerPurge(store: Store, provider: string, reference: string, now: number): Promise<PersonalDataAnswer<PurgeResult>> {
  if (!providerNames.includes(provider as ProviderName)) {
    return { ok: false, status: 404, error: "not_found", message: `Unknown provider; purge /verifications/{${providerNames.join(",")}}/{reference}/purge` };
  }
  return { ok: true, body: await store.purgeVerification({ provider: provider as ProviderName, reference, requestedBy: "admin", reason: "request", at: now }) };
}

export async function answerRekey(store: Store): Promise<PersonalDataAnswer<RekeyResult>> {
  try {
    return { ok: true, body: await store.rekey() };
  } catch (error) {
    if (error instanceof RekeyUnavailableError) return { ok: false, status: 409, error: "encryption_off", message: error.message };
    throw error;
  }
}
