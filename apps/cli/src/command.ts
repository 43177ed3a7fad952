import { parseArgs } from "node:util";
import { UsageError } from "./errors.js";
import type { LoadedProfile } from "./profile.js";
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
  /** The profile (`--profile`, else the config file's default), read from the config file when first asked for. */
  profile(): Promise<LoadedProfile>;
}

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly positionals: readonly string[];
}

export interface Command {
  readonly name: string;
  /** Usage lines, without the leading `kyc-webhooks `. */
  readonly usage: readonly string[];
  /** A paragraph or two for `--help`. */
  readonly description: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /**
   * For a command with subcommands (`events list|show|tail`): the options each one takes, by name. The
   * first argument that is not an option names the subcommand, and only its options are accepted.
   */
  readonly subcommands?: Readonly<Record<string, readonly string[]>>;
  readonly examples?: readonly string[];
  /** Environment variables the command reads. */
  readonly environment?: Readonly<Record<string, string>>;
  run(args: ParsedArgs, context: Context): Promise<number>;
}

/** Parses a command's arguments; a mistake becomes a {@link UsageError} that points at `--help`. */
export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedArgs & { help: boolean } {
  const subcommand = command.subcommands === undefined ? undefined : argv.find((arg) => !arg.startsWith("-"));
  const allowed = subcommand === undefined ? undefined : command.subcommands?.[subcommand];
  const options: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> = {
    help: { type: "boolean", short: "h" },
  };
  for (const [name, spec] of Object.entries(command.options)) {
    if (allowed !== undefined && !allowed.includes(name)) continue;
    options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
  }
  const where = allowed === undefined ? command.name : `${command.name} ${subcommand ?? ""}`;
  try {
    const parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    const { help, ...values } = parsed.values as Record<string, string | boolean | string[] | undefined>;
    return { values, positionals: parsed.positionals, help: help === true };
  } catch (error) {
    const message = describeParseError(error);
    const unknown = /^Unknown option (--?[\w-]+)/.exec(message)?.[1];
    const elsewhere = unknown === undefined || allowed === undefined ? undefined : otherSubcommands(command, subcommand ?? "", unknown);
    const close = unknown === undefined ? undefined : closest(unknown.replace(/^-+/, ""), Object.keys(options));
    const hint = elsewhere
      ? `${unknown ?? ""} belongs to \`${command.name} ${elsewhere}\`, not \`${where}\`.`
      : close
        ? `Did you mean --${close}? Run \`kyc-webhooks ${command.name} --help\` to see its options.`
        : `Run \`kyc-webhooks ${command.name} --help\` to see its options.`;
    throw new UsageError(message.replace(/\.$/, allowed === undefined ? "." : ` for ${where}.`), hint);
  }
}

/** The other subcommands that take an option (given as `--name` or `-x`), joined for a sentence. */
function otherSubcommands(command: Command, current: string, flag: string): string | undefined {
  const name = flag.startsWith("--") ? flag.slice(2) : Object.entries(command.options).find(([, spec]) => spec.short === flag.slice(1))?.[0];
  if (name === undefined || !(name in command.options)) return undefined;
  const owners = Object.entries(command.subcommands ?? {}).filter(([sub, names]) => sub !== current && names.includes(name)).map(([sub]) => sub);
  return owners.length === 0 ? undefined : owners.join(" and ");
}

/**
 * The candidate closest to what was typed (Damerau-free Levenshtein distance), when it is close enough to be
 * a typo: at most a third of the word's length, and at least one edit allowed. For "did you mean".
 */
export function closest(typed: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(typed.toLowerCase(), candidate.toLowerCase());
    if (best === undefined || distance < best.distance) best = { candidate, distance };
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(1, Math.floor(Math.max(typed.length, best.candidate.length) / 3));
  return best.distance <= allowed || best.candidate.toLowerCase().startsWith(typed.toLowerCase()) ? best.candidate : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
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
