/** Headers as a web `Headers`, or as Node's `IncomingHttpHeaders` (lower-cased names). */
export type HeadersLike = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Reads one header case-insensitively; repeated values are joined with ", " as HTTP allows. */
export function getHeader(headers: HeadersLike | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const lower = name.toLowerCase();
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  // Node's request.headers and most records have lower-cased names: one look-up before going through the keys.
  if (Object.hasOwn(record, lower)) {
    const value = record[lower];
    if (value !== undefined) return typeof value === "string" ? value : value.join(", ");
  }
  for (const [key, value] of Object.entries(record)) {
    if (key.toLowerCase() !== lower || value === undefined) continue;
    return typeof value === "string" ? value : value.join(", ");
  }
  return undefined;
}
