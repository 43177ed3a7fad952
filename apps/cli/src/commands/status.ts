import { providerNames } from "@kyc-webhooks/normalized/lazy";
import type { VerificationDetail } from "@kyc-webhooks/receiver";
import { booleanValue } from "../command.js";
import type { Command } from "../command.js";
import { UsageError, exitCodes } from "../errors.js";
import { getVerification, receiverApiFrom, receiverEnvironment, receiverOptions } from "../receiver-api.js";
import { renderTable } from "../table.js";
import type { Style, Terminal } from "../terminal.js";

export const statusCommand: Command = {
  name: "status",
  usage: ["status <provider> <reference> [--json]"],
  description: [
    "Reads a running receiver's GET /verifications/{provider}/{reference} with its admin token and prints the",
    "verification's current status (final or not, whether it needs a refresh from the provider), the event that",
    "set it, and every event of the verification with what it did: applied, ignored as older, a duplicate of",
    "what was known, or a conflict with a final decision (a replayed callback, say).",
    "",
    `Providers: ${providerNames.join(", ")}. The reference is the provider's id of the verification (Jumio's scan`,
    "or transaction reference, Shufti's reference, Ondato's identity verification id, Netki's transaction id, or a",
    "Netki business's name).",
    "",
    "With --json: the API's answer. Exit status: 0 ok, 1 receiver unreachable, refusing or no such verification,",
    "2 usage error.",
  ].join("\n"),
  options: {
    ...receiverOptions,
    json: { type: "boolean", description: "Print the API's answer as JSON." },
  },
  environment: receiverEnvironment,
  examples: ["status shufti 17374217", "status netki 83d0d0b0-68e8-4746-8197-ca4d18a21e2c --json"],
  async run(args, context) {
    const [provider, reference, ...rest] = args.positionals;
    if (provider === undefined || reference === undefined || rest.length > 0) {
      throw new UsageError("status needs a provider and a reference.", "Example: kyc-webhooks status shufti 17374217");
    }
    if (!(providerNames as readonly string[]).includes(provider)) throw new UsageError(`Unknown provider "${provider}".`, `Use one of: ${providerNames.join(", ")}.`);
    const verification = await getVerification(receiverApiFrom(args, context.env), provider, reference);
    if (booleanValue(args, "json")) {
      context.terminal.print(JSON.stringify(verification, null, 2));
      return exitCodes.ok;
    }
    for (const line of verificationLines(verification, context.terminal)) context.terminal.print(line);
    return exitCodes.ok;
  },
};

function statusColor(text: string, status: string | null, style: Style): string {
  if (status === "declined") return style.red(text);
  if (status === "approved") return style.green(text);
  return style.yellow(text);
}

function outcomeColor(text: string, style: Style): string {
  if (text === "conflict") return style.red(text);
  if (text === "applied") return style.green(text);
  return style.dim(text);
}

function shortTime(iso: string): string {
  return iso.replace("T", " ").replace(/\.\d+Z$/, "Z");
}

function verificationLines(verification: VerificationDetail, terminal: Terminal): string[] {
  const style = terminal.out;
  const status = `${verification.status}${verification.providerStatus ? ` (${verification.providerStatus})` : ""}`;
  const lines = [
    `${style.bold(`${verification.provider} ${verification.reference}`)}: ${statusColor(status, verification.status, style)}, ${verification.final ? "final" : "not final"}`,
  ];
  if (verification.needsRefresh) lines.push(style.yellow("Needs a refresh: the provider says the status changed; fetch it from the provider."));
  if (verification.conflictCount > 0) {
    lines.push(style.red(`${verification.conflictCount} conflicting event${verification.conflictCount === 1 ? "" : "s"}: contradicted a final decision and were not applied.`));
  }
  lines.push(
    `Set by event ${verification.event.id} (${verification.event.kind}), received ${shortTime(verification.event.receivedAt)}; updated ${shortTime(verification.updatedAt)}; ${verification.eventCount} event${verification.eventCount === 1 ? "" : "s"}.`,
    "",
  );
  lines.push(
    ...renderTable(
      verification.history,
      [
        { header: "ID", value: (entry) => entry.id, minWidth: 4 },
        { header: "RECEIVED", value: (entry) => shortTime(entry.receivedAt), minWidth: 20 },
        { header: "KIND", value: (entry) => entry.kind ?? "?", minWidth: 20 },
        { header: "STATUS", value: (entry) => `${entry.status ?? ""}${entry.providerStatus ? ` (${entry.providerStatus})` : ""}`, color: (text, entry, s) => statusColor(text, entry.status, s) },
        { header: "OCCURRED", value: (entry) => entry.occurredAt ?? "" },
        { header: "DELIVERIES", value: (entry) => String(entry.deliveries) },
        { header: "OUTCOME", value: (entry) => entry.outcome, color: (text, _entry, s) => outcomeColor(text, s) },
      ],
      style,
      terminal.stdout.isTTY ? (terminal.stdout.columns ?? 160) : undefined,
    ),
  );
  return lines;
}
