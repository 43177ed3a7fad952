import { bodyToText } from "@kyc-webhooks/core";
import { normalizeRawLazily } from "@kyc-webhooks/normalized/lazy";
import type { NormalizeResult } from "@kyc-webhooks/normalized/lazy";
import { booleanValue, listValue, stringValue } from "../command.js";
import type { Command } from "../command.js";
import { UsageError, exitCodes } from "../errors.js";
import { describeFsError, expandInputs } from "../inputs.js";
import { createProgress, progressThreshold } from "../progress.js";
import { parseProviderName } from "../providers.js";
import { formatValidation, validationView } from "../report.js";
import type { ValidationView } from "../report.js";
import type { Style } from "../terminal.js";

/** Codes of a body that is no provider's callback at all (rather than a broken one): skipped in a directory. */
const notCallbackCodes: Readonly<Record<string, string>> = {
  unknown_provider: "no provider's callback",
  invalid_type: "a JSON value that is not an object",
  unknown_format: "neither JSON nor a form body",
  invalid_form: "neither JSON nor a form body",
  binary_body: "a binary file",
};

function notACallback(result: NormalizeResult): string | undefined {
  if (result.ok || result.provider !== undefined) return undefined;
  const reason = notCallbackCodes[result.issues[0]?.code ?? ""];
  return reason === undefined ? undefined : `not a callback: ${reason}`;
}

function formatSkipped(input: string, reason: string, style: Style): string {
  return `${style.dim("- skipped")}  ${style.bold(input)}  ${style.dim(reason)}`;
}

export const validateCommand: Command = {
  name: "validate",
  usage: ["validate [--provider <name>] [--content-type <type>] [--tolerant] [--include <glob>] [--exclude <glob>] [--json] <file|dir|->..."],
  description: [
    "Each input is a raw callback body as the provider sends it: JSON, or Jumio's form-urlencoded text; - reads one",
    "body from stdin. The provider and the callback kind are detected from the body unless --provider is given. A valid",
    "body shows what it means (the normalized type and status); an invalid one names the cause (empty, binary, not JSON,",
    "wrong content type, \"looks like <provider> <kind>, but\") and lists its issues, each with the field's path and",
    "file:line:col.",
    "",
    "A directory means the callback files under it: files that are no provider's callback at all (a manifest, a",
    "README, an API sample) are skipped, and so are dot-files, links to directories and what --include/--exclude",
    "leave out; each skipped file is listed with the reason. With --include, every matching file is validated.",
    "A path that does not exist is reported as an invalid input; the others are still validated.",
    "",
    "Validation is strict: a body that breaks a rule the provider's documents state (each issue names the rule, the",
    "document and where in it) or holds an enumeration value they do not list is invalid. With --tolerant it is",
    "checked as the receiver checks it: those become warnings on a valid result; structurally wrong bodies still fail.",
    "",
    `With ${progressThreshold} inputs or more, a progress bar shows on stderr when stderr is a terminal.`,
    "",
    "Exit status: 0 when every input is valid, 1 when any is invalid, 2 on a usage error.",
  ].join("\n"),
  options: {
    provider: { type: "string", short: "p", value: "name", description: "The provider (jumio, shufti, ondato, netki); detected when not given." },
    "content-type": { type: "string", value: "type", description: "The Content-Type the body came with (checked like the receiver does)." },
    tolerant: { type: "boolean", description: "Check as the receiver does: broken documented rules and unlisted values are warnings." },
    include: { type: "string", multiple: true, value: "glob", description: "In directories, only files matching this glob (e.g. '**/*.json'; repeat for more); all are validated." },
    exclude: { type: "string", multiple: true, value: "glob", description: "In directories, leave out files matching this glob (a glob without / matches file names)." },
    json: { type: "boolean", description: "Print one JSON document: { ok, summary, results[], skipped[] }, also when inputs are missing." },
  },
  examples: [
    "validate callback.json",
    "validate --provider jumio callback.form",
    "validate --json captured/ > results.json",
    "validate captured/ --include '**/*.json' --exclude 'drafts/**'",
    "curl -s https://… | kyc-webhooks validate -",
  ],
  async run(args, { terminal, stdin }) {
    if (args.positionals.length === 0) {
      throw new UsageError("validate needs at least one input: a file, a directory, or - for stdin.", "Example: kyc-webhooks validate callback.json");
    }
    const providerOption = stringValue(args, "provider");
    const provider = providerOption === undefined ? undefined : parseProviderName(providerOption, "--provider");
    const contentType = stringValue(args, "content-type");
    const json = booleanValue(args, "json");
    const strictness = booleanValue(args, "tolerant") ? "tolerant" : "strict";

    const include = listValue(args, "include");
    const { inputs, skipped } = await expandInputs(args.positionals, stdin, { include, exclude: listValue(args, "exclude") });
    if (inputs.length > 0) await import("../jitless.js");
    const progress = createProgress(terminal.stderr, inputs.length, "validating", terminal.err);
    const views: ValidationView[] = [];
    let invalid = 0;
    for (const input of inputs) {
      let view: ValidationView;
      try {
        const body = await input.read();
        const text = bodyToText(body);
        const result: NormalizeResult = await normalizeRawLazily(body, { provider, contentType, strictness });
        const notCallback = input.fromDirectory && include.length === 0 && provider === undefined ? notACallback(result) : undefined;
        if (notCallback !== undefined) {
          skipped.push({ input: input.name, reason: notCallback });
          if (!json) progress.interrupt(() => terminal.print(formatSkipped(input.name, notCallback, terminal.out)));
          progress.tick();
          continue;
        }
        view = validationView(input.name, text.ok ? text.text : undefined, result);
      } catch (error) {
        view = { input: input.name, ok: false, issues: [{ path: [], field: "(body)", code: "read_error", message: `Cannot read it: ${describeFsError(error as NodeJS.ErrnoException)}` }], warnings: [] };
      }
      if (!view.ok) invalid += 1;
      if (json) views.push(view);
      else progress.interrupt(() => formatValidation(view, terminal.out).forEach((line) => terminal.print(line)));
      progress.tick();
    }
    progress.done();

    const checked = inputs.length - skipped.filter((entry) => inputs.some((input) => input.name === entry.input)).length;
    const summary = { total: checked, valid: checked - invalid, invalid, skipped: skipped.length };
    if (json) {
      terminal.print(JSON.stringify({ ok: invalid === 0, summary, results: views, skipped }, null, 2));
    } else {
      const style = terminal.out;
      for (const entry of skipped.filter((item) => !inputs.some((input) => input.name === item.input))) terminal.print(formatSkipped(entry.input, entry.reason, style));
      if (checked + skipped.length > 1) {
        terminal.print(
          `\n${style.bold(`${summary.total} inputs`)}: ${style.green(`${summary.valid} valid`)}, ${invalid > 0 ? style.red(`${invalid} invalid`) : "0 invalid"}${skipped.length > 0 ? style.dim(`, ${skipped.length} skipped`) : ""}`,
        );
      }
    }
    return invalid === 0 ? exitCodes.ok : exitCodes.failure;
  },
};
