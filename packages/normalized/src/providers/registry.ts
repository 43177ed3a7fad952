import * as jumio from "@kyc-webhooks/jumio";
import * as netki from "@kyc-webhooks/netki";
import * as ondato from "@kyc-webhooks/ondato";
import * as shufti from "@kyc-webhooks/shufti";
import type { RawBody, SafeParseResult, Strictness } from "@kyc-webhooks/core";
import type { ProviderName } from "../event.js";
import { normalizeJumio } from "./jumio/normalize.js";
import { normalizeNetki } from "./netki/normalize.js";
import { normalizeOndato } from "./ondato/normalize.js";
import { safeParseOndato } from "./ondato/parse.js";
import { normalizeShufti } from "./shufti/normalize.js";
import type { ProviderNormalizer } from "./types.js";

/** What normalization needs of a provider package, plus the provider's normalizer. */
export interface ProviderEntry {
  readonly detect: (body: RawBody, options?: { contentType?: string | undefined }) => string | undefined;
  readonly safeParseCallback: (body: RawBody, options?: { contentType?: string | undefined; strictness?: Strictness | undefined }) => SafeParseResult<unknown>;
  readonly kindOf: (callback: never) => string;
  readonly normalize: ProviderNormalizer;
}

/**
 * The four providers, in the order detection asks them. Each package's `detect` is narrow (it refuses
 * the others' shapes), and a test checks that no fixture is claimed by two of them, so the order only
 * matters for bodies no fixture covers.
 */
export const providerEntries: Readonly<Record<ProviderName, ProviderEntry>> = {
  jumio: { detect: jumio.detect, safeParseCallback: jumio.safeParseCallback, kindOf: jumio.kindOf, normalize: normalizeJumio },
  shufti: { detect: shufti.detect, safeParseCallback: shufti.safeParseCallback, kindOf: shufti.kindOf, normalize: normalizeShufti },
  ondato: { detect: ondato.detect, safeParseCallback: safeParseOndato, kindOf: ondato.kindOf, normalize: normalizeOndato },
  netki: { detect: netki.detect, safeParseCallback: netki.safeParseCallback, kindOf: netki.kindOf, normalize: normalizeNetki },
};

export const detectionOrder: readonly ProviderName[] = ["ondato", "shufti", "netki", "jumio"];
