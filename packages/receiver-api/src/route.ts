import type { HttpApiDescription, HttpApiRoute } from "@kyc-webhooks/core";
import type * as z from "zod";

/*
 * One route of the receiver, declared once: method, path, parameters, bodies, answers, security and words.
 * The receiver's router, its request validation and its OpenAPI document (GET /openapi.json, and the committed
 * receiver-openapi.json that @kyc-webhooks/spec writes) all read this declaration; there is no second copy.
 */
export interface ReceiverRoute extends HttpApiRoute {
  /**
   * The whole query string as the route validates it (each parameter once; `queryParameters` are its
   * parameters, for the document). A query it refuses is answered 400 `invalid_query`, naming the parameter.
   */
  readonly query?: z.ZodType<unknown, Record<string, string>>;
  /** The named schemas this route's bodies use (and those inside them), by component name in the document. */
  readonly components?: Readonly<Record<string, z.ZodType>>;
}

export type ReceiverApiDescription = Omit<HttpApiDescription, "routes"> & { readonly routes: readonly ReceiverRoute[] };

/** The document's components: every route's named schemas, each name once. */
export function componentsOf(routes: readonly ReceiverRoute[]): Record<string, z.ZodType> {
  const schemas: Record<string, z.ZodType> = {};
  for (const route of routes) {
    for (const [name, schema] of Object.entries(route.components ?? {})) {
      if (schemas[name] !== undefined && schemas[name] !== schema) throw new Error(`${route.operationId} names a different schema ${name} than another route`);
      schemas[name] = schema;
    }
  }
  return schemas;
}
