import { getEventRoute, listEventsRoute, rawParameterSchema } from "@kyc-webhooks/receiver-api";
import type { EventQuery } from "@kyc-webhooks/receiver-api";
import { apiError, json } from "../http/answers.js";
import type { RouteHandler } from "../http/app.js";
import type { RouteDeps } from "./context.js";

/* GET /events and GET /events/{id} (the admin token and the query are checked by the route table). */

export function eventHandlers({ store }: RouteDeps): Record<string, RouteHandler> {
  return {
    [listEventsRoute.operationId]: async ({ query, requestId }) => json(200, await store.listEvents(query as EventQuery), { "x-request-id": requestId }),
    [getEventRoute.operationId]: async ({ params, url, requestId }) => {
      const detail = await store.getEvent(params["id"] ?? "", { includeRawBody: rawParameterSchema.safeParse(url.searchParams.get("raw")).success });
      if (!detail) return apiError(404, "not_found", "No stored event has this id or eventId", requestId);
      return json(200, detail, { "x-request-id": requestId });
    },
  };
}
