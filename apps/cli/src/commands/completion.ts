import { providerNames } from "@kyc-webhooks/normalized/lazy";
import type { Command } from "../command.js";
import { bashCompletion, fishCompletion, zshCompletion } from "../completion.js";
import { UsageError, exitCodes } from "../errors.js";
import { listFixtures } from "../fixtures.js";
import { commandEntries } from "../registry.js";

const shells = { bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion } as const;

export const completionCommand: Command = {
  name: "completion",
  usage: ["completion <bash|zsh|fish>"],
  description: [
    "Prints a completion script for the shell, generated from the commands' own definitions: commands, their",
    "options, events subcommands, provider names and, for send, each provider's fixture names.",
    "",
    "  bash  source <(kyc-webhooks completion bash)           (in ~/.bashrc)",
    "  zsh   source <(kyc-webhooks completion zsh)            (in ~/.zshrc, after compinit)",
    "  fish  kyc-webhooks completion fish | source            (or save it in ~/.config/fish/completions/)",
  ].join("\n"),
  options: {},
  examples: ["completion bash > /etc/bash_completion.d/kyc-webhooks", "completion fish > ~/.config/fish/completions/kyc-webhooks.fish"],
  async run(args, { terminal }) {
    const [shell, ...rest] = args.positionals;
    if (shell === undefined || !(shell in shells) || rest.length > 0) {
      throw new UsageError(shell === undefined ? "completion needs a shell: bash, zsh or fish." : `No completion for "${shell}".`, "Use one of: bash, zsh, fish.");
    }
    const commands = await Promise.all(commandEntries.map(async (entry) => ({ command: await entry.load(), summary: entry.summary })));
    const fixtures = Object.fromEntries(providerNames.map((provider) => [provider, listFixtures(provider).map((fixture) => fixture.name)]));
    const generate = shells[shell as keyof typeof shells];
    terminal.stdout.write(generate({ commands, providers: providerNames, fixtures, globalOptions: ["--profile", "--no-color", "--debug"] }));
    return exitCodes.ok;
  },
};
