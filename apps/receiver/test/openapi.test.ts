import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { describeReceiverApi, jsonContent, receiverRoutes } from "@kyc-webhooks/receiver-api";
import type { ReceiverRoute } from "@kyc-webhooks/receiver-api";
import { createHandler } from "../src/handler.js";
import { createStore } from "../src/storage/index.js";
import type { Store } from "../src/storage/types.js";

/*
 * GET /openapi.json: the receiver serves the OpenAPI 3.1 document of the route table its router is built
 * from; it is the committed receiver-openapi.json of @kyc-webhooks/spec; and a route added to the table
 * reaches the router and the document with no other change.
 */

const committed = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("@kyc-webhooks/spec/receiver-openapi.json"), "utf8")) as Record<string, unknown>;

describe("GET /openapi.json", () => {
  let store: Store;
  beforeAll(async () => {
    store = await createStore({ databaseUrl: "sqlite::memory:" });
  });
  afterAll(() => store.close());

  it("serves a valid OpenAPI 3.1 document, the same as the committed receiver-openapi.json", async () => {
    const handler = createHandler({ store, providers: {} });
    const response = await handler(new Request("http://receiver/openapi.json"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const document = (await response.json()) as Record<string, unknown>;
    expect(document["openapi"]).toBe("3.1.0");
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document).toEqual(committed);
  });

  it("lists every route the receiver answers, and nothing else", async () => {
    const handler = createHandler({ store, providers: {} });
    const document = (await (await handler(new Request("http://receiver/openapi.json"))).json()) as { paths: Record<string, Record<string, unknown>> };
    const described = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
    expect(described.sort()).toEqual(receiverRoutes.map((route) => `${route.method.toUpperCase()} ${route.path}`).sort());
    // Each described route is routed: it answers something other than the router's 404 and 405.
    for (const route of receiverRoutes) {
      const path = route.path.replace(/\{[^}]+\}/g, "1");
      const response = await handler(new Request(`http://receiver${path}`, { method: route.method.toUpperCase(), ...(route.method === "post" ? { body: "" } : {}) }));
      const body = response.headers.get("content-type")?.includes("json") ? ((await response.json()) as { error?: string }) : {};
      expect(body.error === "method_not_allowed" || (response.status === 404 && body.error === "not_found" && /No such endpoint/.test(JSON.stringify(body))), `${route.method} ${route.path}`).toBe(false);
    }
  });

  it("changes, with the router, when a route with a schema is added to the table, and nothing else is touched", async () => {
    const greetingSchema = z.object({ greeting: z.string().describe("A word of welcome.") }).describe("What GET /hello answers.");
    const hello: ReceiverRoute = {
      operationId: "getHello",
      method: "get",
      path: "/hello/{name}",
      tag: "operations",
      summary: "Say hello",
      description: "A route added only to this test's table.",
      pathParameters: { name: z.string().describe("Who to greet.") },
      responses: [{ status: 200, description: "The greeting.", content: jsonContent(greetingSchema) }],
      security: [],
      components: { Greeting: greetingSchema },
    };
    const api = describeReceiverApi([...receiverRoutes, hello]);
    const handler = createHandler({
      store,
      providers: {},
      api,
      extraHandlers: { getHello: ({ params }) => new Response(JSON.stringify({ greeting: `hello ${params["name"]}` }), { headers: { "content-type": "application/json" } }) },
    });
    const document = (await (await handler(new Request("http://receiver/openapi.json"))).json()) as {
      paths: Record<string, { get?: { operationId: string; parameters: { name: string; in: string }[] } }>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(document.paths["/hello/{name}"]?.get?.operationId).toBe("getHello");
    expect(document.paths["/hello/{name}"]?.get?.parameters).toEqual([expect.objectContaining({ name: "name", in: "path" })]);
    expect(Object.keys(document.components.schemas["Greeting"]?.properties ?? {})).toEqual(["greeting"]);
    expect(committed).not.toHaveProperty(["paths", "/hello/{name}"]);
    const answer = await handler(new Request("http://receiver/hello/world%21"));
    expect(await answer.json()).toEqual({ greeting: "hello world!" });
    expect((await handler(new Request("http://receiver/hello/world", { method: "POST" }))).status).toBe(405);
  });

  it("refuses to start with a declared route that has no handler", () => {
    const orphan: ReceiverRoute = { ...receiverRoutes[0]!, operationId: "orphan", path: "/orphan" };
    expect(() => createHandler({ store, providers: {}, api: describeReceiverApi([...receiverRoutes, orphan]) })).toThrow(/orphan.*no handler/);
  });
});
