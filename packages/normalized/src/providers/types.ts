import type { RawBody, SafeParseResult, Strictness } from "@kyc-webhooks/core";
import type { NormalizedEvent, ProviderName } from "../event.js";

/** What a provider's normalizer works out; `normalize()` adds provider, kind, eventId and raw. */
export type NormalizedDraft = Omit<NormalizedEvent, "eventId" | "provider" | "providerKind" | "raw">;

/** How the eventId of a callback is made: from the provider's own event id, or from its content. */
export type EventIdentity =
  | { readonly id: string }
  /** The content to hash: the parsed callback minus fields that change between deliveries of one event. */
  | { readonly content: unknown };

export interface ProviderNormalization {
  readonly draft: NormalizedDraft;
  readonly identity: EventIdentity;
}

/** A provider's normalizer: an already-parsed callback of the given kind to a draft event. */
export type ProviderNormalizer = (callback: unknown, kind: string) => ProviderNormalization;

/** What normalization needs of a provider package, plus the provider's normalizer. */
export interface ProviderEntry {
  readonly detect: (body: RawBody, options?: { contentType?: string | undefined }) => string | undefined;
  readonly safeParseCallback: (body: RawBody, options?: { contentType?: string | undefined; strictness?: Strictness | undefined }) => SafeParseResult<unknown>;
  readonly kindOf: (callback: never) => string;
  readonly normalize: ProviderNormalizer;
}

/** The entry of a provider, for code that works with whichever entries are loaded (see ../lazy.ts). */
export type EntryOf = (provider: ProviderName) => ProviderEntry;
