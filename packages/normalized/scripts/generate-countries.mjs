/* global process, console, URL */
// Generates src/countries.ts, the ISO 3166-1 table, from the CSV of
// lukes/ISO-3166-Countries-with-Regional-Codes (`all/all.csv`; columns name, alpha-2, alpha-3, country-code, ...).
// Run once and commit the output; the package has no runtime dependency for country codes.
//   node scripts/generate-countries.mjs path/to/all.csv
import { readFileSync, writeFileSync } from "node:fs";

const [source, commit = "b6e238f1e1ab5ac5ba11dfb37612efcecce9b3a6"] = process.argv.slice(2);
if (!source) {
  console.error("usage: node scripts/generate-countries.mjs all.csv [source-commit]");
  process.exit(2);
}

/** Splits one CSV line, honouring double quotes. */
function cells(line) {
  const out = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { out.push(cell); cell = ""; }
    else cell += ch;
  }
  out.push(cell);
  return out;
}

const [header, ...lines] = readFileSync(source, "utf8").split(/\r?\n/).filter((line) => line.trim() !== "");
const columns = cells(header);
const at = (name) => {
  const index = columns.indexOf(name);
  if (index < 0) throw new Error(`column ${name} missing`);
  return index;
};
const [iName, iAlpha2, iAlpha3, iNumeric] = [at("name"), at("alpha-2"), at("alpha-3"), at("country-code")];
const rows = lines
  .map((line) => cells(line))
  .map((row) => [row[iAlpha2], row[iAlpha3], row[iNumeric], row[iName]])
  .sort((a, b) => a[0].localeCompare(b[0]));

const body = rows.map((row) => `  [${row.map((value) => JSON.stringify(value)).join(", ")}],`).join("\n");
writeFileSync(
  new URL("../src/countries.ts", import.meta.url),
  `// GENERATED FILE, do not edit by hand. Generated once by scripts/generate-countries.mjs from the ISO 3166-1
// table in lukes/ISO-3166-Countries-with-Regional-Codes \`all/all.csv\` @${commit.slice(0, 12)}.
// To rebuild: node scripts/generate-countries.mjs all.csv; test/countries.test.ts checks the table's shape.

/** ISO 3166-1: [alpha-2, alpha-3, numeric, English short name], all ${rows.length} officially assigned codes, by alpha-2. */
export const iso3166Countries = [
${body}
] as const satisfies readonly (readonly [string, string, string, string])[];
`,
);
console.warn(`wrote ${rows.length} countries`);
