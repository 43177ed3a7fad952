// From the light entry: `validate` imports this module, and the main entry builds the event model's schemas.
import { providerNames } from "@kyc-webhooks/normalized/lazy";
import type { ProviderName } from "@kyc-webhooks/normalized/lazy";
import { closest } from "./command.js";
import { UsageError } from "./errors.js";

export function isProviderName(value: string): value is ProviderName {
  return (providerNames as readonly string[]).includes(value);
}

/** A provider name given on the command line, or a usage error listing the known ones. */
export function parseProviderName(value: string, where: string): ProviderName {
  const name = value.toLowerCase();
  if (isProviderName(name)) return name;
  const close = closest(name, providerNames);
  throw new UsageError(`Unknown provider "${value}" in ${where}.`, `${close ? `Did you mean ${close}? ` : ""}Use one of: ${providerNames.join(", ")}.`);
}
