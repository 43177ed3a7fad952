import { providerNames } from "../names.js";
import { providerTitles } from "../mapping-tables.js";
import { code, replaceSection, table } from "../markdown.js";
import { finalDecisionChangePaths } from "./change-paths.js";
import { identityRules } from "./identity.js";
import { orderingRules } from "./ordering.js";
import type { SourceDocument } from "./sources.js";

/** Where the rendered verification rules go in the README. */
export const verificationRulesStart = "<!-- verification-rules:start (generated from the identity, ordering and change-path data; `pnpm run generate` rewrites it) -->";
export const verificationRulesEnd = "<!-- verification-rules:end -->";

function kinds(row: { readonly provider: string; readonly providerKinds: readonly string[] | "*" }, rows: readonly { readonly provider: string }[]): string {
  if (row.providerKinds !== "*") return row.providerKinds.map(code).join(", ");
  return rows.filter((other) => other.provider === row.provider).length > 1 ? "every other kind" : "every kind";
}

function cite(list: readonly SourceDocument[]): string {
  return list.map((source) => `[${source.title}](${source.url})`).join("; ");
}

/**
 * The identity, ordering and final-decision rules as Markdown, from the same data the reducer and the
 * receiver use; the README shows it between {@link verificationRulesStart} and {@link verificationRulesEnd}.
 */
export function renderVerificationRules(): string {
  const out: string[] = [];
  out.push(
    "### Event identity",
    "",
    table(
      ["provider", "kinds", "basis", "identified by", "a redelivery is", "source"],
      identityRules.map((row) => [providerTitles[row.provider], kinds(row, identityRules), code(row.basis), row.identifiedBy, row.redelivery, cite(row.sources)]),
    ),
    "",
  );
  out.push(
    "### Ordering",
    "",
    table(
      ["provider", "kinds", "newer is", "source"],
      orderingRules.map((row) => [providerTitles[row.provider], kinds(row, orderingRules), row.newer, cite(row.sources)]),
    ),
    "",
  );
  const paths = providerNames.flatMap((provider) => {
    const rows = finalDecisionChangePaths.filter((row) => row.provider === provider);
    if (rows.length === 0) return [[providerTitles[provider], "", "None documented: a later event that contradicts a final decision is a conflict.", ""]];
    return rows.map((row) => [
      providerTitles[provider],
      `${row.providerKinds.map(code).join(", ")}${row.providerStatuses ? ` with ${row.providerStatuses.map(code).join(" or ")}` : ""}`,
      row.path,
      cite(row.sources),
    ]);
  });
  out.push("### How a final decision changes", "", table(["provider", "event", "path", "source"], paths));
  return out.join("\n");
}

/** The README text with its verification-rules section replaced by {@link renderVerificationRules}. */
export function withVerificationRules(readme: string): string {
  return replaceSection(readme, verificationRulesStart, verificationRulesEnd, renderVerificationRules());
}
