import type * as z from "zod";
import type { Issue } from "./result.js";

/**
 * Converts zod issues into our {@link Issue}s. zod's own messages can quote the received value
 * (for example an invalid enum option); KYC payloads hold personal data, so the message is rebuilt
 * from the issue's code and expectation only.
 */
export function issuesFromZod(
  error: z.ZodError | { issues: readonly z.core.$ZodIssue[] },
  basePath: readonly (string | number)[] = [],
): Issue[] {
  const out: Issue[] = [];
  for (const issue of error.issues) flatten(issue, basePath, out);
  return out;
}

function flatten(issue: z.core.$ZodIssue, basePath: readonly (string | number)[], out: Issue[]): void {
  const path = [...basePath, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  switch (issue.code) {
    case "invalid_type": {
      const received = receivedOf(issue);
      out.push({
        path,
        code: issue.code,
        expected: issue.expected,
        received,
        message: received === "undefined" ? `Required: expected ${issue.expected}` : `Expected ${issue.expected}, received ${received}`,
      });
      return;
    }
    case "invalid_value": {
      const expected = issue.values.map((v) => JSON.stringify(v)).join(" | ");
      // zod reports a missing enum or literal field as invalid_value; report it like any other missing field.
      if ("input" in issue && issue.input === undefined) {
        out.push({ path, code: "invalid_type", expected, received: "undefined", message: `Required: expected one of ${expected}` });
        return;
      }
      out.push({ path, code: issue.code, expected, received: receivedOf(issue), message: `Expected one of ${expected}` });
      return;
    }
    case "invalid_format": {
      const expected = formatExpectation(issue);
      out.push({ path, code: issue.code, expected, received: "string", message: `Invalid format: expected ${expected}` });
      return;
    }
    case "too_big":
    case "too_small": {
      const bound = issue.code === "too_big" ? "at most" : "at least";
      const unit = issue.origin === "string" ? " characters" : issue.origin === "array" ? " items" : "";
      out.push({ path, code: issue.code, expected: `${bound} ${String(issue.code === "too_big" ? issue.maximum : issue.minimum)}${unit}`, message: `Expected ${issue.origin ?? "value"} with ${bound} ${String(issue.code === "too_big" ? issue.maximum : issue.minimum)}${unit}` });
      return;
    }
    case "invalid_union": {
      // A discriminated union whose discriminator was missing or unknown reports `errors: []`;
      // an ordinary union reports each alternative's issues. Report the alternative that got furthest.
      if (issue.errors.length === 0) {
        out.push({ path, code: issue.code, message: issue.message ?? "No matching variant" });
        return;
      }
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
      if (best.length === 0) {
        out.push({ path, code: issue.code, message: "No matching variant" });
        return;
      }
      for (const inner of best) flatten(inner, path, out);
      return;
    }
    case "unrecognized_keys":
      out.push({ path, code: issue.code, message: `Unrecognized keys: ${issue.keys.join(", ")}` });
      return;
    default:
      out.push({ path, code: issue.code, message: issue.message });
  }
}

/** What an `invalid_format` issue expected, as people read it: the format's written form, not its name or a regex. */
const formatForms: Readonly<Record<string, string>> = {
  date: "a date YYYY-MM-DD",
  datetime: "a date-time in ISO 8601, YYYY-MM-DDThh:mm:ss[.sss] with Z or an offset",
  time: "a time hh:mm[:ss[.sss]]",
  email: "an email address",
  url: "a URL",
  uuid: "a UUID (8-4-4-4-12 hex digits)",
  guid: "a GUID (8-4-4-4-12 hex digits)",
};

function formatExpectation(issue: z.core.$ZodIssueInvalidStringFormat): string {
  if (issue.format === "regex") {
    // A schema that names its format (`.regex(pattern, "a timestamp YYYY-MM-DDThh:mm:ssZ")`) is read by its name;
    // zod's default message for a bare regex starts with "Invalid string".
    if (issue.message && !/^Invalid/.test(issue.message)) return issue.message;
    return "pattern" in issue ? `a string matching ${String(issue.pattern)}` : "a string of another format";
  }
  return formatForms[issue.format] ?? issue.format;
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length * 10 + (i.code === "invalid_type" ? 0 : 1)));
}

/**
 * The received type of an issue. zod 4 attaches `input` only when parsing with `{ reportInput: true }`
 * (see {@link validate}); without it, the type name is read from zod's own message, which names the type only.
 */
function receivedOf(issue: z.core.$ZodIssue): string {
  if ("input" in issue) return receivedType(issue.input);
  return /received (\w+)/.exec(issue.message)?.[1] ?? "unknown";
}

/** A type name for a received value, never the value itself. */
export function receivedType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/**
 * What {@link validate} parses with, built once. `async: false` is what zod adds to a caller's context (`{ ...ctx,
 * async: false }`); when it is there already the copy only overrides a key, which Node 20 (V8 11) makes in nanoseconds,
 * where a copy that adds one costs about a microsecond per parse.
 */
const parseContext = { reportInput: true, async: false } as z.core.ParseContext<z.core.$ZodIssue>;

/**
 * Validates a value with a zod schema and returns our result shape. Parses with `reportInput: true`
 * so that issues can name the received type; the received values themselves never reach the issues.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  basePath: readonly (string | number)[] = [],
): { ok: true; value: z.output<S> } | { ok: false; issues: Issue[] } {
  const result = schema.safeParse(value, parseContext);
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: issuesFromZod(result.error, basePath) };
}
