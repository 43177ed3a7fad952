import { pino, stdTimeFunctions } from "pino";
import type { Logger as PinoLogger } from "pino";
import type { LogLevel } from "./config.js";

/*
 * Structured logs with pino: one JSON object per line on stdout. Only the receiver's own facts are logged (request
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

/**
 * Field names that would hold personal data or secrets if a caller ever passed them: pino's `redact` blanks
 * them, at the top level and one level down. A second line of defence only: the first is that callers
 * pass the receiver's own facts (the test suite checks every log line for the fixtures' personal values).
 */
export const redactedPaths: readonly string[] = [
  "body",
  "rawBody",
  "decoded",
  "normalized",
  "headers",
  "authorization",
  "password",
  "secret",
  "token",
  "accessToken",
  "name",
  "firstName",
  "lastName",
  "fullName",
  "dob",
  "dateOfBirth",
  "documentNumber",
  "address",
  "email",
  "phone",
  "imageUrl",
].flatMap((field) => [field, `*.${field}`]);

export interface LoggerOptions {
  readonly level?: LogLevel;
  /** Where lines go (default: process.stdout). Receives one JSON line with its newline. */
  readonly write?: (line: string) => void;
  readonly base?: LogFields;
}

function wrap(logger: PinoLogger): Logger {
  return {
    debug: (message, fields) => logger.debug(fields ?? {}, message),
    info: (message, fields) => logger.info(fields ?? {}, message),
    warn: (message, fields) => logger.warn(fields ?? {}, message),
    error: (message, fields) => logger.error(fields ?? {}, message),
    child: (fields) => wrap(logger.child(fields)),
  };
}

/** A pino logger behind the receiver's Logger interface: `time` (ISO 8601), `level` (its name), `msg`, then the fields. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const write = options.write ?? ((line: string) => void process.stdout.write(line));
  const logger = pino(
    {
      level: options.level ?? "info",
      base: { ...options.base },
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: [...redactedPaths], censor: "[redacted]" },
    },
    { write },
  );
  return wrap(logger);
}

/** A logger that drops everything. */
export const silentLogger: Logger = wrap(pino({ level: "silent" }));

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
