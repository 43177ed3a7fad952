import { booleanValue } from "../command.js";
import type { Command } from "../command.js";
import { UsageError, exitCodes } from "../errors.js";
import { receiverApiFrom, receiverEnvironment, receiverOptions, rekey } from "../receiver-api.js";

export const rekeyCommand: Command = {
  name: "rekey",
  usage: ["rekey [--json]"],
  description: [
    "Asks a running receiver (POST /maintenance/rekey, admin token) to re-seal every stored personal value with",
    "the newest key of its KYC_ENCRYPTION_KEYS, and to seal the values it stored clear. Rotate a key by adding",
    "the new one last to KYC_ENCRYPTION_KEYS, restarting the receiver, running this, and then dropping the old",
    "key once a second run reports 0 values.",
    "",
    "With --json: the API's answer. Exit status: 0 done, 1 receiver unreachable or refusing (no",
    "KYC_ENCRYPTION_KEYS), 2 usage error.",
  ].join("\n"),
  options: {
    ...receiverOptions,
    json: { type: "boolean", description: "Print the API's answer as JSON." },
  },
  environment: receiverEnvironment,
  examples: ["rekey", "rekey --url https://kyc.internal.example --json"],
  async run(args, context) {
    if (args.positionals.length > 0) throw new UsageError("rekey takes no arguments.", "Example: kyc-webhooks rekey");
    const result = await rekey(receiverApiFrom(args, context.env));
    if (booleanValue(args, "json")) {
      context.terminal.print(JSON.stringify(result, null, 2));
      return exitCodes.ok;
    }
    context.terminal.print(`${result.values} stored value${result.values === 1 ? "" : "s"} re-sealed; every value is now sealed with key ${result.keyId}.`);
    return exitCodes.ok;
  },
};
