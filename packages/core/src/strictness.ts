import type * as z from "zod";
import type { Issue, Warning } from "./result.js";
import { validate } from "./zod-issues.js";

/**
 * How strictly a callback is checked.
 * - `strict` (the default of every `safeParseCallback`): everything the provider documents state, their
 *   cross-field rules included; a broken rule or an unlisted enumeration value fails the parse.
 * - `tolerant` (what a receiver uses): a body whose structure is right is parsed even when it breaks a
 *   documented rule or carries an enumeration value nobody has listed yet; each of those is a warning on
 *   the result. A structurally wrong body (not JSON, a wrong type, a missing required field) still fails.
 */
export type Strictness = "strict" | "tolerant";

/** The option every provider's `safeParseCallback` takes next to its own. */
export interface StrictnessOption {
  /** `strict` unless given. */
  readonly strictness?: Strictness | undefined;
}

/**
 * Where a rule comes from: a provider document by its title and public address, and the place in it
 * (a section and the table row or line), so that a reader can check the rule against its source.
 */
export interface RuleSource {
  readonly title: string;
  readonly url: string;
  readonly where: string;
}

/** One place where a parsed callback breaks a rule. The message never quotes a received value. */
export interface RuleBreak {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly expected?: string;
  readonly received?: string;
}

/**
 * A rule between fields that a provider document states and that a schema of single fields cannot say
 * (for example "rejectReason is sent only if verificationStatus = DENIED_FRAUD or ERROR_NOT_READABLE_ID").
 * Rules run after the structural parse, on its typed output, so a schema stays a plain description of
 * fields (what JSON Schema and OpenAPI show) and each rule is data that names its source.
 */
export interface Rule<T> {
  /** Stable id, `<provider>.<what>`, e.g. `jumio.reject-reason-only-for-rejections`. */
  readonly id: string;
  /** The rule in one sentence, in the document's own words where it has them. */
  readonly statement: string;
  readonly source: RuleSource;
  readonly check: (value: T) => readonly RuleBreak[];
}

/** The rule id of an unlisted enumeration value. */
export const UNKNOWN_ENUM_VALUE = "unknown-enum-value";

/** `Title (https://…), where`: how an issue names a rule's document. */
export function formatRuleSource(source: RuleSource): string {
  return `${source.title} (${source.url}), ${source.where}`;
}

/** Runs rules on a parsed value; each break becomes an issue naming the rule and its document. */
export function checkRules<T>(value: T, rules: readonly Rule<T>[]): Warning[] {
  const out: Warning[] = [];
  for (const rule of rules) {
    for (const broken of rule.check(value)) {
      out.push({
        path: broken.path,
        code: "rule_broken",
        rule: rule.id,
        message: `${broken.message} (rule ${rule.id}: ${rule.statement} — ${formatRuleSource(rule.source)})`,
        ...(broken.expected === undefined ? {} : { expected: broken.expected }),
        ...(broken.received === undefined ? {} : { received: broken.received }),
      });
    }
  }
  return out;
}

/** The outcome of {@link validateWithStrictness}: the value with the warnings tolerant parsing let through, or issues. */
export type StrictnessResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Warning[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

function isTolerableEnumIssue(issue: Issue, placeholder: unknown): boolean {
  // Two listed values at least: a single one is a literal (a discriminator), never an open enumeration.
  return issue.code === "invalid_value" && issue.received === "string" && typeof placeholder === "string" && (issue.expected?.includes(" | ") ?? false);
}

/** The value at a path of a decoded body (object keys and array indexes); undefined where the path leads nowhere. */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current = root;
  for (const part of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/** A copy of `root` with `value` at `path` (only objects and arrays on the way are copied). */
function withValueAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof root !== "object" || root === null) return root;
  if (Array.isArray(root)) {
    const copy: unknown[] = [...(root as unknown[])];
    if (typeof head === "number") copy[head] = withValueAt(copy[head], rest, value);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(root as Record<string, unknown>) };
  copy[String(head)] = withValueAt(copy[String(head)], rest, value);
  return copy;
}

/**
 * Validates `value` with `schema`, then runs `rules` on the typed result.
 *
 * Strict: any schema issue or broken rule fails. Tolerant: an enumeration field holding a string the
 * schema does not list is a warning, and the parsed value keeps the raw string there (normalizers read
 * an unlisted value as `unknown`); broken rules are warnings; every other schema issue still fails.
 *
 * How an unlisted value gets through without a second, looser copy of every schema: the field is
 * validated once more with the schema's first listed value in its place, and the raw string is put back
 * into the output at the same path. The value's static type then names the documented values only;
 * the warnings say where it holds another.
 */
export function validateWithStrictness<T>(
  schema: z.ZodType<T>,
  value: unknown,
  rules: readonly Rule<T>[],
  strictness: Strictness = "strict",
): StrictnessResult<T> {
  let result = validate(schema, value);
  const warnings: Warning[] = [];
  if (!result.ok && strictness === "tolerant") {
    let patched = value;
    const substituted: { path: readonly (string | number)[]; raw: unknown }[] = [];
    // An unlisted value can hide another one behind it (a union reports its best alternative): a few rounds.
    for (let round = 0; round < 8 && !result.ok; round += 1) {
      const enumIssues = result.issues.filter((issue) => isTolerableEnumIssue(issue, placeholderOf(issue)));
      if (enumIssues.length === 0 || enumIssues.length !== result.issues.length) break;
      for (const issue of enumIssues) {
        substituted.push({ path: issue.path, raw: valueAt(value, issue.path) });
        patched = withValueAt(patched, issue.path, placeholderOf(issue));
        warnings.push({
          path: issue.path,
          code: "unknown_value",
          rule: UNKNOWN_ENUM_VALUE,
          expected: issue.expected ?? "a documented value",
          received: "string",
          message: `A value the provider documents do not list (expected one of ${issue.expected ?? "the documented values"}); kept as received, read as unknown`,
        });
      }
      result = validate(schema, patched);
    }
    if (result.ok) {
      let output: unknown = result.value;
      for (const { path, raw } of substituted) output = withValueAt(output, path, raw);
      result = { ok: true, value: output as T };
    }
  }
  if (!result.ok) return { ok: false, issues: result.issues };
  const broken = checkRules(result.value, rules);
  if (strictness === "strict") return broken.length === 0 ? { ok: true, value: result.value, warnings: [] } : { ok: false, issues: broken };
  return { ok: true, value: result.value, warnings: [...warnings, ...broken] };
}

/** The first value an `invalid_value` issue lists (its `expected` is `"A" | "B" | …`, JSON-quoted). */
function placeholderOf(issue: Issue): unknown {
  const first = issue.expected?.split(" | ")[0];
  if (first === undefined) return undefined;
  try {
    return JSON.parse(first) as unknown;
  } catch {
    return undefined;
  }
}
