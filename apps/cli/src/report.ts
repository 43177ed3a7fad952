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
  readonly issues: readonly IssueView[];
  /** With --tolerant: the documented rules a valid callback breaks and the unlisted values it holds. */
  readonly warnings: readonly IssueView[];
}

export function issueViews(issues: readonly Issue[], text: string | undefined): IssueView[] {
  return issues.map((issue) => {
    const location = text === undefined ? undefined : locateField(text, issue.path);
    return {
      path: issue.path,
      field: formatPath(issue.path),
      code: issue.code,
      message: issue.message,
      ...(issue.expected === undefined ? {} : { expected: issue.expected }),
      ...(issue.received === undefined ? {} : { received: issue.received }),
      ...("rule" in issue && typeof issue.rule === "string" ? { rule: issue.rule } : {}),
      ...(location ?? {}),
    };
  });
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
    issues: issueViews(result.issues, text),
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
  const lines = [`${style.red("✖ invalid")}  ${style.bold(view.input)}  ${what || "unknown provider"}: ${count}`];
  for (const issue of view.issues) lines.push(...formatIssue(issue, view.input, style));
  if (view.issues.some((issue) => issue.code === "unknown_provider")) {
    lines.push(style.dim("      If you know the provider, say so with --provider <name>; `kyc-webhooks fixtures` shows what each one sends."));
  }
  return lines;
}

export function formatIssue(issue: IssueView, input: string, style: Style): string[] {
  const where = issue.line === undefined ? "" : `  ${style.dim(`at ${input === "-" ? "stdin" : input}:${issue.line}:${issue.column ?? 1}`)}`;
  // The message already says what was expected and received (core's issues never quote the value).
  return [`    ${style.yellow("→")} ${style.bold(issue.field)}${where}`, `      ${issue.message} ${style.dim(`[${issue.code}]`)}`];
}
