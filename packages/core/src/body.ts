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
 * The deepest nesting of arrays and objects that {@link decodeJson} accepts. Provider callbacks nest a
 * handful of levels; a body nested thousands deep would overflow the stack of every recursive step after
 * decoding (`JSON.stringify` fails at about 4,500 levels on Node's default stack), so it is refused here,
 * once, as a `too_deep` issue.
 */
export const maxJsonDepth = 1000;

/**
 * Decodes a JSON body. A syntax error is an `invalid_json` issue that says where the text breaks (line
 * and column, in the message and, for the whole body, in the issue's `line` and `column`), never a throw.
 * A value nested deeper than {@link maxJsonDepth} levels is a `too_deep` issue that says where the limit
 * is passed.
 */
export function decodeJson(body: RawBody, path: readonly (string | number)[] = []): { ok: true; value: unknown } | { ok: false; issue: Issue } {
  const text = bodyToText(body);
  if (!text.ok) return { ok: false, issue: { ...text.issue, path } };
  let value: unknown;
  try {
    value = JSON.parse(text.text) as unknown;
  } catch (error) {
    const where = jsonSyntaxError(text.text, error);
    const issue: Issue = { path, code: "invalid_json", expected: "JSON", message: `Invalid JSON: ${where.description}` };
    return { ok: false, issue: where.location === undefined || path.length > 0 ? issue : { ...issue, ...where.location } };
  }
  // Walking the parsed value is some 30 times faster than scanning the text; the text is scanned only to say where.
  const tooDeep = nestsDeeperThan(value, maxJsonDepth, 0) ? depthLimitPassedAt(text.text, maxJsonDepth) : undefined;
  if (tooDeep !== undefined) {
    const location = lineAndColumn(text.text, tooDeep);
    const issue: Issue = {
      path,
      code: "too_deep",
      expected: `at most ${maxJsonDepth} levels of nesting`,
      message: `The JSON nests arrays and objects deeper than ${maxJsonDepth} levels (passed at line ${location.line}, column ${location.column})`,
    };
    return { ok: false, issue: path.length > 0 ? issue : { ...issue, ...location } };
  }
  return { ok: true, value };
}

/** Whether a parsed JSON value holds an array or object at level `limit + 1` (the root container is level 1). */
function nestsDeeperThan(value: unknown, limit: number, depth: number): boolean {
  if (value === null || typeof value !== "object") return false;
  if (depth >= limit) return true;
  if (Array.isArray(value)) {
    for (const member of value) if (member !== null && typeof member === "object" && nestsDeeperThan(member, limit, depth + 1)) return true;
    return false;
  }
  for (const key in value) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== null && typeof member === "object" && nestsDeeperThan(member, limit, depth + 1)) return true;
  }
  return false;
}

/**
 * The offset of the bracket that opens level `limit + 1` in a valid JSON text, or undefined when the text
 * never nests that deep. A text shorter than two brackets per level cannot, so most bodies are not scanned.
 */
function depthLimitPassedAt(text: string, limit: number): number | undefined {
  if (text.length <= 2 * limit) return undefined;
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index++; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      depth++;
      if (depth > limit) return index;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return undefined;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  return { line: before.split("\n").length, column: position - before.lastIndexOf("\n") };
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

/** Pairs of a name without `&`, `=` or white space, `=`, and a value without `&`, joined by `&`. */
const wellFormedForm = /^[^&=\s]+=[^&]*(?:&[^&=\s]+=[^&]*)*$/;

/**
 * Where a text stops being a form-urlencoded body (`name=value` pairs joined by `&`): the line and column of
 * the first pair without `=` or with white space in its name. Undefined for a well-formed form body. Values
 * are not checked: URLSearchParams, like the providers' servers, reads any value.
 */
export function formBodyError(text: string): { line: number; column: number } | undefined {
  // What a provider sends: every pair a name without white space, `=` and a value. One linear match (`&` ends each
  // part, so nothing backtracks) instead of splitting the text and testing each name.
  if (wellFormedForm.test(text)) return undefined;
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
  const end = contentType.indexOf(";");
  const type = (end === -1 ? contentType : contentType.slice(0, end)).trim().toLowerCase();
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
