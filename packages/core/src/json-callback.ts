import type * as z from "zod";
import { decodeJson, failWith, mediaType } from "./body.js";
import type { RawBody } from "./body.js";
import type { Issue, SafeParseFailure, SafeParseResult } from "./result.js";
import { validateWithStrictness } from "./strictness.js";
import type { Rule, Strictness } from "./strictness.js";
import { receivedType } from "./zod-issues.js";

/** A JSON object (not null, not an array): the only shape a callback body can have. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What an `unsupported_media_type` issue says: the media types a provider sends, and a sentence why. */
export interface MediaTypeRefusal {
  /** The media type(s) the provider sends, e.g. `application/json`. */
  readonly expected: string;
  readonly message: string;
  /** `received` when the Content-Type names no media type (an empty header); "no media type" unless given. */
  readonly noMediaType?: string;
}

/** The issue for a Content-Type the provider does not send. It names the media type only, never its parameters. */
export function unsupportedMediaTypeIssue(contentType: string | undefined, refusal: MediaTypeRefusal): Issue {
  return {
    path: [],
    code: "unsupported_media_type",
    expected: refusal.expected,
    received: mediaType(contentType) ?? refusal.noMediaType ?? "no media type",
    message: refusal.message,
  };
}

/** What a provider tells {@link parseJsonCallback}: its media types, how it tells a kind, each kind's schema. */
export interface JsonCallbackParsing<T, K extends string> {
  /** The request's Content-Type header; when undefined, the body is parsed whatever it is. */
  readonly contentType: string | undefined;
  /** Whether the provider sends bodies of this Content-Type. */
  readonly acceptsContentType: (contentType: string) => boolean;
  readonly unsupportedMediaType: MediaTypeRefusal;
  /** The kind of a body refused before validation (wrong Content-Type, not JSON), for a provider that can still tell it. */
  readonly kindOfRefused?: (body: RawBody) => K | undefined;
  /** The kind of a decoded object, or undefined when it cannot be told. */
  readonly kindOf: (value: Record<string, unknown>) => K | undefined;
  /** The issue for an object whose kind {@link kindOf} cannot tell. */
  readonly unknownKindIssue: (value: Record<string, unknown>) => Issue;
  readonly schemaFor: (kind: K) => z.ZodType<T>;
  /** The documents' cross-field rules for a kind (see `Rule`); none unless given. */
  readonly rulesFor?: (kind: K) => readonly Rule<T>[];
  /** `strict` unless given; see `Strictness`. */
  readonly strictness?: Strictness | undefined;
}

/**
 * Decodes and validates a JSON callback body, never throwing. In order: a Content-Type the provider does
 * not send is an `unsupported_media_type` issue; a body that is not JSON is `decodeJson`'s issue; a JSON
 * value that is not an object is an `invalid_type` issue at the root; an object whose kind cannot be told
 * gets the provider's own issue; the rest is validated with its kind's schema and rules (strict or
 * tolerant, see `validateWithStrictness`). A failure carries the kind
 * once it is known and the decoded body once decoding worked.
 */
export function parseJsonCallback<T, K extends string>(body: RawBody, parsing: JsonCallbackParsing<T, K>): SafeParseResult<T, K> {
  if (parsing.contentType !== undefined && !parsing.acceptsContentType(parsing.contentType)) {
    return failWith(unsupportedMediaTypeIssue(parsing.contentType, parsing.unsupportedMediaType), parsing.kindOfRefused?.(body));
  }
  const decoded = decodeJson(body);
  if (!decoded.ok) return failWith(decoded.issue, parsing.kindOfRefused?.(body));
  const value = decoded.value;
  if (!isPlainObject(value)) {
    const received = receivedType(value);
    return failure([{ path: [], code: "invalid_type", expected: "object", received, message: `Expected object, received ${received}` }], value);
  }
  const kind = parsing.kindOf(value);
  if (kind === undefined) return failure([parsing.unknownKindIssue(value)], value);
  const result = validateWithStrictness(parsing.schemaFor(kind), value, parsing.rulesFor?.(kind) ?? [], parsing.strictness);
  if (!result.ok) return failure(result.issues, value, kind);
  return result.warnings.length === 0 ? { ok: true, kind, value: result.value } : { ok: true, kind, value: result.value, warnings: result.warnings };
}

function failure<K extends string>(issues: readonly Issue[], decoded: unknown, kind?: K): SafeParseFailure<K> {
  return kind === undefined ? { ok: false, issues, decoded } : { ok: false, kind, issues, decoded };
}
