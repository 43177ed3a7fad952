// `@kyc-webhooks/jumio/callbacks`: reading a callback alone (its kinds, schemas and code tables, detect and parse),
// without the webhooks object, authentication, fixtures or the API's objects, which the main entry brings too. A
// process that checks bodies (the CLI's `validate`, through `@kyc-webhooks/normalized/lazy`) loads no more.
export { callbackKinds, callbackSchema, callbackSchemas, hasKind, isCallbackKind, kindOf } from "./callbacks/index.js";
export type { Callback, CallbackKind } from "./callbacks/index.js";
export * from "./code-tables.js";
export { callbackContentTypes, detect } from "./detect.js";
export type { ParseOptions } from "./detect.js";
export { decodeCallback, parseCallback, safeParseCallback } from "./parse.js";
