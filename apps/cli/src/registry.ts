import type { Command } from "./command.js";

/**
 * The commands, as the command list and the start-up need them: a name, one line for `--help`, and how to
 * load the command itself. Each command is imported only when it runs (esbuild puts it, and what only it
 * uses, in a chunk of its own), so `--version`, `--help` and a command load no more than they need.
 */
export interface CommandEntry {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  load(): Promise<Command>;
}

export const commandEntries: readonly CommandEntry[] = [
  { name: "validate", summary: "Check raw callback bodies: provider and kind, valid or the issues with field paths", load: async () => (await import("./commands/validate.js")).validateCommand },
  { name: "normalize", summary: "Print a callback as the provider-neutral normalized event (JSON)", load: async () => (await import("./commands/normalize.js")).normalizeCommand },
  { name: "fixtures", summary: "List the built-in callback fixtures by provider (what `send` can deliver)", load: async () => (await import("./commands/fixtures.js")).fixturesCommand },
  { name: "send", summary: "Deliver fixtures or files to a receiver exactly as the provider would", load: async () => (await import("./commands/send.js")).sendCommand },
  { name: "events", summary: "List, show and follow the events a kyc-webhooks receiver stored", load: async () => (await import("./commands/events.js")).eventsCommand },
  { name: "deliveries", summary: "List, show and retry a receiver's outbound deliveries (its fan-out to your services)", load: async () => (await import("./commands/deliveries.js")).deliveriesCommand },
  { name: "status", summary: "Show the current status of one verification, with the history of its events", load: async () => (await import("./commands/status.js")).statusCommand },
  { name: "purge", summary: "Remove every personal value a receiver holds for one verification (keeps its status)", load: async () => (await import("./commands/purge.js")).purgeCommand },
  { name: "rekey", summary: "Re-seal a receiver's stored personal values with its newest encryption key", load: async () => (await import("./commands/rekey.js")).rekeyCommand },
  { name: "listen", summary: "Forward a receiver's new events to a local URL, signed per Standard Webhooks", load: async () => (await import("./commands/listen.js")).listenCommand },
  { name: "replay", summary: "Send a stored event again: through the receiver's fan-out, or byte for byte to another receiver", load: async () => (await import("./commands/replay.js")).replayCommand },
  { name: "schemas", summary: "Write the generated OpenAPI 3.1 and JSON Schema files to a folder", load: async () => (await import("./commands/schemas.js")).schemasCommand },
  { name: "completion", summary: "Print a shell completion script (bash, zsh or fish)", load: async () => (await import("./commands/completion.js")).completionCommand },
];
