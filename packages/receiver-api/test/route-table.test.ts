import { describe, expect, it } from "vitest";
import * as z from "zod";
import { describeReceiverApi, jsonContent, receiverApi, receiverRoutes } from "../src/index.js";
import type { ReceiverRoute } from "../src/index.js";

/*
 * The route table's own consistency: what the router and the document generator rely on, checked before
 * either runs.
 */

const bodySchemas = (route: ReceiverRoute) => [
  ...route.responses.flatMap((response) => (response.content?.schema ? [response.content.schema] : [])),
  ...(route.requestBody?.content ?? []).flatMap((content) => (content.schema ? [content.schema] : [])),
];

describe("the receiver's route table", () => {
  it("declares each operationId and each method and path once", () => {
    const ids = receiverRoutes.map((route) => route.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const routes = receiverRoutes.map((route) => `${route.method} ${route.path}`);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it("names every body schema a route uses as a component of the document", () => {
    const named = new Set(Object.values(receiverApi.schemas));
    for (const route of receiverRoutes) {
      for (const schema of bodySchemas(route)) expect(named.has(schema), `${route.operationId}: a body schema without a component name`).toBe(true);
    }
  });

  it("refers only to tags and security schemes the description has", () => {
    const tags = new Set(receiverApi.tags.map((tag) => tag.name));
    for (const route of receiverRoutes) {
      expect(tags.has(route.tag), `${route.operationId}: tag ${route.tag}`).toBe(true);
      for (const scheme of route.security) expect(receiverApi.securitySchemes, `${route.operationId}: ${scheme}`).toHaveProperty(scheme);
    }
  });

  it("declares each path parameter in its path, and a query schema for every query it describes", () => {
    for (const route of receiverRoutes) {
      const placeholders = [...route.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      expect(Object.keys(route.pathParameters ?? {}).sort(), route.operationId).toEqual(placeholders.sort());
      const described = Object.keys(route.queryParameters ?? {}).filter((name) => name !== "raw");
      if (described.length > 0) expect(route.query, `${route.operationId} describes a query it does not check`).toBeDefined();
    }
  });

  it("takes a new route's components into the description, and refuses a second schema under a taken name", () => {
    const hello = z.object({ hello: z.string() });
    const route: ReceiverRoute = {
      operationId: "getHello",
      method: "get",
      path: "/hello",
      tag: "operations",
      summary: "Hello",
      description: "A test route.",
      responses: [{ status: 200, description: "Hello.", content: jsonContent(hello) }],
      security: [],
      components: { Hello: hello },
    };
    const api = describeReceiverApi([...receiverRoutes, route]);
    expect(api.schemas["Hello"]).toBe(hello);
    expect(api.routes).toContain(route);
    expect(receiverApi.schemas).not.toHaveProperty("Hello");
    expect(() => describeReceiverApi([...receiverRoutes, { ...route, components: { ApiError: hello } }])).toThrow(/ApiError/);
  });
});
