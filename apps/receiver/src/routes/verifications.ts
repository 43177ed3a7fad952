import { providerNames } from "@kyc-webhooks/normalized";
import type { ProviderName } from "@kyc-webhooks/normalized";
import { verificationRoutes } from "@kyc-webhooks/receiver-api";
import type { VerificationQuery } from "@kyc-webhooks/receiver-api";
import { apiError, json } from "../http/answers.js";
import type { RouteHandler } from "../http/app.js";
import type { RouteDeps } from "./context.js";

/*
 * GET /verifications and GET /verifications/{provider}/{reference}: the current state of every
 * verification (admin token and query checked by the route table, as for /events).
 */

export function verificationHandlers({ store }: RouteDeps): Record<string, RouteHandler> {
  const [list, one] = verificationRoutes;
  return {
    [list!.operationId]: async ({ query, requestId }) => json(200, await store.listVerifications(query as VerificationQuery), { "x-request-id": requestId }),
    [one!.operationId]: async ({ params, requestId }) => {
      const provider = params["provider"] ?? "";
      if (!providerNames.includes(provider as ProviderName)) {
        return apiError(404, "not_found", `Unknown provider; verifications are under /verifications/{${providerNames.join(",")}}/{reference}`, requestId);
      }
      const detail = await store.getVerification(provider as ProviderName, params["reference"] ?? "");
      if (!detail) return apiError(404, "not_found", "No verification of this provider has this reference", requestId);
      return json(200, detail, { "x-request-id": requestId });
    },
  };
}
