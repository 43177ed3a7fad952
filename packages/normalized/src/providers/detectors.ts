import { detect as detectJumio } from "@kyc-webhooks/jumio/detect";
import { detect as detectNetki } from "@kyc-webhooks/netki/detect";
import { detect as detectOndato } from "@kyc-webhooks/ondato/detect";
import { detect as detectShufti } from "@kyc-webhooks/shufti/detect";
import type { RawBody } from "@kyc-webhooks/core";
import type { ProviderName } from "../event.js";
import type { ProviderEntry } from "./types.js";

/**
 * Each provider package's `detect`. They read a body's shape only (each package keeps them apart from its
 * schemas), so detecting a body's provider loads no schema: only the provider that claims it is loaded.
 */
export const detectors: Readonly<Record<ProviderName, ProviderEntry["detect"]>> = {
  jumio: detectJumio,
  shufti: detectShufti,
  ondato: detectOndato,
  netki: detectNetki,
};

/**
 * The order detection asks the providers. Each package's `detect` is narrow (it refuses the others' shapes),
 * and a test checks that no fixture is claimed by two of them, so the order only matters for bodies no
 * fixture covers.
 */
export const detectionOrder: readonly ProviderName[] = ["ondato", "shufti", "netki", "jumio"];

/**
 * Which provider and callback kind a raw body is, from its shape alone (each provider package's
 * `detect`); undefined for a body of no known provider. Never throws.
 */
export function detectProvider(body: RawBody, options: { contentType?: string | undefined } = {}): { provider: ProviderName; kind: string } | undefined {
  for (const provider of detectionOrder) {
    let kind: string | undefined;
    try {
      kind = detectors[provider](body, { contentType: options.contentType });
    } catch {
      kind = undefined;
    }
    if (kind !== undefined) return { provider, kind };
  }
  return undefined;
}
