import type { ProviderDescriptor } from "@kyc-webhooks/core";
import type { z } from "zod";

/** What the documents are generated from: the provider descriptors and the normalized event schema. */
export interface SpecSources {
  /** One descriptor per provider package (`descriptor` of `@kyc-webhooks/<provider>`). */
  readonly providers: readonly ProviderDescriptor[];
  /** `normalizedEventSchema` of `@kyc-webhooks/normalized`, when it is part of the output. */
  readonly normalizedEvent?: z.ZodType;
}
