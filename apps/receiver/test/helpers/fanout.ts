import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Fixture } from "@kyc-webhooks/core";
import { normalizeRaw, rawEventId } from "@kyc-webhooks/normalized";
import type { ProviderName } from "@kyc-webhooks/normalized";
import type { DeliveryOutcome, Store } from "../../src/storage/types.js";

/** A fresh `whsec_` secret, as Svix and the Standard Webhooks libraries make them (24 to 64 random bytes). */
export function newSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

/** Stores a callback the way the receiver's route does after authentication (for store-level tests). */
export function ingest(store: Store, callback: Pick<Fixture, "provider" | "contentType" | "body">): Promise<DeliveryOutcome> {
  const provider = callback.provider as ProviderName;
  const result = normalizeRaw(callback.body, { provider, contentType: callback.contentType });
  return store.recordDelivery({
    requestId: randomUUID(),
    provider,
    kind: result.kind,
    eventId: result.ok ? result.event.eventId : (result.eventId ?? rawEventId(provider, callback.body)),
    receivedAt: Date.now(),
    sourceIp: "127.0.0.1",
    headers: { "content-type": callback.contentType },
    contentType: callback.contentType,
    body: callback.body,
    bodySha256: createHash("sha256").update(callback.body).digest("hex"),
    quarantined: !result.ok,
    issues: result.ok ? [] : result.issues,
    ...(result.ok ? { normalized: result.event } : { decoded: result.decoded }),
  });
}
