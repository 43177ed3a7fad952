import * as z from "zod";
import { providerNameSchema } from "@kyc-webhooks/normalized";
import { adminRefusals, error, internalError, json, requestIdHeader } from "../responses.js";
import type { ReceiverRoute } from "../route.js";
import { apiErrorSchema, tombstoneSchema } from "../schemas.js";

/* Personal data: POST /verifications/{provider}/{reference}/purge and POST /maintenance/rekey (admin token). */

export const purgeResponseSchema = z
  .object({
    provider: providerNameSchema,
    reference: z.string(),
    purgedEvents: z.number().int().min(0).describe("Events whose personal values this request removed (0 when an earlier purge did)."),
    cancelledDeliveries: z.number().int().min(0).describe("Outbound deliveries still pending that were given up: their payload is gone."),
    tombstone: tombstoneSchema,
  })
  .describe("The outcome of a purge. The verification keeps its status and history (decisions, no personal values).");

export const rekeyResponseSchema = z
  .object({
    keyId: z.string().describe("The newest key of KYC_ENCRYPTION_KEYS, which now seals every stored value."),
    values: z.number().int().min(0).describe("Stored values sealed again (or sealed for the first time)."),
  })
  .describe("The outcome of a rekey.");

export type PurgeResponse = z.infer<typeof purgeResponseSchema>;
export type RekeyResponse = z.infer<typeof rekeyResponseSchema>;

export const purgeVerificationRoute: ReceiverRoute = {
  operationId: "purgeVerification",
  method: "post",
  path: "/verifications/{provider}/{reference}/purge",
  tag: "verifications",
  summary: "Remove every personal value stored for a verification",
  description:
    "Removes the raw bodies, decoded bodies and personal fields (person, document, address, media, raw payload) of every event of the verification, the bodies of their deliveries and their outbox payloads (pending outbound deliveries are given up), and leaves a tombstone. The decision stays: provider, reference, status, reasons, checks, times and body hashes, so the verification still reports its status. Idempotent: a repeated purge removes what arrived since and answers the first tombstone. No body.",
  pathParameters: {
    provider: providerNameSchema,
    reference: z.string().min(1).describe("The provider's id of the verification, percent-encoded."),
  },
  responses: [
    { status: 200, description: "Purged (or already purged).", content: json(purgeResponseSchema), headers: requestIdHeader },
    error(400, "`bad_request`: the reference is not valid percent-encoding."),
    ...adminRefusals,
    error(404, "`not_found`: the provider is unknown."),
    internalError,
  ],
  security: ["adminToken"],
  components: { ApiError: apiErrorSchema, PurgeResponse: purgeResponseSchema, Tombstone: tombstoneSchema },
};

export const rekeyRoute: ReceiverRoute = {
  operationId: "rekey",
  method: "post",
  path: "/maintenance/rekey",
  tag: "operations",
  summary: "Re-seal every stored personal value with the newest key",
  description:
    "After a new key is added last to KYC_ENCRYPTION_KEYS (and the receiver restarted), re-seals every value sealed with an older key, and seals values stored clear, a batch per transaction; then the older keys can be dropped from the list. Safe to repeat and to run while callbacks arrive. No body.",
  responses: [
    { status: 200, description: "Done.", content: json(rekeyResponseSchema), headers: requestIdHeader },
    ...adminRefusals,
    error(409, "`encryption_off`: KYC_ENCRYPTION_KEYS is not set, so there is no key to seal with."),
    internalError,
  ],
  security: ["adminToken"],
  components: { ApiError: apiErrorSchema, RekeyResponse: rekeyResponseSchema },
};

export const personalDataRoutes: readonly ReceiverRoute[] = [purgeVerificationRoute, rekeyRoute];
