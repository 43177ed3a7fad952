import { createLogger } from "../../src/log.js";
import type { Logger } from "../../src/log.js";

/** Every log line the receivers of one test file wrote (debug level, so nothing is filtered out). */
export interface LogCapture {
  readonly lines: string[];
  readonly logger: Logger;
  /** The parsed lines. */
  entries(): Record<string, unknown>[];
}

export function captureLogs(): LogCapture {
  const lines: string[] = [];
  const logger = createLogger({ level: "debug", write: (line) => void lines.push(line) });
  return { lines, logger, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
