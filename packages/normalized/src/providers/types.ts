import type { NormalizedEvent } from "../event.js";

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
