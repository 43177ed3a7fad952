import type { ReceiverRoute } from "../route.js";
import { metricsSchema } from "../schemas.js";

/* GET /metrics: Prometheus text. */

export const metricsRoute: ReceiverRoute = {
  operationId: "getMetrics",
  method: "get",
  path: "/metrics",
  tag: "operations",
  summary: "Prometheus metrics",
  description:
    "Counters of received, stored, duplicate, quarantined and refused callbacks per provider (refused also per reason), OAuth2 tokens per outcome, and the request duration histogram per provider and outcome; for the fan-out, the outbox queue depth per state, delivery attempts per endpoint and outcome, failures and dead letters per endpoint, and histograms of attempt duration and of delivery latency (queued to accepted). Needs no token and holds no request data.",
  responses: [{ status: 200, description: "The metrics.", content: { contentType: "text/plain", schema: metricsSchema } }],
  security: [],
  components: { Metrics: metricsSchema },
};
