import { formatPath } from "@kyc-webhooks/core";
import type { Issue } from "@kyc-webhooks/core";
import type { NormalizeResult } from "@kyc-webhooks/normalized";
import { locateField } from "./locate.js";
import type { Style } from "./terminal.js";

/** One issue as the CLI shows it: core's issue plus the field as text and where it is in the input. */
export interface IssueView {
  readonly path: readonly (string | number)[];
  /** The path as users read it: `verification_data.document.dob`, `(body)` for the whole body. */
  readonly field: string;
  readonly code: string;
  readonly message: string;
  readonly expected?: string;
  readonly received?: string;
  /** For a warning: the documented rule broken, or `unknown-enum-value`. */
  readonly rule?: string;
  /** The value received, for an enum or discriminator field holding a code (never for other fields: personal data). */
  readonly value?: string;
  /** Line and column (1-based) of the field, or of its nearest parent present, in the input. */
  readonly line?: number;
  readonly column?: number;
}

/** One input's validation result: the shape of `validate --json`'s `results[]`. */
export interface ValidationView {
  readonly input: string;
  readonly ok: boolean;
  readonly provider?: string;
  readonly kind?: string;
  readonly eventId?: string;
  /** What the callback means, for a valid one: the normalized event's type, status and finality. */
  readonly type?: string;
  readonly status?: string;
  readonly finality?: string;
  /** The provider was neither given nor detected: the body resembles its callbacks most. */
  readonly guessed?: boolean;
  readonly issues: readonly IssueView[];
  /** With --tolerant: the documented rules a valid callback breaks and the unlisted values it holds. */
  readonly warnings: readonly IssueView[];
}

export function issueViews(issues: readonly Issue[], text: string | undefined, decoded?: unknown): IssueView[] {
  return issues.map((issue) => {
    // A position the issue carries (a syntax error in the body) wins over the field's.
    const location = issue.line !== undefined ? { line: issue.line, column: issue.column ?? 1 } : text === undefined ? undefined : locateField(text, issue.path);
    const value = codeValueAt(decoded, issue);
    return {
      path: issue.path,
      field: formatPath(issue.path),
      code: issue.code,
      message: issue.message,
      ...(issue.expected === undefined ? {} : { expected: issue.expected }),
      ...(issue.received === undefined ? {} : { received: issue.received }),
      ...("rule" in issue && typeof issue.rule === "string" ? { rule: issue.rule } : {}),
      ...(value === undefined ? {} : { value }),
      ...(location ?? {}),
    };
  });
}

/**
 * The value an enum or discriminator field received (`APPROVED`, `verification.approved`), shown so that a
 * typo is seen at once. Only for those issues and only a code-like value (letters, digits, `._:-`, at most
 * 40 characters, or a number or boolean): other fields hold personal data, which the CLI never repeats.
 */
function codeValueAt(decoded: unknown, issue: Issue): string | undefined {
  if (issue.code !== "invalid_value" && issue.code !== "unknown_kind") return undefined;
  let current: unknown = decoded;
  for (const part of issue.path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  if (typeof current === "number" || typeof current === "boolean") return String(current);
  return typeof current === "string" && /^[A-Za-z0-9_.:-]{1,40}$/.test(current) ? JSON.stringify(current) : undefined;
}

export function validationView(input: string, text: string | undefined, result: NormalizeResult): ValidationView {
  if (result.ok) {
    const { event } = result;
    return {
      input,
      ok: true,
      provider: result.provider,
      kind: result.kind,
      eventId: event.eventId,
      type: event.type,
      status: event.status,
      finality: event.finality,
      issues: [],
      warnings: issueViews(result.warnings, text),
    };
  }
  return {
    input,
    ok: false,
    ...(result.provider === undefined ? {} : { provider: result.provider }),
    ...(result.kind === undefined ? {} : { kind: result.kind }),
    ...(result.eventId === undefined ? {} : { eventId: result.eventId }),
    ...(result.guessed ? { guessed: true } : {}),
    issues: issueViews(result.issues, text, result.decoded),
    warnings: [],
  };
}

/** A result as readable lines: a headline, then per issue the field, where it is, and what is wrong. */
export function formatValidation(view: ValidationView, style: Style): string[] {
  const what = [view.provider, view.kind].filter(Boolean).join(" ");
  if (view.ok) {
    const meaning = `${view.type ?? ""}, ${view.status ?? ""} (${view.finality === "final" ? "final" : "not final"})`;
    const lines = [`${style.green("✔ valid")}    ${style.bold(view.input)}  ${what}  ${style.dim(`→ ${meaning}`)}`];
    if (view.warnings.length > 0) lines.push(`  ${style.yellow(view.warnings.length === 1 ? "1 warning" : `${view.warnings.length} warnings`)} (accepted because --tolerant):`);
    for (const warning of view.warnings) lines.push(...formatIssue(warning, view.input, style));
    return lines;
  }
  const count = view.issues.length === 1 ? "1 issue" : `${view.issues.length} issues`;
  const lines = [`${style.red("✖ invalid")}  ${style.bold(view.input)}  ${headline(view, what)}: ${count}`];
  for (const issue of view.issues) lines.push(...formatIssue(issue, view.input, style));
  if (view.issues.some((issue) => issue.code === "unknown_provider")) {
    lines.push(style.dim("      If you know the provider, say so with --provider <name>; `kyc-webhooks fixtures` shows what each one sends."));
  }
  return lines;
}

/** What the input is, as far as it could be told: "shufti verification.accepted", "ondato, unknown type", "looks like netki, but". */
function headline(view: ValidationView, what: string): string {
  if (view.provider === undefined) return view.issues.some((issue) => issue.code === "unknown_provider") ? "unknown provider" : bodyCause(view.issues[0]?.code);
  if (view.kind === undefined && view.issues.some((issue) => issue.code === "unknown_kind")) return `${view.provider}, unknown ${typeWord(view.provider)}`;
  return view.guessed ? `looks like ${what}, but` : what;
}

function bodyCause(code: string | undefined): string {
  switch (code) {
    case "empty_body":
      return "empty";
    case "binary_body":
      return "binary";
    case "invalid_json":
      return "not JSON";
    case "unknown_format":
      return "neither JSON nor a form body";
    case "invalid_form":
      return "not a form body";
    case "unsupported_media_type":
      return "wrong content type";
    case "invalid_type":
      return "not a JSON object";
    case "read_error":
      return "cannot read it";
    default:
      return "unknown provider";
  }
}

/** What each provider calls the field that tells a callback's kind. */
function typeWord(provider: string): string {
  return provider === "shufti" ? "event" : provider === "jumio" ? "callback type" : "type";
}

export function formatIssue(issue: IssueView, input: string, style: Style): string[] {
  const where = issue.line === undefined ? "" : `  ${style.dim(`at ${input === "-" ? "stdin" : input}:${issue.line}:${issue.column ?? 1}`)}`;
  // The message says what was expected; core's issues never quote the value, so a code-like value is added here.
  const value = issue.value ?? (issue.code === "unsupported_media_type" ? issue.received : undefined);
  const received = value === undefined ? "" : `, received ${value}`;
  return [`    ${style.yellow("→")} ${style.bold(issue.field)}${where}`, `      ${issue.message}${received} ${style.dim(`[${issue.code}]`)}`];
}
