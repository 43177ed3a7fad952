export * from "./event.js";
export { normalize, normalizeRaw, detectProvider, diagnoseBody } from "./normalize.js";
export type { NormalizeResult, NormalizeRawOptions } from "./normalize.js";
export { normalizeRawLazily } from "./lazy.js";
export { bodyProblem } from "./diagnose.js";
export type { Diagnosis } from "./diagnose.js";
export { rawEventId, contentEventId, providerEventId, canonicalJson } from "./event-id.js";
export { statusMappings, reasonMappings, documentTypeMappings, checkMappings, mediaMappings } from "./mappings.js";
export { finalities } from "./mapping.js";
export type { Finality, StatusMapping, ReasonMapping, DocumentTypeMapping, CheckMapping, MediaMapping } from "./mapping.js";
export { toCountry, alpha2ToAlpha3, alpha3ToAlpha2, countryAliases } from "./country.js";
export { iso3166Countries } from "./countries.js";
export { renderMappingTables, withMappingTables } from "./mapping-tables.js";
export { identityRules, identityBases, identityRuleOf, identifyDelivery, occurrenceEventId, shuftiRetrySpanMs } from "./verification/identity.js";
export type { IdentityRule, IdentityBasis, DeliveryIdentity, DeliveryIdentityInput, StoredEventRef } from "./verification/identity.js";
export { orderingRules, orderingRuleOf, orderKeyOf, compareOrder } from "./verification/ordering.js";
export type { OrderingRule, OrderKey } from "./verification/ordering.js";
export { finalDecisionChangePaths, changePathOf } from "./verification/change-paths.js";
export type { FinalDecisionChangePath } from "./verification/change-paths.js";
export { providerStatusOf } from "./verification/provider-status.js";
export { sortableInstant } from "./verification/instant.js";
export { sources as verificationSources } from "./verification/sources.js";
export type { SourceDocument } from "./verification/sources.js";
export {
  verificationOutcomes,
  reduceVerification,
  reduceVerificationEvents,
  verificationEventOf,
  verificationReferenceOf,
} from "./verification/reducer.js";
export type { VerificationOutcome, VerificationEvent, VerificationState, ReduceResult } from "./verification/reducer.js";
export { renderVerificationRules, withVerificationRules } from "./verification/rules-table.js";
