import type { LogLevel } from "./config.js";
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
export declare const redactedPaths: readonly string[];
export interface LoggerOptions {
    readonly level?: LogLevel;
    /** Where lines go (default: process.stdout). Receives one JSON line with its newline. */
    readonly write?: (line: string) => void;
    readonly base?: LogFields;
}
/** A pino logger behind the receiver's Logger interface: `time` (ISO 8601), `level` (its name), `msg`, then the fields. */
export declare function createLogger(options?: LoggerOptions): Logger;
/** A logger that drops everything. */
export declare const silentLogger: Logger;
/** An error as log fields: its class and code, never its message when it may quote input. */
export declare function errorFields(error: unknown): LogFields;
//# sourceMappingURL=log.d.ts.map