import { performance } from "node:perf_hooks";
import type { HttpEndpoint } from "./endpoints.js";
import { signMessage } from "./signing.js";

/*
 * One HTTP attempt: POST the stored JSON bytes with the Standard Webhooks headers, signed at send time (the
 * timestamp is the attempt's, so that a consumer's replay window holds for retries too). Any 2xx is success
 * (Standard Webhooks, "Delivery": "a 2xx status code"); anything else, a timeout or a network error is a
 * failure to retry. The response body is read and discarded (a downstream's answer may echo personal data).
 */

export interface AttemptResult {
  readonly ok: boolean;
  /** The HTTP status, when an answer came. */
  readonly statusCode?: number;
  /** Why it failed, in the receiver's words (never the response body). */
  readonly error?: string;
  readonly durationMs: number;
}

export interface HttpAttemptOptions {
  readonly timeoutMs: number;
  readonly now?: () => number;
}

export const userAgent = "kyc-webhooks-receiver";

export async function deliverHttp(endpoint: HttpEndpoint, messageId: string, payload: string, options: HttpAttemptOptions): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  const at = new Date((options.now ?? Date.now)());
  const headers = {
    ...endpoint.headers,
    ...signMessage(endpoint.secrets, messageId, at, payload),
    "content-type": "application/json",
    "user-agent": userAgent,
  };
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(endpoint.url, { method: "POST", headers, body: payload, redirect: "manual", signal });
    // Drain (and drop) the answer so that the connection is reused; bounded by the same timeout.
    await response.arrayBuffer().catch(() => undefined);
    const ok = response.status >= 200 && response.status < 300;
    return { ok, statusCode: response.status, ...(ok ? {} : { error: `HTTP ${response.status}` }), durationMs: elapsed() };
  } catch (error) {
    if (signal.aborted) return { ok: false, error: `timeout after ${options.timeoutMs} ms`, durationMs: elapsed() };
    return { ok: false, error: networkError(error), durationMs: elapsed() };
  }
}

/** fetch's "fetch failed" hides the reason in `cause` (ECONNREFUSED, ENOTFOUND, ...). */
function networkError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
    if (cause && typeof cause.code === "string") return `network error: ${cause.code}`;
    if (cause && typeof cause.message === "string") return `network error: ${cause.message.slice(0, 200)}`;
    return `network error: ${error.message.slice(0, 200)}`;
  }
  return "network error";
}
