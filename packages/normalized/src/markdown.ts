/** Markdown table helpers for the generated README sections. */

export function cell(value: string | boolean | undefined): string {
  if (value === undefined || value === "") return "";
  return String(value).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

export function code(value: string): string {
  return value === "" ? "" : `\`${value.replace(/`/g, "'")}\``;
}

export function table(headers: readonly string[], rows: readonly (readonly (string | boolean | undefined)[])[]): string {
  const lines = [`| ${headers.join(" | ")} |`, `| ${headers.map(() => "---").join(" | ")} |`];
  for (const row of rows) lines.push(`| ${row.map((value) => cell(value)).join(" | ")} |`);
  return lines.join("\n");
}

/** The README text with the section between `start` and `end` replaced by `content`. */
export function replaceSection(readme: string, start: string, end: string, content: string): string {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README has no ${start} … ${end} markers`);
  return `${readme.slice(0, from + start.length)}\n\n${content}\n\n${readme.slice(to)}`;
}
