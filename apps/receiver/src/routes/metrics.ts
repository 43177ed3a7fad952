import { metricsRoute } from "@kyc-webhooks/receiver-api";
import type { RouteHandler } from "../http/app.js";
import type { RouteDeps } from "./context.js";

/* GET /metrics: the Prometheus text exposition. */

export function metricsHandlers({ metrics }: RouteDeps): Record<string, RouteHandler> {
  return {
    [metricsRoute.operationId]: async ({ requestId }) =>
      new Response(await metrics.render(), { status: 200, headers: { "content-type": "text/plain; version=0.0.4; charset=utf-8", "cache-control": "no-store", "x-request-id": requestId } }),
  };
}
