import type { Issue, SafeParseResult } from "./result.js";

/** A request body exactly as it came over HTTP. */
export type RawBody = string | Uint8Array | ArrayBuffer;

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const encoder = new TextEncoder();

/** The body's bytes. Strings are encoded as UTF-8. */
export function bodyToBytes(body: RawBody): Uint8Array {
  if (typeof body === "string") return encoder.encode(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  return body;
}

/** The body as text, or an `invalid_utf8` issue. */
export function bodyToText(body: RawBody): { ok: true; text: string } | { ok: false; issue: Issue } {
  if (typeof body === "string") return { ok: true, text: body };
  try {
    return { ok: true, text: utf8.decode(body instanceof ArrayBuffer ? new Uint8Array(body) : body) };
  } catch {
    return { ok: false, issue: { path: [], code: "invalid_utf8", message: "Body is not valid UTF-8" } };
  }
}

/**
 * Decodes a JSON body. A syntax error is an `invalid_json` issue that says where the text breaks (line
 * and column, in the message and, for the whole body, in the issue's `line` and `column`), never a throw.
 */
export function decodeJson(body: RawBody, path: readonly (string | number)[] = []): { ok: true; value: unknown } | { ok: false; issue: Issue } {
  const text = bodyToText(body);
  if (!text.ok) return { ok: false, issue: { ...text.issue, path } };
  try {
    return { ok: true, value: JSON.parse(text.text) as unknown };
  } catch (error) {
    const where = jsonSyntaxError(text.text, error);
    const issue: Issue = { path, code: "invalid_json", expected: "JSON", message: `Invalid JSON: ${where.description}` };
    return { ok: false, issue: where.location === undefined || path.length > 0 ? issue : { ...issue, ...where.location } };
  }
}

/**
 * Where JSON.parse stopped, as a sentence and a line and column. V8 names a position for most errors;
 * "Unexpected end of JSON input" names none: the text stops early, so the position is its end. V8's own
 * message is not repeated, since it can quote the text.
 */
function jsonSyntaxError(text: string, error: unknown): { description: string; location?: { line: number; column: number } } {
  if (text.trim() === "") return { description: "empty body" };
  const message = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(message);
  const ended = !match && /end of JSON input/.test(message);
  if (!match && !ended) return { description: "malformed JSON" };
  const position = match ? Number(match[1]) : text.trimEnd().length;
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  const column = position - before.lastIndexOf("\n");
  return { description: `${ended ? "the text ends early" : "syntax error"} at line ${line}, column ${column}`, location: { line, column } };
}

/**
 * Where a text stops being a form-urlencoded body (`name=value` pairs joined by `&`): the line and column of
 * the first pair without `=` or with white space in its name. Undefined for a well-formed form body. Values
 * are not checked: URLSearchParams, like the providers' servers, reads any value.
 */
export function formBodyError(text: string): { line: number; column: number } | undefined {
  let offset = 0;
  for (const pair of text.split("&")) {
    const equals = pair.indexOf("=");
    const name = equals < 0 ? pair : pair.slice(0, equals);
    const bad = (equals < 0 && pair.trim() !== "") || (equals >= 0 && /\s/.test(name.trim())) || (equals === 0);
    if (bad) {
      const at = offset + (pair.length - pair.trimStart().length);
      const before = text.slice(0, at);
      return { line: before.split("\n").length, column: at - before.lastIndexOf("\n") };
    }
    offset += pair.length + 1;
  }
  return undefined;
}

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaType(contentType: string | null | undefined): string | undefined {
  if (!contentType) return undefined;
  const type = contentType.split(";")[0]?.trim().toLowerCase();
  return type === "" ? undefined : type;
}

/**
 * Whether a Content-Type names JSON: `application/json` or a structured-syntax `+json` type (RFC 6839, e.g.
 * `application/vnd.provider+json`), with any parameters (`; charset=utf-8`). The one rule all four providers share.
 */
export function isJsonMediaType(contentType: string | null | undefined): boolean {
  const type = mediaType(contentType);
  return type === "application/json" || (type !== undefined && /^[a-z0-9!#$&^_.-]+\/[a-z0-9!#$&^_.+-]*\+json$/.test(type));
}

/** A failure result with a single issue (decoding failed before validation could start). */
export function failWith<K extends string>(issue: Issue, kind?: K): SafeParseResult<never, K> {
  return kind === undefined ? { ok: false, issues: [issue] } : { ok: false, kind, issues: [issue] };
}
