import type { ProviderDescriptor } from "@kyc-webhooks/core";
import type * as z from "zod";
import type { HttpApiDescription } from "@kyc-webhooks/core";
import type { SpecExample } from "./examples.js";

/** What the documents are generated from: the provider descriptors and the normalized event schema. */
export interface SpecSources {
  /** One descriptor per provider package (`descriptor` of `@kyc-webhooks/<provider>`). */
  readonly providers: readonly ProviderDescriptor[];
  /** `normalizedEventSchema` of `@kyc-webhooks/normalized`, when it is part of the output. */
  readonly normalizedEvent?: z.ZodType;
  /** Servers' own HTTP APIs by name (`receiver`), each written as `<name>-openapi.json` and `.yaml`. */
  readonly httpApis?: Readonly<Record<string, HttpApiDescription>>;
  /** Valid values of callback kinds and API objects (the provider packages' valid fixtures), written as `examples`. */
  readonly examples?: readonly SpecExample[];
  /** Valid normalized events, written as the `examples` of `NormalizedEvent`. */
  readonly normalizedEventExamples?: readonly unknown[];
}
