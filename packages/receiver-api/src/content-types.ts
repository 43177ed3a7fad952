import type { ProviderDescriptor } from "@kyc-webhooks/core";
import { descriptor as jumioDescriptor } from "@kyc-webhooks/jumio";
import { descriptor as netkiDescriptor } from "@kyc-webhooks/netki";
import { providerNames } from "@kyc-webhooks/normalized";
import type { ProviderName } from "@kyc-webhooks/normalized";
import { descriptor as ondatoDescriptor } from "@kyc-webhooks/ondato";
import { descriptor as shuftiDescriptor } from "@kyc-webhooks/shufti";

/** Each provider package's descriptor: its callback kinds and the content types it sends them in. */
export const providerDescriptors: Readonly<Record<ProviderName, ProviderDescriptor>> = {
  jumio: jumioDescriptor,
  shufti: shuftiDescriptor,
  ondato: ondatoDescriptor,
  netki: netkiDescriptor,
};

/** The content types each provider sends callbacks with, from the provider packages' descriptors. */
export const callbackContentTypes: Readonly<Record<ProviderName, readonly string[]>> = Object.fromEntries(
  providerNames.map((provider) => [provider, [...new Set(providerDescriptors[provider].webhooks.map((webhook) => webhook.contentType.toLowerCase()))]]),
) as unknown as Record<ProviderName, readonly string[]>;
