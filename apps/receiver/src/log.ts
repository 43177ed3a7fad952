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
 * Field names that would hold personal data or secrets if a caller ever passed them: blanked at the top level and one
 * level down. A second line of defence only: the first is that callers pass the receiver's own facts (the test suite
 * checks every log line for the fixtures' personal values).
 */
export const redactedFields: ReadonlySet<string> = new Set([
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
]);

const censor = "[redacted]";

/**
 * The fields with every listed name blanked, at the top level and one level down; the object itself when none is
 * there (the usual case, which costs a look at each key). Written here rather than with pino's `redact`: its
 * wildcard paths (`*.email`) cost about a tenth of the callback path's time on every line.
 */
export function redact(fields: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const key in fields) {
    const value = fields[key];
    let replaced: unknown = value;
    if (redactedFields.has(key)) replaced = censor;
    else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const inner in value) {
        if (redactedFields.has(inner)) {
          replaced = Object.fromEntries(Object.entries(value).map(([name, nested]) => [name, redactedFields.has(name) ? censor : nested]));
          break;
        }
      }
    }
    if (replaced !== value) {
      out ??= { ...fields };
      out[key] = replaced;
    }
  }
  return out ?? fields;
}

export interface LoggerOptions {
  readonly level?: LogLevel;
  /**
   * Where lines go. Receives one JSON line with its newline. Default: stdout, written asynchronously (lines written
   * while a write is in flight go out together with the next one, and what is left is flushed at exit), so that a
   * log line never holds up the event loop.
   */
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
  const destination = options.write ? { write: options.write } : pino.destination({ dest: 1, sync: false });
  const logger = pino(
    {
      level: options.level ?? "info",
      base: { ...options.base },
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: redact },
    },
    destination,
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
