/**
 * The provider documents the verification rules come from, by title and public address, so that the
 * rule tables (and the README rendered from them) name their source once and the same way.
 */
export interface SourceDocument {
  readonly title: string;
  readonly url: string;
}

export const sources = {
  ondatoWebhooks: { title: "Ondato, Webhooks", url: "https://ondato.atlassian.net/wiki/spaces/PUB/pages/2296184995/Webhooks" },
  jumioCallback: { title: "Jumio implementation guide, Callback", url: "https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md" },
  jumioPlatformCallback: { title: "Jumio, Callback (platform)", url: "https://docs.jumio.com/production/Content/Integration/Callback.htm" },
  netkiCallbacks: { title: "Netki, Callbacks (Retry and backoff)", url: "https://github.com/netkicorp/netkidocs/blob/master/api/callbacks2.md" },
  netkiBestPractices: {
    title: "Netki, Best practices for internal callbacks",
    url: "https://github.com/netkicorp/netkidocs/blob/master/api/best_practices_internal_callbacks.md",
  },
  netkiPolling: { title: "Netki, Polling (transaction states)", url: "https://github.com/netkicorp/netkidocs/blob/master/api/polling.md" },
  netkiBusinessCallback: {
    title: "Netki KYB callback as integrated by PolymeshAssociation/cdd-onboarding",
    url: "https://github.com/PolymeshAssociation/cdd-onboarding",
  },
  shuftiWebhookResponses: {
    title: "Shufti Pro support, How can I get webhook responses?",
    url: "https://support.shuftipro.com/hc/en-us/articles/9511003514269-How-can-I-get-webhook-responses",
  },
  shuftiCallbackLogs: { title: "Shufti Pro, Callback Logs", url: "https://developers.shuftipro.com/docs/verification_endpoints/callback_logs" },
  shuftiStatusCodes: { title: "Shufti Pro RESTful API v1.3, status codes", url: "https://github.com/shuftipro/RESTful-API-v1.3/blob/master/status_codes.md" },
  shuftiResponses: { title: "Shufti Pro, Responses", url: "https://developers.shuftipro.com/docs/verification_endpoints/responses" },
} as const satisfies Readonly<Record<string, SourceDocument>>;
