import { countryAliases } from "./country.js";
import {
  checkNameDescriptions,
  documentTypeDescriptions,
  eventTypeDescriptions,
  mediaKindDescriptions,
  providerNames,
  reasonCategoryDescriptions,
  statusDescriptions,
} from "./event.js";
import type { ProviderName } from "./event.js";
import { checkMappings, documentTypeMappings, mediaMappings, reasonMappings, statusMappings } from "./mappings.js";
import { code, replaceSection, table } from "./markdown.js";

/** Where the rendered tables go in the README. */
export const mappingTablesStart = "<!-- mapping-tables:start (generated from the mapping data; `pnpm run generate` rewrites it) -->";
export const mappingTablesEnd = "<!-- mapping-tables:end -->";

export const providerTitles: Readonly<Record<ProviderName, string>> = { jumio: "Jumio", shufti: "Shufti Pro", ondato: "Ondato", netki: "Netki" };

function describe(descriptions: Readonly<Record<string, string>>, header: string): string {
  return table([header, "meaning"], Object.entries(descriptions).map(([key, text]) => [code(key), text]));
}

/**
 * The mapping tables as Markdown, from the same data the normalizers use: the README shows this text
 * between {@link mappingTablesStart} and {@link mappingTablesEnd}, and a test keeps the two equal.
 * Rows marked "judgement" are our choice rather than the provider's documented meaning.
 */
export function renderMappingTables(): string {
  const out: string[] = [];
  out.push("### Event types", "", describe(eventTypeDescriptions, "type"), "");
  out.push("### Statuses", "", describe(statusDescriptions, "status"), "");
  out.push("### Reason categories", "", describe(reasonCategoryDescriptions, "category"), "");
  out.push("### Document types", "", describe(documentTypeDescriptions, "type"), "");
  out.push("### Checks", "", describe(checkNameDescriptions, "check"), "");
  out.push("### Media kinds", "", describe(mediaKindDescriptions, "kind"), "");
  for (const provider of providerNames) {
    const title = providerTitles[provider];
    const statuses = statusMappings.filter((row) => row.provider === provider);
    if (statuses.length === 0) continue;
    out.push(`### ${title}`, "");
    out.push(
      "Status:",
      "",
      table(
        ["kind", "field", "value", "status", "type", "finality", "needsRefresh", "implied reason", "judgement"],
        statuses.map((row) => [
          code(row.providerKind),
          code(row.field),
          code(row.providerValue),
          code(row.status),
          code(row.type),
          row.finality,
          row.needsRefresh ? "yes" : "",
          row.reason ? `${code(row.reason.category)}: ${row.reason.description}` : "",
          row.judgement,
        ]),
      ),
      "",
    );
    const reasons = reasonMappings.filter((row) => row.provider === provider);
    if (reasons.length > 0) {
      out.push(
        "Reasons:",
        "",
        table(
          ["field", "provider code", "code", "category", "description", "judgement"],
          reasons.map((row) => [code(row.field), code(row.providerCode), code(row.code), code(row.category), row.description, row.judgement]),
        ),
        "",
      );
    }
    const documents = documentTypeMappings.filter((row) => row.provider === provider);
    if (documents.length > 0) {
      out.push(
        "Document types:",
        "",
        table(["field", "value", "type", "judgement"], documents.map((row) => [code(row.field), code(row.providerValue), code(row.type), row.judgement])),
        "",
      );
    }
    const checks = checkMappings.filter((row) => row.provider === provider);
    if (checks.length > 0) {
      out.push(
        "Checks:",
        "",
        table(["provider field", "check", "rule", "judgement"], checks.map((row) => [code(row.providerName), code(row.check), row.rule, row.judgement])),
        "",
      );
    }
    const media = mediaMappings.filter((row) => row.provider === provider);
    if (media.length > 0) {
      out.push("Media:", "", table(["field", "kind", "judgement"], media.map((row) => [code(row.field), code(row.kind), row.judgement])), "");
    }
  }
  out.push(
    "### Country values that are not ISO 3166-1",
    "",
    table(["provider value", "alpha-2", "alpha-3", "note"], countryAliases.map((alias) => [code(alias.providerValue), alias.alpha2, alias.alpha3, alias.note])),
  );
  return out.join("\n");
}

/** The README text with its mapping-tables section replaced by {@link renderMappingTables}. */
export function withMappingTables(readme: string): string {
  return replaceSection(readme, mappingTablesStart, mappingTablesEnd, renderMappingTables());
}
