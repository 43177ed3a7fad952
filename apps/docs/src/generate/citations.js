// The packages' comments and descriptions cite the provider documents by this repository's own file names
// (`seeds/003_….txt`, "seed 003", "PROVIDER-FACTS 1.4"): names of files a reader of the site does not have.
// Everything the site shows passes through `cite`, which puts each document's title and public address in
// their place. (The packages' descriptions are the source; this keeps the site readable until they are
// rewritten there, and a test fails when a name of ours reaches a page.)

/**
 * The provider documents by their number in this project's shared folder.
 * @type {Readonly<Record<string, { title: string, url: string }>>}
 */
export const providerDocuments = {
  "000": { title: "Netki MyVerify, “Transaction Callbacks”", url: "https://github.com/netkicorp/netkidocs" },
  "001": { title: "Shufti Pro, “Response Events”", url: "https://shuftipro.com/help-center/response-events" },
  "002": { title: "Ondato, “IDV integration”", url: "https://ondato.atlassian.net/wiki/pages/viewpage.action?pageId=2296578922" },
  "003": { title: "Jumio, “Callback” (newer edition)", url: "https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md" },
  "004": { title: "Jumio, “Callback” (older edition)", url: "https://github.com/Jumio/implementation-guides/commits/master/netverify/callback.md" },
};

/**
 * The sections of the project's research notes, as what they summarise: public material a reader can find.
 * @type {Readonly<Record<string, string>>}
 */
export const researchNotes = {
  "1.1": "captured Jumio callbacks in integrators' public test suites",
  "1.2": "Jumio's platform callback documentation (https://docs.jumio.com/production/Content/Integration/Callback.htm)",
  "1.3": "captured Shufti Pro callbacks in integrators' public code",
  "1.4": "captured Ondato payloads and integrators' public code",
  "1.5": "Netki's later documentation (https://github.com/netkicorp/netkidocs)",
  "2.1": "Jumio's callback documentation on IP lists and responses (https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md)",
  "2.2": "Shufti Pro's signature documentation (https://developers.shuftipro.com)",
  "2.3": "Ondato's Webhooks page (https://ondato.atlassian.net/wiki/spaces/PUB/pages/2296184995/Webhooks)",
  "2.4": "Netki's callback documentation (https://github.com/netkicorp/netkidocs/blob/master/api/callbacks2.md)",
};

/** @param {string} number */
function documentText(number) {
  const document = providerDocuments[number];
  return document ? `${document.title} (${document.url})` : "the provider's documentation";
}

/** @param {string} sections e.g. `1.4`, `1.1, 1.2, 2.1` */
function notesText(sections) {
  const parts = sections.split(/\s*(?:,|and)\s*/).filter(Boolean);
  const texts = [...new Set(parts.map((part) => researchNotes[part] ?? "public integrator material"))];
  return texts.join("; ");
}

/**
 * A text from the packages with every citation of a file of ours replaced by what it cites.
 * @param {string} text
 */
export function cite(text) {
  return (
    text
      // `seeds/003_90622f7d1155c727.txt` (with or without backticks), the file name alone, "seed 003".
      .replace(/`?(?:\.\.\/)*(?:shared\/)?seeds\/(\d{3})_[0-9a-f]+\.txt`?/g, (_match, number) => documentText(number))
      .replace(/`?\b(\d{3})_[0-9a-f]{16}\.txt`?/g, (_match, number) => documentText(number))
      .replace(/\b[Ss]eeds? (\d{3})\b/g, (_match, number) => providerDocuments[number]?.title ?? "the provider's documentation")
      .replace(/\b(?:the )?seed documents\b/g, "the provider documents")
      .replace(/\b(?:the )?seed's\b/g, "the provider document's")
      .replace(/\bthe seeds?\b/g, "the provider documents")
      // "PROVIDER-FACTS 1.4", "PROVIDER-FACTS.md 1.1, 1.2, 2.1", "PROVIDER-FACTS §2.3", the bare name.
      .replace(/(?:the project's )?`?PROVIDER-FACTS(?:\.md)?`?\s*§?((?:\d\.\d(?:\s*(?:,|and)\s*(?=\d\.\d))?)+)?/g, (_match, sections) =>
        sections ? `${notesText(sections.trim())} ` : "public integrator material ",
      )
      // "Seed 003 (newer edition)" became the title, which already says "(newer edition)".
      .replace(/(\([^()]+\))(?: \1)+/g, "$1")
      .replace(/ +([),.;])/g, "$1")
      .replace(/ {2,}/g, " ")
  );
}

/** The names of our files that must never reach a reader. */
export const internalNames = /seeds\/|\bseed \d{3}|PROVIDER-FACTS|\d{3}_[0-9a-f]{16}\.txt/;

/**
 * A JSON value with `cite` applied to every string in it (the OpenAPI documents the API reference renders).
 * @param {unknown} value
 * @returns {unknown}
 */
export function citeDeep(value) {
  if (typeof value === "string") return cite(value);
  if (Array.isArray(value)) return value.map((item) => citeDeep(item));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, citeDeep(entry)]));
  return value;
}
