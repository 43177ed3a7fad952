export { CallbackParseError, formatIssues, formatPath, unwrap } from "./result.js";
export type { Issue, SafeParseFailure, SafeParseResult, SafeParseSuccess, Warning } from "./result.js";
export { UNKNOWN_ENUM_VALUE, checkRules, formatRuleSource, validateWithStrictness, valueAt } from "./strictness.js";
export type { Rule, RuleBreak, RuleSource, Strictness, StrictnessOption, StrictnessResult } from "./strictness.js";
export { issuesFromZod, receivedType, validate } from "./zod-issues.js";
export { bodyToBytes, bodyToText, decodeJson, failWith, formBodyError, isJsonMediaType, maxJsonDepth, mediaType } from "./body.js";
export type { RawBody } from "./body.js";
export { isPlainObject, parseJsonCallback, unsupportedMediaTypeIssue } from "./json-callback.js";
export type { JsonCallbackParsing, MediaTypeRefusal } from "./json-callback.js";
export { constantTimeEqual } from "./secrets.js";
export { getHeader } from "./headers.js";
export type { HeadersLike } from "./headers.js";
export { basicAuthorization, parseBasicAuthorization, parseBearerAuthorization, verifyBasicAuth } from "./basic-auth.js";
export type { BasicCredentials } from "./basic-auth.js";
export { isIpAllowed, normalizeIp, resolveClientIp } from "./ip.js";
export type { OperationDescriptor, ProviderDescriptor, SecuritySchemeDescriptor, WebhookDescriptor } from "./descriptors.js";
export type { HttpApiContent, HttpApiDescription, HttpApiResponse, HttpApiRoute } from "./http-api.js";
export { findFixture, fixtureName, fixtureSet, fixturesFromSources, toFixture } from "./fixtures.js";
export type { Fixture, FixtureEntry, FixtureSet, FixtureSource } from "./fixtures.js";
export {
  buildDelivery,
  classifyParseIssues,
  defineWebhooks,
  isRawBody,
  isSuccessStatus,
  normalizeHeaders,
  rawBodyRequiredIssue,
  resolveSimulateInput,
  simulatedBytes,
} from "./webhooks.js";
export type {
  AuthenticationFacts,
  AuthenticationOutcome,
  ProviderModule,
  SimulateInput,
  SimulateOverrides,
  SimulatedBody,
  SimulatedDelivery,
  WebhookAuthentication,
  WebhookFailure,
  WebhookRequest,
  WebhookResult,
  WebhookRules,
  Webhooks,
  WebhooksStrictnessOption,
  WebhookStage,
  WebhookSuccess,
} from "./webhooks.js";
