import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mappingTablesEnd, mappingTablesStart, renderMappingTables, withMappingTables } from "../src/mapping-tables.js";
import { statusMappings } from "../src/index.js";

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
});
