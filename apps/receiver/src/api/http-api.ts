// The HTTP API description types are shared with @kyc-webhooks/spec, which generates receiver-openapi.json.
export type { HttpApiContent, HttpApiDescription, HttpApiResponse, HttpApiRoute } from "@kyc-webhooks/core";
