// Sections of a package's README, shown on the site as they are (the README is where the package's
// maintainers keep them true): headings moved down a level, links into the repository made plain text
// (a reader of the site has no checkout), provider documents cited by title and address.
import { cite } from "./citations.js";

/**
 * @typedef {object} Section
 * @property {string} title the heading's text
 * @property {number} level 2 for `##`
 * @property {string} text the section's Markdown, its heading and subsections included
 */

/** The sections of a Markdown document at `##`, each with its subsections. Code fences are not headings. @param {string} markdown @returns {Section[]} */
export function readmeSections(markdown) {
  /** @type {Section[]} */
  const sections = [];
  let fence = "";
  /** @type {string[] | undefined} */
  let current;
  let title = "";
  const flush = () => {
    if (current) sections.push({ title, level: 2, text: current.join("\n").trim() });
  };
  for (const line of markdown.split("\n")) {
    const fenceMatch = /^(`{3,}|~{3,})/.exec(line);
    if (fenceMatch?.[1]) fence = fence === "" ? fenceMatch[1] : line.startsWith(fence) ? "" : fence;
    const headingMatch = fence === "" && !fenceMatch ? /^## (.+)$/.exec(line) : null;
    if (headingMatch?.[1]) {
      flush();
      title = headingMatch[1].trim();
      current = [line];
    } else if (current) {
      current.push(line);
    }
  }
  flush();
  return sections;
}

/**
 * A README section as part of a site page: headings down by `shift` levels, relative links as text.
 * @param {Section} section
 * @param {number} shift
 */
export function asSiteMarkdown(section, shift) {
  let fence = "";
  return cite(
    section.text
      .split("\n")
      .map((line) => {
        const fenceMatch = /^(`{3,}|~{3,})/.exec(line);
        if (fenceMatch?.[1]) fence = fence === "" ? fenceMatch[1] : line.startsWith(fence) ? "" : fence;
        if (fence !== "" || fenceMatch) return line;
        const headingMatch = /^(#{2,5}) (.*)$/.exec(line);
        const moved = headingMatch ? `${"#".repeat(Math.min(6, (headingMatch[1] ?? "").length + shift))} ${headingMatch[2]}` : line;
        return moved.replace(/\[([^\]]+)\]\((?!https?:|#)[^)]*\)/g, "$1");
      })
      .join("\n"),
  );
}

/**
 * The sections of a README whose titles match, as site Markdown.
 * @param {string} markdown
 * @param {(title: string) => boolean} keep
 * @param {number} shift
 */
export function readmeParts(markdown, keep, shift) {
  return readmeSections(markdown)
    .filter((section) => keep(section.title))
    .map((section) => asSiteMarkdown(section, shift));
}
