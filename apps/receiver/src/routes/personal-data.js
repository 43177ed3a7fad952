import { providerNames } from "@kyc-webhooks/normalized";
import { personalDataRoutes } from "@kyc-webhooks/receiver-api";
import { apiError, json } from "../http/answers.js";
import { RekeyUnavailableError } from "../storage/personal-data.js";
/*
 * POST /verifications/{provider}/{reference}/purge and POST /maintenance/rekey (admin token checked by the
 * route table): personal data, see README "Personal data".
 */
export function personalDataHandlers({ store, logger, now }) {
    const [purge, rekey] = personalDataRoutes;
    return {
        [purge.operationId]: async ({ params, requestId }) => {
            const provider = params["provider"] ?? "";
            if (!providerNames.includes(provider)) {
                return apiError(404, "not_found", `Unknown provider; purge /verifications/{${providerNames.join(",")}}/{reference}/purge`, requestId);
            }
            const result = await store.purgeVerification({ provider: provider, reference: params["reference"] ?? "", requestedBy: "admin", reason: "request", at: now() });
            logger.info("personal data purged", { requestId, reason: "request", provider, purgedEvents: result.purgedEvents, cancelledDeliveries: result.cancelledDeliveries });
            return json(200, result, { "x-request-id": requestId });
        },
        [rekey.operationId]: async ({ requestId }) => {
            try {
                const result = await store.rekey();
                logger.info("personal data re-sealed", { requestId, keyId: result.keyId, values: result.values });
                return json(200, result, { "x-request-id": requestId });
            }
            catch (error) {
                if (error instanceof RekeyUnavailableError)
                    return apiError(409, "encryption_off", error.message, requestId);
                throw error;
            }
        },
    };
}
//# sourceMappingURL=personal-data.js.map