import { constantTimeEqual } from "./secrets.js";

export interface BasicCredentials {
  readonly username: string;
  readonly password: string;
}

/**
 * Decodes an `Authorization: Basic …` header (RFC 7617): base64 of `user:password`, split at the
 * first colon. Returns undefined for any other scheme or a malformed value. (Some integrators split
 * the header without decoding it; this is the pitfall the helper exists for.)
 */
export function parseBasicAuthorization(header: string | null | undefined): BasicCredentials | undefined {
  if (!header) return undefined;
  const match = /^\s*basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header);
  if (!match?.[1]) return undefined;
  let decoded: string;
  try {
    decoded = Buffer.from(match[1], "base64").toString("utf8");
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** Checks an Authorization header against the expected credentials; both parts compared in constant time. */
export function verifyBasicAuth(header: string | null | undefined, expected: BasicCredentials): boolean {
  const given = parseBasicAuthorization(header);
  // Compare even when the header is missing, so a missing header takes as long as a wrong one.
  const userOk = constantTimeEqual(given?.username ?? "", expected.username);
  const passOk = constantTimeEqual(given?.password ?? "", expected.password);
  return given !== undefined && userOk && passOk;
}

/** Builds the header value for the given credentials (what a provider sends). */
export function basicAuthorization(credentials: BasicCredentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`, "utf8").toString("base64")}`;
}

/** Extracts a bearer token from an `Authorization: Bearer …` header. */
export function parseBearerAuthorization(header: string | null | undefined): string | undefined {
  const match = /^\s*bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1];
}
