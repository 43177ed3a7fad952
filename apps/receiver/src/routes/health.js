import { healthRoutes } from "@kyc-webhooks/receiver-api";
import { json } from "../http/answers.js";
import { errorFields } from "../log.js";
/* GET /healthz (the process runs) and GET /readyz (the database answers and the receiver is not shutting down). */
export function healthHandlers({ store, logger, isReady }) {
    const [health, readiness] = healthRoutes;
    return {
        [health.operationId]: ({ requestId }) => json(200, { status: "ok" }, { "x-request-id": requestId }),
        [readiness.operationId]: async ({ requestId }) => {
            if (!isReady())
                return json(503, { status: "shutting_down" }, { "x-request-id": requestId });
            try {
                await store.ping();
                return json(200, { status: "ready", database: store.backend }, { "x-request-id": requestId });
            }
            catch (error) {
                logger.warn("readiness check failed", { requestId, ...errorFields(error) });
                return json(503, { status: "database_unreachable", database: store.backend }, { "x-request-id": requestId });
            }
        },
    };
}
//# sourceMappingURL=health.js.map