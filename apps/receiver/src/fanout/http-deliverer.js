import { performance } from "node:perf_hooks";
import { signMessage } from "./signing.js";
export const userAgent = "kyc-webhooks-receiver";
export async function deliverHttp(endpoint, messageId, payload, options) {
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
    }
    catch (error) {
        if (signal.aborted)
            return { ok: false, error: `timeout after ${options.timeoutMs} ms`, durationMs: elapsed() };
        return { ok: false, error: networkError(error), durationMs: elapsed() };
    }
}
/** fetch's "fetch failed" hides the reason in `cause` (ECONNREFUSED, ENOTFOUND, ...). */
function networkError(error) {
    if (error instanceof Error) {
        const cause = error.cause;
        if (cause && typeof cause.code === "string")
            return `network error: ${cause.code}`;
        if (cause && typeof cause.message === "string")
            return `network error: ${cause.message.slice(0, 200)}`;
        return `network error: ${error.message.slice(0, 200)}`;
    }
    return "network error";
}
//# sourceMappingURL=http-deliverer.js.map