import type { ReceiverRoute } from "../route.js";

/* GET /openapi.json: this document, made from the same route table as the router. */

export const openApiRoute: ReceiverRoute = {
  operationId: "getOpenApiDocument",
  method: "get",
  path: "/openapi.json",
  tag: "operations",
  summary: "This API's OpenAPI 3.1 document",
  description:
    "The receiver's OpenAPI 3.1 document, made from the route table its router is built from (the same document as `@kyc-webhooks/spec`'s `receiver-openapi.json`). Paths are relative to where the receiver is mounted. Needs no token.",
  responses: [{ status: 200, description: "The OpenAPI document.", content: { contentType: "application/json" } }],
  security: [],
};
