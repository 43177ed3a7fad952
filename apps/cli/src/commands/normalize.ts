import { bodyToText } from "@kyc-webhooks/core";
import { normalizeRawLazily } from "@kyc-webhooks/normalized/lazy";
import { stringValue } from "../command.js";
import type { Command } from "../command.js";
import { UsageError, exitCodes } from "../errors.js";
import { describeFsError, expandInputs } from "../inputs.js";
import { parseProviderName } from "../providers.js";
import { formatValidation, validationView } from "../report.js";

export const normalizeCommand: Command = {
  name: "normalize",
  usage: ["normalize [--provider <name>] [--content-type <type>] <file|->"],
  description: [
    "Decodes, validates and normalizes one raw callback body and prints the normalized event as JSON on stdout",
    "(the model of @kyc-webhooks/normalized: type, status, finality, person, document, reasons, checks, raw).",
    "When the body is invalid, nothing goes to stdout and the issues go to stderr.",
    "",
    "Exit status: 0 when the body is valid, 1 when it is invalid, 2 on a usage error.",
  ].join("\n"),
  options: {
    provider: { type: "string", short: "p", value: "name", description: "The provider (jumio, shufti, ondato, netki); detected when not given." },
    "content-type": { type: "string", value: "type", description: "The Content-Type the body came with." },
  },
  examples: ["normalize callback.json", "normalize callback.json | jq .status", "normalize --provider jumio - < callback.form"],
  async run(args, { terminal, stdin }) {
    if (args.positionals.length !== 1) {
      throw new UsageError(
        args.positionals.length === 0 ? "normalize needs one input: a file, or - for stdin." : "normalize takes one input; use validate for many.",
        "Example: kyc-webhooks normalize callback.json",
      );
    }
    const providerOption = stringValue(args, "provider");
    const provider = providerOption === undefined ? undefined : parseProviderName(providerOption, "--provider");
    const { inputs } = await expandInputs(args.positionals, stdin);
    const [input] = inputs;
    if (input === undefined || input.fromDirectory) {
      throw new UsageError(`${args.positionals[0] ?? ""} is a directory; normalize takes one file.`, "Use validate for a directory.");
    }
    const body = await input.read().catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`Cannot read ${input.name}: ${describeFsError(error)}.`, "Check the path; use - to read a body from stdin.");
    });
    await import("../jitless.js");
    const result = await normalizeRawLazily(body, { provider, contentType: stringValue(args, "content-type") });
    if (result.ok) {
      terminal.print(JSON.stringify(result.event, null, 2));
      return exitCodes.ok;
    }
    const text = bodyToText(body);
    for (const line of formatValidation(validationView(input.name, text.ok ? text.text : undefined, result), terminal.err)) terminal.warn(line);
    return exitCodes.failure;
  },
};
