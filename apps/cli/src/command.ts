import { parseArgs } from "node:util";
import { UsageError } from "./errors.js";
import type { Env, Terminal } from "./terminal.js";

/** One option of a command, as `util.parseArgs` takes it plus what `--help` prints. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  readonly multiple?: boolean;
  /** The placeholder `--help` shows for a string option's value, e.g. `url`. */
  readonly value?: string;
  readonly description: string;
}

export interface Context {
  readonly terminal: Terminal;
  readonly env: Env;
  readonly stdin: NodeJS.ReadableStream;
  /** Aborted on Ctrl-C, for commands that run until stopped (`events tail`). */
  readonly signal: AbortSignal;
}

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly positionals: readonly string[];
}

export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Usage lines, without the leading `kyc-webhooks `. */
  readonly usage: readonly string[];
  /** A paragraph or two for `--help`. */
  readonly description: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly examples?: readonly string[];
  /** Environment variables the command reads. */
  readonly environment?: Readonly<Record<string, string>>;
  run(args: ParsedArgs, context: Context): Promise<number>;
}

/** Parses a command's arguments; a mistake becomes a {@link UsageError} that points at `--help`. */
export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedArgs & { help: boolean } {
  const options: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> = {
    help: { type: "boolean", short: "h" },
  };
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
  }
  try {
    const parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    const { help, ...values } = parsed.values as Record<string, string | boolean | string[] | undefined>;
    return { values, positionals: parsed.positionals, help: help === true };
  } catch (error) {
    throw new UsageError(describeParseError(error), `Run \`kyc-webhooks ${command.name} --help\` to see its options.`);
  }
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'([^']+)'/.exec(message)?.[1];
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Unknown option ${option ?? message}.`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return option && /argument missing/.test(message)
        ? `Option ${option.replace(/ <value>$/, "")} needs a value.`
        : `Option ${option ?? ""} does not take a value.`.replace("  ", " ");
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `Unexpected argument ${option ?? message}.`;
    default:
      return message;
  }
}

export function stringValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === "string" ? value : undefined;
}

export function booleanValue(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

export function listValue(args: ParsedArgs, name: string): string[] {
  const value = args.values[name];
  if (Array.isArray(value)) return value;
  return typeof value === "string" ? [value] : [];
}

/** A required string option, or a usage error naming it. */
export function requiredString(args: ParsedArgs, name: string, command: string, what: string): string {
  const value = stringValue(args, name);
  if (value === undefined || value === "") {
    throw new UsageError(`${command} needs --${name} <${what}>.`, `Run \`kyc-webhooks ${command} --help\` for an example.`);
  }
  return value;
}

/** A positive number option (seconds, counts), or a usage error. */
export function numberValue(args: ParsedArgs, name: string, command: string, fallback: number): number {
  const raw = stringValue(args, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new UsageError(`--${name} must be a positive number, got "${raw}".`, `Run \`kyc-webhooks ${command} --help\`.`);
  }
  return value;
}
