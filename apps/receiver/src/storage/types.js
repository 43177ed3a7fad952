// Page cursors and sizes are part of the HTTP API (the query schemas check them): see @kyc-webhooks/receiver-api.
export { decodeCursor, defaultPageSize, encodeCursor, maxPageSize } from "@kyc-webhooks/receiver-api";
/** PostgreSQL text cannot hold NUL characters; indexed copies of payload values drop them (the raw body keeps everything). */
export function indexable(value) {
    if (value === undefined || value === null)
        return null;
    // eslint-disable-next-line no-control-regex
    return value.replace(/\u0000/g, "");
}
/** JSON text for a stored document (NUL characters are escaped by JSON.stringify, so PostgreSQL text accepts it). */
export function toJson(value) {
    return JSON.stringify(value ?? null);
}
//# sourceMappingURL=types.js.map