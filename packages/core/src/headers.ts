/** Headers as a web `Headers`, or as Node's `IncomingHttpHeaders` (lower-cased names). */
export type HeadersLike = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Reads one header case-insensitively; repeated values are joined with ", " as HTTP allows. */
export function getHeader(headers: HeadersLike | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, string | readonly string[] | undefined>)) {
    if (key.toLowerCase() !== lower || value === undefined) continue;
    return typeof value === "string" ? value : value.join(", ");
  }
  return undefined;
}
