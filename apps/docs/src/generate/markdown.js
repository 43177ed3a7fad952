// The pages as Starlight Markdown: frontmatter, Markdown headings (so that Starlight builds the table of
// contents from them), fenced code (Expressive Code gives each block a copy button), and HTML blocks for
// tables. An HTML block ends at a blank line in CommonMark, so blocks are written without blank lines.
import { cite } from "./citations.js";

/**
 * @typedef {object} Page
 * @property {string} slug the page's URL path without slashes (`providers/jumio/netverifyid`); "" for the home page
 * @property {string} title
 * @property {string} [description]
 * @property {string} [template] `splash` for the home page
 * @property {Record<string, unknown>} [frontmatter] more frontmatter (hero, tableOfContents…)
 * @property {string[]} body Markdown chunks, see `heading`, `code`, `block`, `text`
 */

/** The URL of a page (with a fragment). @param {string} slug @param {string} [fragment] */
export function url(slug, fragment) {
  const path = slug === "" ? "/" : `/${slug}/`;
  return fragment ? `${path}#${fragment}` : path;
}

/** A heading. Starlight's slugger gives it its id (lower case words joined by `-`). @param {2 | 3 | 4} level @param {string} text */
export function heading(level, text) {
  return `${"#".repeat(level)} ${escapeMarkdown(cite(text))}`;
}

/** The id Starlight gives a heading (github-slugger). @param {string} text */
export function headingId(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** @param {string} text */
function escapeMarkdown(text) {
  return text.replace(/([\\`*_[\]<>#|])/g, "\\$1");
}

/**
 * A fenced code block: Expressive Code renders it with a copy button and, when given, a title.
 * @param {string} lang
 * @param {string} code
 * @param {string} [title]
 */
export function code(lang, code, title) {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}${title ? ` title=${JSON.stringify(title)}` : ""}\n${code.replace(/\n+$/, "")}\n${fence}`;
}

/** HTML as one CommonMark HTML block. @param {{ toString(): string }} html */
export function block(html) {
  const text = String(html)
    .replace(/\n[ \t]*(?=\n)/g, "")
    .replace(/\n{2,}/g, "\n")
    .trim();
  return text === "" ? "" : text;
}

/** The Markdown file of a page. @param {Page} page */
export function render(page) {
  const frontmatter = { title: cite(page.title), ...(page.description ? { description: cite(page.description) } : {}), ...(page.template ? { template: page.template } : {}), ...page.frontmatter };
  const yaml = Object.entries(frontmatter)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join("\n");
  const body = page.body.filter((chunk) => chunk !== "").join("\n\n");
  return `---\n${yaml}\n---\n\n${body}\n`;
}
