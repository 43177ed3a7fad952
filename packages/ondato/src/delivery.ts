/**
 * How Ondato delivers webhooks (Ondato's webhooks page, Ondato's Webhooks page, https://ondato.atlassian.net/wiki/spaces/PUB/pages/2296184995/Webhooks): what your endpoint must answer
 * and what to expect when it does not.
 */
export const ondatoWebhookDelivery = {
  /** Any 2xx counts as success. */
  successStatus: "2xx",
  /** Ondato waits this long for the response, then queues a retry. */
  responseTimeoutSeconds: 30,
  /** Retries back off exponentially (randomised; some may be skipped), then every 12 hours up to 24 hours. */
  retrySchedule: ["10 s", "30 s", "1 min", "5 min", "10 min", "30 min", "1 h", "3 h", "6 h", "every 12 h up to 24 h"],
  maxAttempts: 30,
  /** "duplicates may still be received": deduplicate on the envelope's `id`. */
  duplicates: true,
  /** "you might receive them out of order": order by the payload's timestamps, not by arrival. */
  outOfOrder: true,
} as const;
