import { closest, parseCommandArgs } from "./command.js";
import type { Command, Context } from "./command.js";
import { CliError, UsageError, exitCodes } from "./errors.js";
import { commandHelp, mainHelp } from "./help.js";
import type { LoadedProfile } from "./profile.js";
import { commandEntries } from "./registry.js";
import type { CommandEntry } from "./registry.js";
import { createTerminal } from "./terminal.js";
import type { Env, Stream } from "./terminal.js";
import { cliVersion } from "./version.js";

export interface Process {
  readonly argv: readonly string[];
  readonly env: Env;
  readonly stdout: Stream;
  readonly stderr: Stream;
  readonly stdin: NodeJS.ReadableStream;
  readonly signal: AbortSignal;
}

/** Options every command takes, wherever they stand; `--profile` takes a value. */
const globalFlags = new Set(["--debug", "--no-color"]);

/** Runs the command line; returns the exit code. Errors a user can cause are printed without a stack trace. */
export async function runCli(proc: Process): Promise<number> {
  const debug = proc.argv.includes("--debug");
  const terminal = createTerminal(proc.stdout, proc.stderr, proc.env, proc.argv.includes("--no-color"));
  try {
    const { argv, profileName } = globalArgs(proc.argv);
    let loaded: Promise<LoadedProfile> | undefined;
    const context: Context = {
      terminal,
      env: proc.env,
      stdin: proc.stdin,
      signal: proc.signal,
      profile: () => (loaded ??= import("./profile.js").then(({ loadProfile }) => loadProfile(proc.env, profileName))),
    };
    const [first, ...rest] = argv;
    if (first === undefined) {
      terminal.warn(mainHelp(commandEntries, terminal.err));
      return exitCodes.usage;
    }
    if (first === "-h" || first === "--help") {
      terminal.print(mainHelp(commandEntries, terminal.out));
      return exitCodes.ok;
    }
    if (first === "-v" || first === "--version") {
      terminal.print(cliVersion);
      return exitCodes.ok;
    }
    if (first === "help") {
      if (rest[0] === "profiles") {
        terminal.print((await import("./profile.js")).profilesHelp);
        return exitCodes.ok;
      }
      const target = rest[0] === undefined ? undefined : await findCommand(rest[0]).load();
      terminal.print(target ? commandHelp(target, terminal.out) : mainHelp(commandEntries, terminal.out));
      return exitCodes.ok;
    }
    const command: Command = await findCommand(first).load();
    const args = parseCommandArgs(command, rest);
    if (args.help) {
      terminal.print(commandHelp(command, terminal.out));
      return exitCodes.ok;
    }
    return await command.run(args, context);
  } catch (error) {
    return reportError(error, terminal, debug);
  }
}

/** Takes the global options out of the arguments: --debug, --no-color, --profile <name>. */
function globalArgs(argv: readonly string[]): { argv: string[]; profileName: string | undefined } {
  const rest: string[] = [];
  let profileName: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? "";
    if (arg === "--") {
      rest.push(...argv.slice(index));
      break;
    }
    if (globalFlags.has(arg)) continue;
    if (arg === "--profile" || arg.startsWith("--profile=")) {
      profileName = arg === "--profile" ? argv[(index += 1)] : arg.slice("--profile=".length);
      if (profileName === undefined || profileName === "") throw new UsageError("Option --profile needs a value.", "Example: kyc-webhooks --profile staging events list");
      continue;
    }
    rest.push(arg);
  }
  return { argv: rest, profileName };
}

function findCommand(name: string): CommandEntry {
  const entry = commandEntries.find((candidate) => candidate.name === name);
  if (entry) return entry;
  if (name.startsWith("-")) throw new UsageError(`Unknown option ${name}.`, "Options go after the command: kyc-webhooks <command> [options]. Run `kyc-webhooks --help`.");
  const close = closest(name, commandEntries.map((candidate) => candidate.name)) ?? commandEntries.find((candidate) => candidate.name.startsWith(name.slice(0, 3)))?.name;
  throw new UsageError(`Unknown command "${name}".`, close ? `Did you mean \`kyc-webhooks ${close}\`? Run \`kyc-webhooks --help\` for the list.` : "Run `kyc-webhooks --help` for the list of commands.");
}

function reportError(error: unknown, terminal: ReturnType<typeof createTerminal>, debug: boolean): number {
  const style = terminal.err;
  if (error instanceof CliError) {
    terminal.warn(`${style.red("error:")} ${error.message}`);
    if (error.hint) terminal.warn(`  ${error.hint}`);
    if (debug && error.stack) terminal.warn(style.dim(error.stack));
    return error.exitCode;
  }
  // Not a mistake of the user's: a bug, shown in full so that it can be reported.
  terminal.warn(`${style.red("error:")} kyc-webhooks failed unexpectedly. Please report this with the output below.`);
  terminal.warn(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return exitCodes.failure;
}
