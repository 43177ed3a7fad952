import type { LogLevel } from "./config.js";

/*
 * Structured logs: one JSON object per line on stdout. Only the receiver's own facts are logged (request
 * id, route, provider, kind, outcome, status, latency, issue codes and paths): never a header value, a body,
 * or a value from a body, because callbacks carry personal data (names, dates of birth, document numbers,
 * addresses, image URLs, emails, IP geolocation). Callers pass fields; nothing here reads a payload.
 */

export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined | readonly (string | number)[] | Readonly<Record<string, string | number | boolean>>>>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line. */
  child(fields: LogFields): Logger;
}

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface LoggerOptions {
  readonly level?: LogLevel;
  /** Where lines go (default: process.stdout). Receives one JSON line with its newline. */
  readonly write?: (line: string) => void;
  readonly base?: LogFields;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = order[options.level ?? "info"];
  const write = options.write ?? ((line: string) => void process.stdout.write(line));
  const make = (base: LogFields): Logger => {
    const log = (level: LogLevel, message: string, fields?: LogFields) => {
      if (order[level] < threshold) return;
      write(`${JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...base, ...fields })}\n`);
    };
    return {
      debug: (message, fields) => log("debug", message, fields),
      info: (message, fields) => log("info", message, fields),
      warn: (message, fields) => log("warn", message, fields),
      error: (message, fields) => log("error", message, fields),
      child: (fields) => make({ ...base, ...fields }),
    };
  };
  return make(options.base ?? {});
}

/** A logger that drops everything. */
export const silentLogger: Logger = createLogger({ write: () => undefined });

/** An error as log fields: its class and code, never its message when it may quote input. */
export function errorFields(error: unknown): LogFields {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Database and system errors say what failed in their message without quoting callback bodies
    // (values are passed as parameters, never spliced into SQL).
    return { error: error.name, ...(code === undefined ? {} : { code: String(code) }), detail: error.message.slice(0, 300) };
  }
  return { error: typeof error };
}
