import { descriptor as jumio } from "@kyc-webhooks/jumio";
import { descriptor as netki } from "@kyc-webhooks/netki";
import { normalizedEventSchema } from "@kyc-webhooks/normalized";
import { descriptor as ondato } from "@kyc-webhooks/ondato";
import { receiverApi } from "@kyc-webhooks/receiver-api";
import { descriptor as shufti } from "@kyc-webhooks/shufti";
import type { HttpApiDescription } from "@kyc-webhooks/core";
import type { SpecSources } from "../sources.js";
import { normalizedEventExamples, projectExamples } from "./project-examples.js";

/** The receiver's own description (typed by core's HttpApiDescription, which both packages share). */
const receiver: HttpApiDescription = receiverApi;

/**
 * This repository's sources: the descriptor of each provider package, the normalized event, and the
 * receiver's HTTP API. A new callback kind or API object added to a provider's descriptor, or a route
 * added to the receiver's description, reaches the documents from here, with no change to this package.
 */
const providers = [jumio, netki, ondato, shufti];

export const projectSources: SpecSources = {
  providers,
  examples: projectExamples(providers),
  normalizedEventExamples: normalizedEventExamples(providers),
  normalizedEvent: normalizedEventSchema,
  httpApis: { receiver },
};
