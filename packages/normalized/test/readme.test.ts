import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mappingTablesEnd, mappingTablesStart, renderMappingTables, withMappingTables } from "../src/mapping-tables.js";
import { finalDecisionChangePaths, identityRules, orderingRules, statusMappings } from "../src/index.js";
import { renderVerificationRules, verificationRulesEnd, verificationRulesStart, withVerificationRules } from "../src/verification/rules-table.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("the README", () => {
  it("shows the mapping tables as the data renders them (run `pnpm run generate` after changing a mapping)", () => {
    expect(readme.includes(mappingTablesStart) && readme.includes(mappingTablesEnd)).toBe(true);
    expect(readme).toBe(withMappingTables(readme));
  });

  it("renders a row for every status mapping", () => {
    const rendered = renderMappingTables();
    for (const row of statusMappings) expect(rendered).toContain(`\`${row.providerValue}\``);
  });

  it("shows the verification rules as the identity, ordering and change-path data renders them", () => {
    expect(readme.includes(verificationRulesStart) && readme.includes(verificationRulesEnd)).toBe(true);
    expect(readme).toBe(withVerificationRules(readme));
  });

  it("cites a public address for every identity, ordering and change-path rule", () => {
    const rendered = renderVerificationRules();
    for (const row of [...identityRules, ...orderingRules, ...finalDecisionChangePaths]) {
      expect(row.sources.length).toBeGreaterThan(0);
      for (const source of row.sources) expect(rendered).toContain(`[${source.title}](${source.url})`);
    }
    expect(rendered).not.toMatch(/seeds\/|PROVIDER-FACTS/);
  });
});
