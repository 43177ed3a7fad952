import type { Command } from "../command.js";
import { CliError } from "../errors.js";

export const replayCommand: Command = {
  name: "replay",
  summary: "(pending)",
  usage: ["replay"],
  description: "",
  options: {},
  async run() {
    throw new CliError("not yet");
  },
};
