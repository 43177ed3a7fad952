import { safeParseCallback, webhookEnvelopeSchema } from "@kyc-webhooks/ondato/callbacks";
import type { RawBody, SafeParseResult, Strictness } from "@kyc-webhooks/core";
import { asRecord } from "../../payload.js";

const statusChangedKinds: ReadonlySet<string> = new Set(["IdentityVerification.StatusChanged", "Idv.StatusChanged"]);

/**
 * The ondato package's `safeParseCallback`, plus one case it refuses: an IDV status change whose
 * payload carries no status ("IdentityVerification.StatusChanged without data", issue 7). The ondato
 * package requires the full IDV resource as payload (Ondato's rule: the payload is what GET of the
 * resource returns), so such a webhook fails there. It still says something useful, that the status
 * changed, so it is accepted here when the envelope itself is valid (the package's `webhookEnvelopeSchema`)
 * and the payload has no `status`; it normalizes to status `unknown` with `needsRefresh`.
 */
export function safeParseOndato(body: RawBody, options: { contentType?: string | undefined; strictness?: Strictness | undefined } = {}): SafeParseResult<unknown> {
  const result = safeParseCallback(body, options);
  if (result.ok || result.kind === undefined || !statusChangedKinds.has(result.kind)) return result;
  const payload = asRecord(asRecord(result.decoded)?.payload);
  if (!payload || "status" in payload) return result;
  if (!result.issues.every((issue) => issue.path[0] === "payload")) return result;
  const envelope = webhookEnvelopeSchema.safeParse(result.decoded);
  return envelope.success ? { ok: true, kind: result.kind, value: envelope.data } : result;
}
