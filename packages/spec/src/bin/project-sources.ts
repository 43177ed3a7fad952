import { descriptor as jumio } from "@kyc-webhooks/jumio";
import { descriptor as netki } from "@kyc-webhooks/netki";
import { normalizedEventSchema } from "@kyc-webhooks/normalized";
import { descriptor as ondato } from "@kyc-webhooks/ondato";
import { descriptor as shufti } from "@kyc-webhooks/shufti";
import type { SpecSources } from "../sources.js";

/**
 * This repository's sources: the descriptor of each provider package and the normalized event. A new
 * callback kind or API object added to a provider's descriptor reaches the documents from here, with
 * no change to this package.
 */
export const projectSources: SpecSources = {
  providers: [jumio, netki, ondato, shufti],
  normalizedEvent: normalizedEventSchema,
};
