import { commandHelp, mainHelp } from "./help.js";
import { parseCommandArgs } from "./command.js";
import type { Command, Context } from "./command.js";
import { deliveriesCommand } from "./commands/deliveries.js";
import { eventsCommand } from "./commands/events.js";
import { fixturesCommand } from "./commands/fixtures.js";
import { normalizeCommand } from "./commands/normalize.js";
import { replayCommand } from "./commands/replay.js";
import { schemasCommand } from "./commands/schemas.js";
import { sendCommand } from "./commands/send.js";
import { statusCommand } from "./commands/status.js";
import { validateCommand } from "./commands/validate.js";
import { CliError, UsageError, exitCodes } from "./errors.js";
import { createTerminal } from "./terminal.js";
import type { Env, Stream } from "./terminal.js";
import { cliVersion } from "./version.js";

export const commands: readonly Command[] = [validateCommand, normalizeCommand, fixturesCommand, sendCommand, eventsCommand, deliveriesCommand, statusCommand, replayCommand, schemasCommand];

export interface Process {
  readonly argv: readonly string[];
  readonly env: Env;
  readonly stdout: Stream;
  readonly stderr: Stream;
  readonly stdin: NodeJS.ReadableStream;
  readonly signal: AbortSignal;
}

/** Runs the command line; returns the exit code. Errors a user can cause are printed without a stack trace. */
export async function runCli(proc: Process): Promise<number> {
  // Global flags may stand anywhere; everything else belongs to the command.
  const argv = proc.argv.filter((arg) => arg !== "--debug" && arg !== "--no-color");
  const debug = proc.argv.includes("--debug");
  const terminal = createTerminal(proc.stdout, proc.stderr, proc.env, proc.argv.includes("--no-color"));
  const context: Context = { terminal, env: proc.env, stdin: proc.stdin, signal: proc.signal };

  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      terminal.warn(mainHelp(commands, terminal.err));
      return exitCodes.usage;
    }
    if (first === "-h" || first === "--help") {
      terminal.print(mainHelp(commands, terminal.out));
      return exitCodes.ok;
    }
    if (first === "-v" || first === "--version") {
      terminal.print(cliVersion);
      return exitCodes.ok;
    }
    if (first === "help") {
      const target = rest[0] === undefined ? undefined : findCommand(rest[0]);
      terminal.print(target ? commandHelp(target, terminal.out) : mainHelp(commands, terminal.out));
      return exitCodes.ok;
    }
    const command = findCommand(first);
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

function findCommand(name: string): Command {
  const command = commands.find((candidate) => candidate.name === name);
  if (command) return command;
  if (name.startsWith("-")) throw new UsageError(`Unknown option ${name}.`, "Options go after the command: kyc-webhooks <command> [options]. Run `kyc-webhooks --help`.");
  const close = commands.find((candidate) => candidate.name.startsWith(name.slice(0, 3)));
  throw new UsageError(`Unknown command "${name}".`, close ? `Did you mean \`kyc-webhooks ${close.name}\`? Run \`kyc-webhooks --help\` for the list.` : "Run `kyc-webhooks --help` for the list of commands.");
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
