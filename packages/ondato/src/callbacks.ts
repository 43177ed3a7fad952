// `@kyc-webhooks/ondato/callbacks`: reading a callback alone (its kinds, schemas and code tables, detect and parse),
// without the webhooks object, authentication, fixtures or the API's objects, which the main entry brings too. A
// process that checks bodies (the CLI's `validate`, through `@kyc-webhooks/normalized/lazy`) loads no more.
export { callbackKinds, canonicalKind, isCallbackKind, webhookEvents } from "./callbacks/kinds.js";
export type { CallbackKind } from "./callbacks/kinds.js";
export { callbackSchema, callbackSchemas, hasKind, kindOf } from "./callbacks/index.js";
export type { Callback, CallbackOfKind } from "./callbacks/index.js";
export { webhookEnvelopeSchema } from "./callbacks/envelope.js";
export * from "./code-tables.js";
export { detect } from "./detect.js";
export type { ParseOptions } from "./detect.js";
export { parseCallback, safeParseCallback } from "./parse.js";
