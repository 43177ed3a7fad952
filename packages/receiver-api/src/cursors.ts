/*
 * Page cursors of the list endpoints: opaque to clients, checked by the query schemas, written by the stores.
 */

/** A GET /events (and /deliveries) page cursor: the receiver id to continue below. */
export function encodeCursor(id: string): string {
  return Buffer.from(JSON.stringify({ before: id }), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): string | undefined {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { before?: unknown };
    return typeof value.before === "string" && /^\d{1,19}$/.test(value.before) ? value.before : undefined;
  } catch {
    return undefined;
  }
}

export const defaultPageSize = 50;
export const maxPageSize = 500;
