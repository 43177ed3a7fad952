import { bodyToText } from "@kyc-webhooks/core";
import { normalizeRaw } from "@kyc-webhooks/normalized";
import type { NormalizeResult } from "@kyc-webhooks/normalized";
import { booleanValue, stringValue } from "../command.js";
import type { Command } from "../command.js";
import { UsageError, exitCodes } from "../errors.js";
import { describeFsError, expandInputs } from "../inputs.js";
import { createProgress, progressThreshold } from "../progress.js";
import { parseProviderName } from "../providers.js";
import { formatValidation, validationView } from "../report.js";
import type { ValidationView } from "../report.js";

export const validateCommand: Command = {
  name: "validate",
  usage: ["validate [--provider <name>] [--content-type <type>] [--json] <file|dir|->..."],
  description: [
    "Each input is a raw callback body as the provider sends it: JSON, or Jumio's form-urlencoded text. A directory",
    "means every file under it; - reads one body from stdin. The provider and the callback kind are detected from the",
    "body unless --provider is given. A valid body shows what it means (the normalized type and status); an invalid",
    "one lists its issues, each with the field's path and its line:column in the input.",
    "",
    `With ${progressThreshold} inputs or more, a progress bar shows on stderr when stderr is a terminal.`,
    "",
    "Exit status: 0 when every input is valid, 1 when any is invalid, 2 on a usage error.",
  ].join("\n"),
  options: {
    provider: { type: "string", short: "p", value: "name", description: "The provider (jumio, shufti, ondato, netki); detected when not given." },
    "content-type": { type: "string", value: "type", description: "The Content-Type the body came with (checked like the receiver does)." },
    json: { type: "boolean", description: "Print one JSON document: { ok, summary, results[] }." },
  },
  examples: ["validate callback.json", "validate --provider jumio callback.form", "validate --json captured/ > results.json", "curl -s https://… | kyc-webhooks validate -"],
  async run(args, { terminal, stdin }) {
    if (args.positionals.length === 0) {
      throw new UsageError("validate needs at least one input: a file, a directory, or - for stdin.", "Example: kyc-webhooks validate callback.json");
    }
    const providerOption = stringValue(args, "provider");
    const provider = providerOption === undefined ? undefined : parseProviderName(providerOption, "--provider");
    const contentType = stringValue(args, "content-type");
    const json = booleanValue(args, "json");

    const inputs = await expandInputs(args.positionals, stdin);
    const progress = createProgress(terminal.stderr, inputs.length, "validating", terminal.err);
    const views: ValidationView[] = [];
    let invalid = 0;
    for (const input of inputs) {
      let view: ValidationView;
      try {
        const body = await input.read();
        const text = bodyToText(body);
        const result: NormalizeResult = normalizeRaw(body, { provider, contentType });
        view = validationView(input.name, text.ok ? text.text : undefined, result);
      } catch (error) {
        view = { input: input.name, ok: false, issues: [{ path: [], field: "(body)", code: "read_error", message: `Cannot read it: ${describeFsError(error as NodeJS.ErrnoException)}` }] };
      }
      if (!view.ok) invalid += 1;
      if (json) views.push(view);
      else progress.interrupt(() => formatValidation(view, terminal.out).forEach((line) => terminal.print(line)));
      progress.tick();
    }
    progress.done();

    const summary = { total: inputs.length, valid: inputs.length - invalid, invalid };
    if (json) {
      terminal.print(JSON.stringify({ ok: invalid === 0, summary, results: views }, null, 2));
    } else if (inputs.length > 1) {
      const style = terminal.out;
      terminal.print(
        `\n${style.bold(`${summary.total} inputs`)}: ${style.green(`${summary.valid} valid`)}, ${invalid > 0 ? style.red(`${invalid} invalid`) : "0 invalid"}`,
      );
    }
    return invalid === 0 ? exitCodes.ok : exitCodes.failure;
  },
};
