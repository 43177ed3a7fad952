import { buildHttpApiDocument } from "@kyc-webhooks/spec";
import { openApiRoute } from "@kyc-webhooks/receiver-api";
import type { ReceiverApiDescription } from "@kyc-webhooks/receiver-api";
import type { RouteHandler } from "../http/app.js";

/*
 * GET /openapi.json: the OpenAPI 3.1 document of the route table the router is built from, by the same
 * generator (@kyc-webhooks/spec's buildHttpApiDocument) that writes the committed receiver-openapi.json.
 */

export function openApiHandlers(api: ReceiverApiDescription): Record<string, RouteHandler> {
  let document: string | undefined;
  return {
    [openApiRoute.operationId]: ({ requestId }) => {
      document ??= JSON.stringify(buildHttpApiDocument(api));
      return new Response(document, { status: 200, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", "x-request-id": requestId } });
    },
  };
}
