// Where each page lives (its slug, the URL path without slashes). One place, so that links and files agree.

/** A callback kind as one URL segment: `verification.accepted` → `verification-accepted`. @param {string} value */
export function segment(value) {
  return (
    value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "item"
  );
}

export const homeSlug = "";
export const normalizedSlug = "normalized";
export const downloadsSlug = "reference/downloads";
export const receivingSlug = "guides/receiving";
export const receiverSlug = "guides/receiver";
export const cliSlug = "guides/cli";
export const otherLanguagesSlug = "guides/other-languages";
/** starlight-openapi's base paths (see astro.config.mjs). */
export const providersApiBase = "api/providers";
export const receiverApiBase = "api/receiver";

/** @param {string} provider */
export const providerSlug = (provider) => `providers/${provider}`;
/** @param {string} provider @param {string} kind */
export const webhookSlug = (provider, kind) => `providers/${provider}/${segment(kind)}`;
/** @param {string} provider */
export const operationsSlug = (provider) => `providers/${provider}/operations`;
/** @param {string} provider */
export const codeTablesSlug = (provider) => `providers/${provider}/code-tables`;
/** @param {string} provider */
export const mappingsSlug = (provider) => `normalized/${provider}`;
/** The JSON Schema download of one callback kind, as the spec package writes it. @param {string} file `json-schema/jumio/NETVERIFYID.json` */
export const specFile = (file) => `/spec/${file}`;
