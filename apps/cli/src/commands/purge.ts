import { providerNames } from "@kyc-webhooks/normalized/lazy";
import { booleanValue } from "../command.js";
import type { Command } from "../command.js";
import { UsageError, exitCodes } from "../errors.js";
import { purgeVerification, receiverApiFrom, receiverEnvironment, receiverOptions } from "../receiver-api.js";

export const purgeCommand: Command = {
  name: "purge",
  usage: ["purge <provider> <reference> [--json]"],
  description: [
    "Asks a running receiver (POST /verifications/{provider}/{reference}/purge, admin token) to remove every",
    "personal value it holds for the verification: the raw and decoded bodies and the personal fields of its",
    "events, their deliveries' bodies and their outbox payloads (pending outbound deliveries are given up). The",
    "decision stays (status, reasons, times, hashes), so `kyc-webhooks status` still shows the verification. The",
    "receiver records a tombstone: who asked (admin), when. Safe to repeat: a second purge removes only what",
    "arrived since.",
    "",
    `Providers: ${providerNames.join(", ")}.`,
    "",
    "With --json: the API's answer. Exit status: 0 purged (or already purged), 1 receiver unreachable or",
    "refusing, 2 usage error.",
  ].join("\n"),
  options: {
    ...receiverOptions,
    json: { type: "boolean", description: "Print the API's answer as JSON." },
  },
  environment: receiverEnvironment,
  examples: ["purge shufti 17374217", "purge netki 83d0d0b0-68e8-4746-8197-ca4d18a21e2c --json"],
  async run(args, context) {
    const [provider, reference, ...rest] = args.positionals;
    if (provider === undefined || reference === undefined || rest.length > 0) {
      throw new UsageError("purge needs a provider and a reference.", "Example: kyc-webhooks purge shufti 17374217");
    }
    if (!(providerNames as readonly string[]).includes(provider)) throw new UsageError(`Unknown provider "${provider}".`, `Use one of: ${providerNames.join(", ")}.`);
    const result = await purgeVerification(receiverApiFrom(args, context.env), provider, reference);
    if (booleanValue(args, "json")) {
      context.terminal.print(JSON.stringify(result, null, 2));
      return exitCodes.ok;
    }
    const events = `${result.purgedEvents} event${result.purgedEvents === 1 ? "" : "s"}`;
    const cancelled = result.cancelledDeliveries > 0 ? `; ${result.cancelledDeliveries} pending outbound deliver${result.cancelledDeliveries === 1 ? "y" : "ies"} given up` : "";
    context.terminal.print(`${result.provider} ${result.reference}: personal data removed from ${events}${cancelled}.`);
    context.terminal.print(`Tombstone: purged by ${result.tombstone.requestedBy} (${result.tombstone.reason}) at ${result.tombstone.requestedAt}; latest purge ${result.tombstone.lastPurgedAt}.`);
    return exitCodes.ok;
  },
};
