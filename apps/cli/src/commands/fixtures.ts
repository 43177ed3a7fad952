import { providerNames } from "@kyc-webhooks/normalized/lazy";
import { booleanValue } from "../command.js";
import type { Command } from "../command.js";
import { UsageError, exitCodes } from "../errors.js";
import { listFixtures } from "../fixtures.js";
import { parseProviderName } from "../providers.js";
import { renderTable } from "../table.js";

export const fixturesCommand: Command = {
  name: "fixtures",
  usage: ["fixtures [<provider>] [--json]"],
  description: [
    "Lists the callback fixtures the provider packages ship (the documents' samples and documented variants),",
    "with their kind, whether each is valid, and where it comes from. A fixture's name is what `send` takes.",
    "Invalid fixtures (valid: no) are there on purpose: send one to see a receiver quarantine it.",
  ].join("\n"),
  options: {
    json: { type: "boolean", description: "Print JSON: { <provider>: [{ name, file, kind, valid, contentType, description, headers? }] }." },
  },
  examples: ["fixtures", "fixtures shufti", "fixtures --json | jq '.netki[].name'"],
  async run(args, { terminal }) {
    if (args.positionals.length > 1) throw new UsageError("fixtures takes at most one provider.", `Use one of: ${providerNames.join(", ")}.`);
    const only = args.positionals[0] === undefined ? undefined : parseProviderName(args.positionals[0], "the provider argument");
    const providers = only === undefined ? providerNames : [only];

    if (booleanValue(args, "json")) {
      const out: Record<string, unknown[]> = {};
      for (const provider of providers) {
        out[provider] = listFixtures(provider).map(({ name, file, kind, valid, contentType, description, headers }) => ({
          name,
          file,
          kind,
          valid,
          contentType,
          description,
          ...(headers === undefined ? {} : { headers }),
        }));
      }
      terminal.print(JSON.stringify(out, null, 2));
      return exitCodes.ok;
    }

    const style = terminal.out;
    const maxWidth = terminal.stdout.isTTY ? (terminal.stdout.columns ?? 120) - 2 : undefined;
    providers.forEach((provider, index) => {
      const fixtures = listFixtures(provider);
      if (index > 0) terminal.print();
      terminal.print(`${style.bold(provider)} ${style.dim(`(${fixtures.length} fixture${fixtures.length === 1 ? "" : "s"})`)}`);
      if (fixtures.length === 0) {
        terminal.print(style.dim("  none in this build"));
        return;
      }
      const table = renderTable(
        fixtures,
        [
          { header: "NAME", value: (fixture) => fixture.name },
          { header: "KIND", value: (fixture) => fixture.kind },
          { header: "VALID", value: (fixture) => (fixture.valid ? "yes" : "no"), color: (text, fixture, s) => (fixture.valid ? s.green(text) : s.yellow(text)) },
          { header: "DESCRIPTION", value: (fixture) => fixture.description.replace(/\s+/g, " ") },
        ],
        style,
        maxWidth === undefined ? undefined : maxWidth - 2,
      );
      for (const line of table) terminal.print(`  ${line}`);
    });
    if (only === undefined) terminal.print(style.dim("\nSend one: kyc-webhooks send <provider> <name> --to <url> (see kyc-webhooks send --help)"));
    return exitCodes.ok;
  },
};
