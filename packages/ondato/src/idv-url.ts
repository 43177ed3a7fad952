import * as z from "zod";

/**
 * Where customers complete an identity verification. Ondato, “IDV integration” gives "idv.ondato.com/?id={id}" and an
 * `http://` example; later revisions of Ondato's guide give `https://idv.ondato.com/?id={id}` for production
 * and `https://sandbox-idv.ondato.com/?id={id}` for the sandbox (diff pageId 2661810241). https is used.
 */
export const idvOrigins = {
  production: "https://idv.ondato.com",
  sandbox: "https://sandbox-idv.ondato.com",
} as const;

export interface IdvUrlOptions {
  /** Which Ondato environment (default production). */
  readonly environment?: keyof typeof idvOrigins;
  /**
   * A white-labelled origin, e.g. `https://verify.example.com` ("replace idv.ondato.com with the configured
   * address", Ondato's guide, pageId 2663186433). Must be an https origin; overrides `environment`.
   */
  readonly origin?: string;
}

const idSchema = z.guid();

export type IdvUrlResult = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string };

/**
 * The customer URL of an identity verification, or why it cannot be built. Only an id in GUID form
 * (8-4-4-4-12 hex) is accepted: the id goes into a link given to a customer, and anything else (a path, a
 * second parameter, script) must not.
 */
export function safeIdvUrl(id: string, options: IdvUrlOptions = {}): IdvUrlResult {
  if (!idSchema.safeParse(id).success) return { ok: false, message: "The identity verification id must be a GUID (8-4-4-4-12 hexadecimal)" };
  let origin: string = idvOrigins[options.environment ?? "production"];
  if (options.origin !== undefined) {
    let parsed: URL;
    try {
      parsed = new URL(options.origin);
    } catch {
      return { ok: false, message: "The origin must be an absolute https URL" };
    }
    if (parsed.protocol !== "https:" || parsed.origin !== options.origin.replace(/\/$/, "")) {
      return { ok: false, message: "The origin must be an https origin without path, query or fragment" };
    }
    origin = parsed.origin;
  }
  return { ok: true, url: `${origin}/?id=${id.toLowerCase()}` };
}

/**
 * The customer URL of an identity verification: `https://idv.ondato.com/?id={id}` (Ondato, “IDV integration”, step 3).
 * Throws a TypeError when `id` is not a GUID or the origin is not an https origin; use {@link safeIdvUrl}
 * for a result instead of a throw.
 */
export function idvUrl(id: string, options: IdvUrlOptions = {}): string {
  const result = safeIdvUrl(id, options);
  if (!result.ok) throw new TypeError(result.message);
  return result.url;
}
