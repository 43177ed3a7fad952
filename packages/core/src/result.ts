/**
 * The result types every provider package returns. A safe parse never throws on bad input:
 * it returns either the typed value or issues, each naming the field it is about.
 */

/** One problem found in a callback, with the path of the field it is about (empty for the whole body). */
export interface Issue {
  /** Path of the offending field, e.g. `["verification_data", "document", "dob"]`. */
  readonly path: readonly (string | number)[];
  /** Machine-readable code: zod's issue codes, plus `invalid_json`, `too_deep` (JSON nested deeper than `maxJsonDepth`), `invalid_form`, `invalid_utf8`, `unknown_kind`, `unsupported_media_type`; normalized adds `empty_body`, `binary_body`, `unknown_format`, `unknown_provider`. */
  readonly code: string;
  /** A readable sentence: what was expected and what was received. Never contains the received value itself. */
  readonly message: string;
  /** What the field should have held, when known (a type, an enum, a format). */
  readonly expected?: string;
  /** What kind of value was found (a type name), never the value itself: payloads carry personal data. */
  readonly received?: string;
  /**
   * Where in the body's text the problem is (1-based), for an issue about the text itself rather than a
   * field: a JSON syntax error in the body. Positions only, never the text around them.
   */
  readonly line?: number;
  readonly column?: number;
}

/**
 * A problem that tolerant parsing let through: a broken rule (`code: "rule_broken"`, `rule` its id) or an
 * enumeration value the documents do not list (`code: "unknown_value"`, `rule: "unknown-enum-value"`).
 */
export interface Warning extends Issue {
  readonly rule: string;
}

export type SafeParseSuccess<T, K extends string = string> = {
  readonly ok: true;
  /** The callback kind (the provider's own discriminator value). */
  readonly kind: K;
  readonly value: T;
  /** Tolerant parsing only: the documented rules the callback breaks and the unlisted values it holds. */
  readonly warnings?: readonly Warning[];
};

export type SafeParseFailure<K extends string = string> = {
  readonly ok: false;
  /** The kind, when it could be told even though validation failed. */
  readonly kind?: K;
  readonly issues: readonly Issue[];
  /** The decoded body (JSON value or decoded form), when decoding itself succeeded. Kept so nothing is lost. */
  readonly decoded?: unknown;
};

export type SafeParseResult<T, K extends string = string> = SafeParseSuccess<T, K> | SafeParseFailure<K>;

/** Formats a path the way users read it: `verification_data.document.dob`, `rejectReasonDetails[0].detailsCode`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out === "" ? "(body)" : out;
}

/** One line per issue: `path: message`. */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join("\n");
}

/** Thrown by the throwing `parse*` variants; carries the same issues as the safe variant returns. */
export class CallbackParseError extends Error {
  override readonly name = "CallbackParseError";
  readonly issues: readonly Issue[];
  readonly kind: string | undefined;

  constructor(issues: readonly Issue[], kind?: string) {
    super(`Invalid callback${kind ? ` (${kind})` : ""}:\n${formatIssues(issues)}`);
    this.issues = issues;
    this.kind = kind;
  }
}

/** Turns a safe result into a value or a thrown {@link CallbackParseError}. */
export function unwrap<T, K extends string>(result: SafeParseResult<T, K>): T {
  if (result.ok) return result.value;
  throw new CallbackParseError(result.issues, result.kind);
}
