import type { Command } from "../command.js";
import { CliError } from "../errors.js";

export const eventsCommand: Command = {
  name: "events",
  summary: "(pending)",
  usage: ["events"],
  description: "",
  options: {},
  async run() {
    throw new CliError("not yet");
  },
};
