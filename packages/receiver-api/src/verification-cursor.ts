/**
 * A GET /verifications page cursor: the (updatedAt, id) of the last row of the page, to continue below.
 * Opaque to clients.
 */
export interface VerificationCursor {
  readonly updatedAt: number;
  readonly id: string;
}

export function encodeVerificationCursor(cursor: VerificationCursor): string {
  return Buffer.from(JSON.stringify({ u: cursor.updatedAt, before: cursor.id }), "utf8").toString("base64url");
}

export function decodeVerificationCursor(cursor: string): VerificationCursor | undefined {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { u?: unknown; before?: unknown };
    if (typeof value.u !== "number" || !Number.isSafeInteger(value.u) || typeof value.before !== "string" || !/^\d{1,19}$/.test(value.before)) return undefined;
    return { updatedAt: value.u, id: value.before };
  } catch {
    return undefined;
  }
}
