import { metricsRoute } from "@kyc-webhooks/receiver-api";
/* GET /metrics: the Prometheus text exposition. */
export function metricsHandlers({ metrics }) {
    return {
        [metricsRoute.operationId]: async ({ requestId }) => new Response(await metrics.render(), { status: 200, headers: { "content-type": "text/plain; version=0.0.4; charset=utf-8", "cache-control": "no-store", "x-request-id": requestId } }),
    };
}
//# sourceMappingURL=metrics.js.map