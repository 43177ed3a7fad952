// Authentication schemes in words.
import { anchor, html } from "./html.js";
import { url } from "./markdown.js";
import { providerSlug } from "./paths.js";

/** @typedef {import("@kyc-webhooks/core").SecuritySchemeDescriptor} SecuritySchemeDescriptor */
/** @typedef {import("./model.js").ProviderModel} ProviderModel */

/** @param {SecuritySchemeDescriptor | undefined} scheme */
export function schemeLabel(scheme) {
  if (!scheme) return "unknown scheme";
  switch (scheme.type) {
    case "http":
      return scheme.scheme === "basic" ? "HTTP Basic" : "HTTP Bearer token";
    case "apiKey":
      return `${scheme.name} header`;
    case "oauth2":
      return "OAuth 2.0 client credentials";
  }
}

/**
 * The schemes of a callback kind or an operation, linked to their descriptions on the provider's page.
 * @param {ProviderModel} provider
 * @param {readonly string[] | undefined} names
 */
export function securityLinks(provider, names) {
  if (!names || names.length === 0) return html`none`;
  return html`${names.map(
    (name, index) =>
      html`${index > 0 ? (index === names.length - 1 ? " or " : ", ") : ""}<a href="${url(providerSlug(provider.name), `security-${anchor(name)}`)}">${schemeLabel(
        provider.descriptor.securitySchemes[name],
      )}</a>`,
  )}`;
}
