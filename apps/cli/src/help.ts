import type { Command } from "./command.js";
import type { CommandEntry } from "./registry.js";
import type { Style } from "./terminal.js";
import { cliVersion } from "./version.js";

export function commandHelp(command: Command, style: Style): string {
  const lines: string[] = [];
  lines.push(`${style.bold("Usage:")} ${command.usage.map((usage) => `kyc-webhooks ${usage}`).join("\n       ")}`, "");
  lines.push(command.description, "");
  const options = Object.entries(command.options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : "    "}--${name}${spec.type === "string" ? ` <${spec.value ?? "value"}>` : ""}`;
    return [flag, spec.description] as const;
  });
  options.push(["-h, --help", "Show this help."]);
  const width = Math.max(...options.map(([flag]) => flag.length));
  lines.push(style.bold("Options:"));
  for (const [flag, description] of options) lines.push(`  ${flag.padEnd(width)}  ${description}`);
  if (command.environment) {
    lines.push("", style.bold("Environment:"));
    const envWidth = Math.max(...Object.keys(command.environment).map((name) => name.length));
    for (const [name, description] of Object.entries(command.environment)) lines.push(`  ${name.padEnd(envWidth)}  ${description}`);
  }
  if (command.examples && command.examples.length > 0) {
    lines.push("", style.bold("Examples:"));
    for (const example of command.examples) lines.push(`  kyc-webhooks ${example}`);
  }
  return lines.join("\n");
}

export function mainHelp(commands: readonly CommandEntry[], style: Style): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `${style.bold("kyc-webhooks")} ${cliVersion}: check, normalize and send KYC provider callbacks (Jumio, Shufti Pro, Ondato, Netki),`,
    "and look at what a kyc-webhooks receiver stored.",
    "",
    `${style.bold("Usage:")} kyc-webhooks <command> [options]`,
    "",
    style.bold("Commands:"),
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    style.bold("Global options:"),
    "  -h, --help     Show help (also: kyc-webhooks <command> --help, kyc-webhooks help <command>).",
    "  -v, --version  Show the version.",
    "  --no-color     Plain output even on a terminal (also: NO_COLOR=1; FORCE_COLOR=1 forces colour).",
    "  --profile <n>  Use this profile of the config file (see `kyc-webhooks help profiles`).",
    "  --debug        Show the stack trace of an error.",
    "",
    style.bold("Exit status:"),
    "  0 ok, 1 invalid input or failed delivery, 2 usage error.",
    "",
    style.bold("Start here:"),
    "  kyc-webhooks fixtures",
    "  kyc-webhooks validate callback.json",
    "  kyc-webhooks send shufti verification.accepted --to http://127.0.0.1:8080/webhooks/shufti --secret <key>",
    "  kyc-webhooks listen --forward-to http://localhost:3000/webhooks",
  ].join("\n");
}
