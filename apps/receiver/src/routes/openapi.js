import { buildHttpApiDocument } from "@kyc-webhooks/spec";
import { openApiRoute } from "@kyc-webhooks/receiver-api";
/*
 * GET /openapi.json: the OpenAPI 3.1 document of the route table the router is built from, by the same
 * generator (@kyc-webhooks/spec's buildHttpApiDocument) that writes the committed receiver-openapi.json.
 */
export function openApiHandlers(api) {
    let document;
    return {
        [openApiRoute.operationId]: ({ requestId }) => {
            document ??= JSON.stringify(buildHttpApiDocument(api));
            return new Response(document, { status: 200, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", "x-request-id": requestId } });
        },
    };
}
//# sourceMappingURL=openapi.js.map