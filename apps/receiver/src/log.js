import { pino, stdTimeFunctions } from "pino";
/**
 * Field names that would hold personal data or secrets if a caller ever passed them: pino's `redact` blanks
 * them, at the top level and one level down. A second line of defence only: the first is that callers
 * pass the receiver's own facts (the test suite checks every log line for the fixtures' personal values).
 */
export const redactedPaths = [
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
function wrap(logger) {
    return {
        debug: (message, fields) => logger.debug(fields ?? {}, message),
        info: (message, fields) => logger.info(fields ?? {}, message),
        warn: (message, fields) => logger.warn(fields ?? {}, message),
        error: (message, fields) => logger.error(fields ?? {}, message),
        child: (fields) => wrap(logger.child(fields)),
    };
}
/** A pino logger behind the receiver's Logger interface: `time` (ISO 8601), `level` (its name), `msg`, then the fields. */
export function createLogger(options = {}) {
    const write = options.write ?? ((line) => void process.stdout.write(line));
    const logger = pino({
        level: options.level ?? "info",
        base: { ...options.base },
        timestamp: stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        redact: { paths: [...redactedPaths], censor: "[redacted]" },
    }, { write });
    return wrap(logger);
}
/** A logger that drops everything. */
export const silentLogger = wrap(pino({ level: "silent" }));
/** An error as log fields: its class and code, never its message when it may quote input. */
export function errorFields(error) {
    if (error instanceof Error) {
        const code = error.code;
        // Database and system errors say what failed in their message without quoting callback bodies
        // (values are passed as parameters, never spliced into SQL).
        return { error: error.name, ...(code === undefined ? {} : { code: String(code) }), detail: error.message.slice(0, 300) };
    }
    return { error: typeof error };
}
//# sourceMappingURL=log.js.map