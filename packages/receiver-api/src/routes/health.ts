import { json } from "../responses.js";
import type { ReceiverRoute } from "../route.js";
import { healthSchema, notReadySchema, readySchema } from "../schemas.js";

/* GET /healthz and GET /readyz, for the platform's probes. */

export const healthRoute: ReceiverRoute = {
  operationId: "getHealth",
  method: "get",
  path: "/healthz",
  tag: "operations",
  summary: "Liveness",
  description: "Answers while the process runs (for a liveness probe). Needs no token.",
  responses: [{ status: 200, description: "The process runs.", content: json(healthSchema) }],
  security: [],
  components: { Health: healthSchema },
};

export const readinessRoute: ReceiverRoute = {
  operationId: "getReadiness",
  method: "get",
  path: "/readyz",
  tag: "operations",
  summary: "Readiness",
  description: "Whether the receiver takes callbacks now: the database takes a write (on PostgreSQL, one that needs room on the disk where the tables live) and it is not shutting down (for a readiness probe or a load balancer). Needs no token.",
  responses: [
    { status: 200, description: "Ready.", content: json(readySchema) },
    { status: 503, description: "Not ready: shutting down, or the database cannot be written (unreachable, read-only, a full disk, a deleted SQLite file).", content: json(notReadySchema) },
  ],
  security: [],
  components: { NotReady: notReadySchema, Ready: readySchema },
};

export const healthRoutes: readonly ReceiverRoute[] = [healthRoute, readinessRoute];
